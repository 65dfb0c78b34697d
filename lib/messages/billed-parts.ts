import { sql, type SQL } from "drizzle-orm";
import { berlinDate, startOfBerlinDay } from "../time/berlin";

// What the monthly limit counts: the parts billed this calendar month (Berlin) so far.

// The month of the last call: every send asks, and the time zone's rules cost ~60 µs a time.
let lastMonth = { from: 0, until: 0, start: "" };

/** Where the count starts: the first of this month, Berlin time. */
export function startOfBerlinMonth(now: Date): string {
  const at = now.getTime();
  if (at >= lastMonth.from && at < lastMonth.until) return lastMonth.start;
  const { year, month } = berlinDate(now);
  const start = startOfBerlinDay(year, month, 1);
  const next = month === 12 ? startOfBerlinDay(year + 1, 1, 1) : startOfBerlinDay(year, month + 1, 1);
  lastMonth = { from: start.getTime(), until: next.getTime(), start: start.toISOString() };
  return lastMonth.start;
}

// Requests arriving at the same moment can pass the limit together by a few parts; it protects
// the practice's budget, not a hard quota.
/** Scalar SQL: the parts billed since the start of the month (values or placeholders). */
export function billedPartsSince(practiceId: unknown, monthStart: unknown): SQL {
  // Billed messages only: cancelled ones, and expired ones (price 0, lib/delivery/expiry.ts), cost nothing.
  return sql`(select coalesce(sum(segments), 0) from messages
              where practice_id = ${practiceId} and created_at >= ${monthStart}::timestamptz
                and status <> 'cancelled' and price_cents > 0)`;
}
