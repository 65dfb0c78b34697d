import { sql, type SQL } from "drizzle-orm";
import { berlinDate, startOfBerlinDay } from "../time/berlin";

// What the monthly limit counts: the parts billed this calendar month (Berlin) so far.

/** Where the count starts: the first of this month, Berlin time. */
export function startOfBerlinMonth(now: Date): string {
  const { year, month } = berlinDate(now);
  return startOfBerlinDay(year, month, 1).toISOString();
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
