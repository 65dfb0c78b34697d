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
  await recompute(db, startOfBerlinDay(year, month, day - (days - 1)), new Date(now.getTime() + 24 * 60 * 60 * 1000));
}

/** The one Berlin day a message was accepted on, for one practice: after a cancellation. */
export async function rollUpPracticeDay(db: Database, practiceId: string, acceptedAt: Date): Promise<void> {
  const { year, month, day } = berlinDate(acceptedAt);
  await recompute(db, startOfBerlinDay(year, month, day), startOfBerlinDay(year, month, day + 1), practiceId);
}

// Any constant works; it only has to be the same for every instance of the app.
const USAGE_LOCK_ID = 724_911_204;

async function recompute(db: Database, from: Date, to: Date, practiceId?: string) {
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const onePractice = practiceId ? sql`and practice_id = ${practiceId}` : sql``;
  await db.transaction(async (tx) => {
    // Recomputations (the chores, cancellations arriving together) take turns: two of them
    // deleting and inserting the same rows at once would collide on the unique key.
    await tx.execute(sql`select pg_advisory_xact_lock(${USAGE_LOCK_ID})`);
    await tx.execute(
      sql`delete from daily_usage
          where day >= (${fromIso}::timestamptz at time zone 'Europe/Berlin')::date
            and day < (${toIso}::timestamptz at time zone 'Europe/Berlin')::date ${onePractice}`,
    );
    await tx.execute(
      sql`insert into daily_usage (practice_id, location_id, day, messages, segments, price_cents)
          select practice_id, location_id, (created_at at time zone 'Europe/Berlin')::date as day,
                 count(*), sum(segments), sum(price_cents)
          from messages
          where status <> 'cancelled' and created_at >= ${fromIso} and created_at < ${toIso} ${onePractice}
          group by 1, 2, 3`,
    );
  });
}
