import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { verifyWebhook } from "./webhook-signature";

/**
 * Reads a webhook's raw body and checks its signature, age and nonce. A nonce is accepted
 * once: a captured request replayed within the signature's lifetime is refused.
 */
export async function verifiedBody(db: Database, request: Request, carrier: string, secret: string, publicUrl: string): Promise<string | null> {
  const body = await request.text();
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

export const unauthorized = () => Response.json({ error: { code: "invalid_signature", message: "Signatur ungültig." } }, { status: 401 });
export const badPayload = () => Response.json({ error: { code: "invalid_request", message: "Unbekanntes Format." } }, { status: 400 });
