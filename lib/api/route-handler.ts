import { randomUUID } from "node:crypto";
import { getDb, type Database } from "../../db/client";
import { isDatabaseUnavailable } from "../../db/errors";
import { describeError } from "../log-error";
import { chooseCarrier } from "../config/production-check";
import { env } from "../env";
import type { PracticeContext } from "../practices/practice-context";
import { authenticate } from "./authenticate";
import { ApiError, asApiError } from "./errors";
import { rateLimitHeaders, type RateLimitState } from "./rate-limit";

export interface ApiContext<Params> {
  request: Request;
  db: Database;
  caller: PracticeContext;
  params: Params;
  /** Messages go to a real carrier (not the simulator): an unconfirmed practice is refused them. */
  realCarrier: boolean;
}

/**
 * The one wrapper around every PVS route: key check, per-key rate limit, the error
 * envelope, and the X-Request-Id on every answer, in its log line and error message.
 */
export function apiRoute<Params = Record<string, never>>(handler: (context: ApiContext<Params>) => Promise<Response>) {
  return apiRequest<Params>(async (request, routeContext) => {
    const db = await getDb();
    const { caller, rate, realCarrier } = await authenticateRequest(db, request);
    return withRateLimit(await handler({ request, db, caller, params: await routeContext.params, realCarrier }), rate);
  });
}

/** The key check and rate limit of `apiRoute`, for a route that first tries a shorter path. */
export async function authenticateRequest(db: Database, request: Request): Promise<{ caller: PracticeContext; rate: RateLimitState; realCarrier: boolean }> {
  const { caller, rate } = await authenticate(db, request, env.API_RATE_LIMIT_PER_MINUTE);
  return { caller, rate, realCarrier: sendsToRealCarrier(caller) };
}

/** A test key's messages always go to the simulator (lib/delivery/sandbox-carrier.ts). */
export function sendsToRealCarrier(caller: PracticeContext): boolean {
  return chooseCarrier(env) !== "simulator" && !caller.sandbox;
}

export function withRateLimit(response: Response, rate: RateLimitState): Response {
  for (const [name, value] of Object.entries(rateLimitHeaders(rate))) response.headers.set(name, value);
  return response;
}

/**
 * The error envelope and the X-Request-Id of every PVS route, without the key check.
 * Anything that is neither an ApiError nor a DomainError is our bug: logged, answered as 500 without detail.
 */
export function apiRequest<Params = Record<string, never>>(work: (request: Request, routeContext: { params: Promise<Params> }) => Promise<Response>) {
  return async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    const requestId = requestIdFrom(request);
    try {
      const response = await work(request, routeContext);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (error) {
      const refused = asApiError(error);
      if (refused) return refused.toResponse(requestId);
      // Not our bug: the database is down or restarting. The PVS should simply send again.
      if (isDatabaseUnavailable(error)) {
        console.error(`[api] ${requestId} database unavailable:`, describeError(error));
        return new ApiError("service_unavailable", undefined, undefined, { "Retry-After": "5" }).toResponse(requestId);
      }
      console.error(`[api] ${requestId} unexpected error:`, describeError(error));
      return new ApiError("internal_error").toResponse(requestId);
    }
  };
}

const VALID_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/**
 * The id under which support finds a request: the client's X-Request-Id when it is 1–128
 * visible ASCII characters (no spaces, nothing that could break a log line), else a new UUID.
 */
export function requestIdFrom(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given !== null && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not have, so that they get a JSON 405 with `Allow`
 * instead of Next's empty one: `export const { PUT, PATCH } = otherMethods("GET", "POST")`.
 * HEAD comes with GET (Next answers it from GET); OPTIONS is Next's own.
 */
export function otherMethods<const Allowed extends Method>(...allowed: Allowed[]): Record<Missing<Allowed>, (request: Request) => Response> {
  const has = (method: Method): boolean => (allowed as Method[]).includes(method) || (method === "HEAD" && has("GET"));
  const allow = [...METHODS.filter(has), "OPTIONS"].join(", ");
  const refuse = (request: Request) =>
    new ApiError("method_not_allowed", `Diese Adresse kennt nur ${allowed.join(", ")}.`, undefined, { Allow: allow }).toResponse(requestIdFrom(request));
  return Object.fromEntries(METHODS.filter((method) => !has(method)).map((method) => [method, refuse])) as Record<Missing<Allowed>, typeof refuse>;
}

type Missing<Allowed extends Method> = Exclude<Method, Allowed | ("GET" extends Allowed ? "HEAD" : never)>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A message id from the URL; anything that is not a UUID cannot exist. */
export function messageIdFrom(value: string): string {
  if (!UUID.test(value)) throw new ApiError("not_found");
  return value.toLowerCase();
}

/** The Idempotency-Key header, if any: 1–255 visible ASCII characters. */
export function idempotencyKeyFrom(request: Request): string | undefined {
  const key = request.headers.get("idempotency-key");
  if (key === null) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ApiError("invalid_request", "Der Idempotency-Key muss 1 bis 255 sichtbare ASCII-Zeichen haben.", "Idempotency-Key");
  }
  return key;
}
