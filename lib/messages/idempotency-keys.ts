import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/**
 * How long an Idempotency-Key is remembered. A PVS retries a lost request within minutes;
 * after a day the same key (often the appointment's id) means a new reminder, as with the
 * large payment APIs.
 */
export const IDEMPOTENCY_KEY_HOURS = 24;
export const IDEMPOTENCY_KEY_TTL_MS = IDEMPOTENCY_KEY_HOURS * 60 * 60 * 1000;

/** Keys of messages created before this moment are expired. */
export function idempotencyKeyCutoff(now: Date): Date {
  return new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
}

/**
 * Forgets expired keys, for the minute's chores. Acceptance does not rely on it: it releases an
 * expired key itself in the statement that reuses it. `updated_at` stays: nothing the PVS
 * sees has changed.
 */
export async function releaseExpiredIdempotencyKeys(db: Database, now: Date): Promise<void> {
  await db.execute(
    sql`update messages set idempotency_key = null, request_hash = null
        where idempotency_key is not null and created_at < ${idempotencyKeyCutoff(now).toISOString()}`,
  );
}

/**
 * The key as stored: a test key's requests keep their own keys. A PVS that tested with its
 * appointment ids must not get the test message back as the answer to its first live request
 * (and no real SMS sent). A client's key never contains a space, so the two cannot meet.
 */
export function storedIdempotencyKey(key: string | undefined, sandbox: boolean): string | undefined {
  return key !== undefined && sandbox ? `sandbox ${key}` : key;
}
