import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/** Audit entries are kept 3 years, then erased by the minute's chores. */
export const AUDIT_RETENTION_YEARS = 3;

export function auditRetentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - AUDIT_RETENTION_YEARS);
  return cutoff;
}

/**
 * Erases entries older than 3 years. The table's trigger allows deleting only those, judged by
 * the database's clock: `least` keeps a caller whose clock runs ahead (tests, a skewed host)
 * from asking for one row too many and failing the whole delete.
 */
export async function eraseExpiredAuditEntries(db: Database, now: Date): Promise<number> {
  const result = (await db.execute(
    sql`delete from audit_log where created_at < least(${auditRetentionCutoff(now).toISOString()}::timestamptz, now() - interval '${sql.raw(String(AUDIT_RETENTION_YEARS))} years')`,
  )) as unknown as { rowCount?: number; affectedRows?: number };
  return result.rowCount ?? result.affectedRows ?? 0;
}
