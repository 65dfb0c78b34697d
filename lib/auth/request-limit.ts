import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";

/**
 * Counts one request of `key` (an IP) in a fixed window and says whether it is within `limit`.
 * For forms anyone can post (sign-up, password reset); shared by all instances through PostgreSQL.
 */
export async function withinRequestLimit(db: Database, scope: string, key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  const [row] = await selectRows<{ count: number }>(
    db,
    sql`insert into request_limits (scope, key, window_start, count) values (${scope}, ${key}, ${windowStart}, 1)
        on conflict (scope, key, window_start) do update set count = request_limits.count + 1
        returning count`,
  );
  return Number(row.count) <= limit;
}
