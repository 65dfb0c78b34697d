import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { berlinDate, startOfBerlinDay } from "../time/berlin";

/**
 * Rolls accepted messages up into daily usage per practice and location (Berlin days), for
 * statistics and invoices that outlive the messages' texts. Recomputes the recent days from
 * the messages themselves, so a cancellation or a late run can never leave a wrong count.
 */
export async function rollUpDailyUsage(db: Database, now: Date, days = 2): Promise<void> {
  const { year, month, day } = berlinDate(now);
  const from = startOfBerlinDay(year, month, day - (days - 1));
  const fromDay = from.toISOString();
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from daily_usage where day >= (${fromDay}::timestamptz at time zone 'Europe/Berlin')::date`);
    await tx.execute(
      sql`insert into daily_usage (practice_id, location_id, day, messages, segments, price_cents)
          select practice_id, location_id, (created_at at time zone 'Europe/Berlin')::date as day,
                 count(*), sum(segments), sum(price_cents)
          from messages
          where status <> 'cancelled' and created_at >= ${fromDay}
          group by 1, 2, 3`,
    );
  });
}
