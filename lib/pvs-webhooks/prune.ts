import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/** The portal shows an endpoint's last 100 attempts; older ones are deleted by the chores. */
export const KEPT_ATTEMPTS = 100;

/**
 * The minute's webhook bookkeeping: attempts beyond each endpoint's last 100, and finished
 * outbox rows older than `cutoff` (their payloads hold patients' numbers and texts).
 */
export async function pruneWebhookHistory(db: Database, cutoff: Date): Promise<void> {
  await db.execute(
    sql`delete from webhook_attempts a
        using webhook_endpoints e
        cross join lateral (
          select attempted_at, id from webhook_attempts w where w.endpoint_id = e.id
          order by attempted_at desc, id desc offset ${KEPT_ATTEMPTS - 1} limit 1
        ) oldest_kept
        where a.endpoint_id = e.id
          and (a.attempted_at < oldest_kept.attempted_at or (a.attempted_at = oldest_kept.attempted_at and a.id < oldest_kept.id))`,
  );
  await db.execute(
    sql`delete from webhook_deliveries
        where created_at < ${cutoff.toISOString()} and (succeeded_at is not null or abandoned_at is not null)`,
  );
}
