import { sql } from "drizzle-orm";
import { getDb, type Database } from "../../db/client";
import { describeError } from "../log-error";
import { selectRows } from "../../db/rows";
import { readLimited } from "../api/read-body";
import { verifyWebhook } from "./webhook-signature";

const MAX_WEBHOOK_BYTES = 64 * 1024;

/**
 * Reads a webhook's raw body and checks its signature, age and nonce. A nonce is accepted
 * once: a captured request replayed within the signature's lifetime is refused.
 */
export async function verifiedBody(db: Database, request: Request, carrier: string, secret: string, publicUrl: string): Promise<string | null> {
  // Nobody unauthenticated gets to make us hold a large body: reports and replies are small.
  let body: string;
  try {
    body = new TextDecoder().decode(await readLimited(request, MAX_WEBHOOK_BYTES));
  } catch {
    console.warn(`[webhook] ${carrier}: refused (body too large or aborted)`);
    return null;
  }
  const check = verifyWebhook(secret, request.headers, request.method, publicUrl, body);
  if (!check.ok) {
    console.warn(`[webhook] ${carrier}: refused (${check.reason})`);
    return null;
  }
  const fresh = await selectRows(
    db,
    sql`insert into webhook_nonces (carrier, nonce) values (${carrier}, ${check.nonce}) on conflict do nothing returning nonce`,
  );
  if (fresh.length === 0) {
    console.warn(`[webhook] ${carrier}: refused (nonce replayed)`);
    return null;
  }
  return body;
}

/**
 * Lets a carrier repeat a request we failed to process: a nonce is only spent once the
 * request was handled.
 */
export async function releaseNonce(db: Database, carrier: string, request: Request): Promise<void> {
  const nonce = request.headers.get("x-nonce");
  if (nonce) await db.execute(sql`delete from webhook_nonces where carrier = ${carrier} and nonce = ${nonce}`);
}

/** The verified body parsed as JSON, or the response to send instead (401 or 400). */
export async function verifiedJson(
  db: Database,
  request: Request,
  carrier: string,
  secret: string,
  publicUrl: string,
): Promise<{ json: unknown } | { response: Response }> {
  const body = await verifiedBody(db, request, carrier, secret, publicUrl);
  if (body === null) return { response: unauthorized() };
  try {
    return { json: JSON.parse(body) };
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
  options: { carrier: string; secret: string; publicUrl: string },
  handle: (json: unknown) => Promise<Response>,
): Promise<Response> {
  const db = await getDb();
  const verified = await verifiedJson(db, request, options.carrier, options.secret, options.publicUrl);
  if ("response" in verified) return verified.response;
  try {
    return await handle(verified.json);
  } catch (error) {
    console.error(`[webhook] ${options.carrier}: handling failed:`, describeError(error));
    await releaseNonce(db, options.carrier, request).catch(() => {});
    return Response.json({ error: { code: "temporarily_unavailable", message: "Bitte später erneut senden." } }, { status: 503 });
  }
}

export const unauthorized = () => Response.json({ error: { code: "invalid_signature", message: "Signatur ungültig." } }, { status: 401 });
export const badPayload = () => Response.json({ error: { code: "invalid_request", message: "Unbekanntes Format." } }, { status: 400 });
