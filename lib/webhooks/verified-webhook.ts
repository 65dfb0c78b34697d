import { getDb, type Database } from "../../db/client";
import { isDatabaseUnavailable } from "../../db/errors";
import { verifyWebhookForAny } from "../carriers/webhook-signature";
import { jsonError } from "../http/json-error";
import { readLimited } from "../http/read-limited";
import { describeError } from "../log-error";
import { recordNonce, releaseNonce } from "./nonce-store";

// Reports and replies are small.
export const MAX_WEBHOOK_BYTES = 64 * 1024;

export const unauthorized = () => jsonError(401, "invalid_signature", "Signatur ungültig.");
export const badPayload = () => jsonError(400, "invalid_request", "Unbekanntes Format.");

/**
 * Reads a webhook's raw body and checks its signature, age and nonce. A nonce is accepted
 * once: a captured request replayed within the signature's lifetime is refused.
 */
export async function verifiedBody(db: Database, request: Request, carrier: string, secret: string, publicUrl: string | readonly string[]): Promise<string | null> {
  // Nobody unauthenticated gets to make us hold a large body.
  let body: string;
  try {
    body = new TextDecoder().decode(await readLimited(request, MAX_WEBHOOK_BYTES));
  } catch {
    console.warn(`[webhook] ${carrier}: refused (body too large or aborted)`);
    return null;
  }
  // A carrier may sign one of several forms of the URL (seven.io: full URL or path and query).
  const check = verifyWebhookForAny(secret, request.headers, request.method, typeof publicUrl === "string" ? [publicUrl] : publicUrl, body);
  if (!check.ok) {
    console.warn(`[webhook] ${carrier}: refused (${check.reason})`);
    return null;
  }
  if (!(await recordNonce(db, carrier, check.nonce))) {
    console.warn(`[webhook] ${carrier}: refused (nonce replayed)`);
    return null;
  }
  return body;
}

/** The verified body parsed as JSON (or by `parse`), or the response to send instead (401 or 400). */
export async function verifiedJson(
  db: Database,
  request: Request,
  carrier: string,
  secret: string,
  publicUrl: string | readonly string[],
  parse: (body: string) => unknown = JSON.parse,
): Promise<{ json: unknown } | { response: Response }> {
  const body = await verifiedBody(db, request, carrier, secret, publicUrl);
  if (body === null) return { response: unauthorized() };
  try {
    const json = parse(body);
    return json === null || json === undefined ? { response: badPayload() } : { json };
  } catch {
    return { response: badPayload() };
  }
}

/**
 * A carrier webhook end to end: verify, hand the JSON to `handle`, and if handling fails,
 * release the nonce and answer 503 so the carrier's retry of the same signed request is
 * accepted instead of refused as a replay.
 */
export async function handleVerifiedWebhook(
  request: Request,
  options: {
    carrier: string;
    secret: string | (() => Promise<string>);
    publicUrl: string | readonly string[];
    /** Turns the verified body into what `handle` gets; JSON.parse unless given. */
    parse?: (body: string) => unknown;
  },
  handle: (json: unknown) => Promise<Response>,
): Promise<Response> {
  let db: Database;
  let verified: Awaited<ReturnType<typeof verifiedJson>>;
  try {
    db = await getDb();
    const secret = typeof options.secret === "string" ? options.secret : await options.secret();
    verified = await verifiedJson(db, request, options.carrier, secret, options.publicUrl, options.parse);
  } catch (error) {
    // Without the database nothing can be verified or recorded: the carrier must try again.
    if (isDatabaseUnavailable(error)) {
      console.error(`[webhook] ${options.carrier}: database unavailable:`, describeError(error));
      return retryLater();
    }
    // A bug of ours: one log line without stack or request data, and a JSON answer instead of
    // Next's empty 500 with the error and its stack in the log.
    console.error(`[webhook] ${options.carrier}: verification failed:`, describeError(error));
    return jsonError(500, "internal_error", "Interner Fehler. Bitte später erneut senden.");
  }
  if ("response" in verified) return verified.response;
  try {
    return await handle(verified.json);
  } catch (error) {
    console.error(`[webhook] ${options.carrier}: handling failed:`, describeError(error));
    const nonce = request.headers.get("x-nonce");
    if (nonce) await releaseNonce(db, options.carrier, nonce).catch(() => {});
    return retryLater();
  }
}

const retryLater = () => jsonError(503, "temporarily_unavailable", "Bitte später erneut senden.", { "Retry-After": "5" });
