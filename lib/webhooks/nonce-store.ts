import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";

/** Records a webhook nonce; false when it was seen before, i.e. the request is a replay. */
export async function recordNonce(db: Database, carrier: string, nonce: string): Promise<boolean> {
  const fresh = await selectRows(db, sql`insert into webhook_nonces (carrier, nonce) values (${carrier}, ${nonce}) on conflict do nothing returning nonce`);
  return fresh.length > 0;
}

/** Forgets a nonce, so that the carrier's retry of a request we failed to handle is accepted. */
export async function releaseNonce(db: Database, carrier: string, nonce: string): Promise<void> {
  await db.execute(sql`delete from webhook_nonces where carrier = ${carrier} and nonce = ${nonce}`);
}
