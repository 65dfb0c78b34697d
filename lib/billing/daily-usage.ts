import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { berlinDate, berlinDayString, startOfBerlinDay } from "../time/berlin";

/**
 * Rolls accepted messages up into daily usage per practice and location (Berlin days), for
 * statistics and invoices that outlive the messages' texts; test-key (sandbox) messages stay out. Recomputes from the messages
 * themselves, so a cancellation or a late run can never leave a wrong count: the recent days,
 * and every earlier day of a practice one of whose messages reached its final status since
 * `finalSince` (a reminder scheduled weeks ahead gets its report long after its day).
 */
export async function rollUpDailyUsage(db: Database, now: Date, days = 2, finalSince = new Date(now.getTime() - FINAL_LOOKBACK_MS)): Promise<void> {
  const { year, month, day } = berlinDate(now);
  // The window's days, and tomorrow: another instance's clock may run a little ahead.
  const window = Array.from({ length: days + 1 }, (_, index) => berlinDayString(startOfBerlinDay(year, month, day - (days - 1) + index)));
  // Index lookups, not one OR over the table (which PostgreSQL can only answer by reading every
  // message ever kept, once a minute): per practice and day of the window whether it has a
  // message (the practice's created_at index), and the messages final since `finalSince`. The
  // days as VALUES, so that the planner knows how few they are.
  await recompute(
    db,
    sql`select p.id as practice_id, d.day
        from practices p, (values ${sql.join(
          window.map((date) => sql`(${date}::date)`),
          sql`, `,
        )}) as d(day)
        where exists (select 1 from messages m
                      where m.practice_id = p.id
                        and m.created_at >= (d.day::timestamp at time zone 'Europe/Berlin')
                        and m.created_at < ((d.day + 1)::timestamp at time zone 'Europe/Berlin'))
        union
        select practice_id, ${BERLIN_DAY} from messages where final_at >= ${finalSince.toISOString()}`,
  );
}

/** The one Berlin day a message was accepted on, for one practice: after a cancellation. */
export async function rollUpPracticeDay(db: Database, practiceId: string, acceptedAt: Date): Promise<void> {
  await recompute(db, sql`select ${practiceId}::uuid as practice_id, ${berlinDayString(acceptedAt)}::date as day`);
}

// The chores run every minute; a day of lookback covers any pause of the app shorter than that.
const FINAL_LOOKBACK_MS = 25 * 60 * 60 * 1000;

const BERLIN_DAY = sql`(created_at at time zone 'Europe/Berlin')::date`;

// Any constant works; it only has to be the same for every instance of the app.
const USAGE_LOCK_ID = 724_911_204;

/** Recounts the (practice_id, day) pairs the query selects, and empties those left without messages. */
async function recompute(db: Database, pairs: SQL) {
  await db.transaction(async (tx) => {
    // Recomputations (the chores, cancellations arriving together) take turns: two of them
    // deleting and inserting the same rows at once would collide on the unique key.
    await tx.execute(sql`select pg_advisory_xact_lock(${USAGE_LOCK_ID})`);
    await tx.execute(sql`create temporary table usage_days on commit drop as ${pairs}`);
    // Without statistics PostgreSQL guesses a large table and reads every message a practice
    // ever had to find a day's; with them it reads each day through the created_at index.
    await tx.execute(sql`analyze usage_days`);
    // Also the days of the window whose only message was just cancelled: their rows go.
    await tx.execute(
      sql`delete from daily_usage u using usage_days d where u.practice_id = d.practice_id and u.day = d.day`,
    );
    await tx.execute(
      sql`insert into daily_usage (practice_id, location_id, day, messages, segments, price_cents, delivered, undelivered)
          select m.practice_id, m.location_id, d.day,
                 count(*), sum(m.segments), sum(m.price_cents),
                 count(*) filter (where m.status = 'delivered'), count(*) filter (where m.status = 'undelivered')
          from usage_days d
          join messages m on m.practice_id = d.practice_id
           and m.created_at >= (d.day::timestamp at time zone 'Europe/Berlin')
           and m.created_at < ((d.day + 1)::timestamp at time zone 'Europe/Berlin')
          where m.status <> 'cancelled' and not m.sandbox
          group by m.practice_id, m.location_id, d.day`,
    );
  });
}
