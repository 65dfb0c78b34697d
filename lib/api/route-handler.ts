import { getDb, type Database } from "../../db/client";
import { describeError } from "../log-error";
import { env } from "../env";
import type { PracticeContext } from "../practices/practice-context";
import { authenticate } from "./authenticate";
import { ApiError, asApiError } from "./errors";
import { rateLimitHeaders } from "./rate-limit";

export interface ApiContext<Params> {
  request: Request;
  db: Database;
  caller: PracticeContext;
  params: Params;
}

/**
 * The one wrapper around every PVS route: key check, per-key rate limit, and the error
 * envelope. Anything that is neither an ApiError nor a DomainError is our bug: logged, answered as 500 without detail.
 */
export function apiRoute<Params = Record<string, never>>(handler: (context: ApiContext<Params>) => Promise<Response>) {
  return async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      const db = await getDb();
      const { caller, rate } = await authenticate(db, request, env.API_RATE_LIMIT_PER_MINUTE);
      const response = await handler({ request, db, caller, params: await routeContext.params });
      for (const [name, value] of Object.entries(rateLimitHeaders(rate))) response.headers.set(name, value);
      return response;
    } catch (error) {
      const refused = asApiError(error);
      if (refused) return refused.toResponse();
      console.error("[api] unexpected error:", describeError(error));
      return new ApiError("internal_error").toResponse();
    }
  };
}

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
