import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { dailyUsage, locations, practices } from "../../db/schema";
import { startOfBerlinDay } from "../time/berlin";
import { berlinMonthsBetween, lastBerlinDays } from "./calendar";
import { deliveryRate, type Outcomes } from "./delivery-rate";

// Counts and parts come from the daily usage roll-up, which outlives the 60-day erasure. The
// roll-up keeps no status, so statuses and the delivery rate cover the last 60 days only,
// counted from the messages themselves (index messages_practice_created_idx).

export const ACTIVITY_DAYS = 60;

export interface UsageCounts {
  messages: number;
  parts: number;
}

export interface DayActivity extends UsageCounts, Outcomes {
  /** "2026-11-27", a Berlin day. */
  day: string;
  /** Accepted and not yet final (waiting, handed over, buffered). */
  open: number;
}

export interface MonthActivity extends UsageCounts {
  /** "2026-11", a Berlin month. */
  month: string;
}

export interface LocationActivity extends UsageCounts {
  /** Null for messages sent without a location. */
  location: { code: string; name: string } | null;
}

export interface Activity {
  days: DayActivity[];
  months: MonthActivity[];
  locations: LocationActivity[];
  /** Over the days shown. */
  totals: UsageCounts & Outcomes & { open: number; deliveryRate: number | null };
}

const summed = {
  messages: sql<number>`coalesce(sum(${dailyUsage.messages}), 0)::int`,
  parts: sql<number>`coalesce(sum(${dailyUsage.segments}), 0)::int`,
};

/** Messages and parts per Berlin day, for the days given (missing days count 0). */
export async function findUsageByDay(db: Database, practiceId: string, days: string[]): Promise<(UsageCounts & { day: string })[]> {
  if (days.length === 0) return [];
  const rows = await db
    .select({ day: dailyUsage.day, ...summed })
    .from(dailyUsage)
    .where(and(eq(dailyUsage.practiceId, practiceId), gte(dailyUsage.day, days[0]), lte(dailyUsage.day, days[days.length - 1])))
    .groupBy(dailyUsage.day);
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((day) => ({ day, messages: byDay.get(day)?.messages ?? 0, parts: byDay.get(day)?.parts ?? 0 }));
}

/** Messages and parts per Berlin month, from the practice's sign-up month to `now`'s. */
export async function findUsageByMonth(db: Database, practiceId: string, now: Date): Promise<MonthActivity[]> {
  const [practice] = await db.select({ createdAt: practices.createdAt }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) return [];
  const month = sql<string>`to_char(${dailyUsage.day}, 'YYYY-MM')`;
  const rows = await db.select({ month, ...summed }).from(dailyUsage).where(eq(dailyUsage.practiceId, practiceId)).groupBy(month);
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return berlinMonthsBetween(practice.createdAt, now).map((m) => ({
    month: m,
    messages: byMonth.get(m)?.messages ?? 0,
    parts: byMonth.get(m)?.parts ?? 0,
  }));
}

/** Messages and parts per location since sign-up, busiest first; messages without a location last. */
export async function findUsageByLocation(db: Database, practiceId: string): Promise<LocationActivity[]> {
  const rows = await db
    .select({ code: locations.code, name: locations.name, ...summed })
    .from(dailyUsage)
    // The location must be the practice's own as well: a join on the id alone would trust the roll-up.
    .leftJoin(locations, and(eq(locations.id, dailyUsage.locationId), eq(locations.practiceId, practiceId)))
    .where(eq(dailyUsage.practiceId, practiceId))
    .groupBy(locations.id, locations.code, locations.name)
    .orderBy(sql`${locations.id} is null`, sql`sum(${dailyUsage.segments}) desc`, asc(locations.name));
  return rows.map(({ code, name, ...counts }) => ({ location: code !== null && name !== null ? { code, name } : null, ...counts }));
}

/**
 * Delivered, undelivered and open messages per Berlin day (cancelled ones left out), for the
 * days given. One index range per day on messages_practice_created_idx, which carries the
 * status: nothing is converted to Berlin time row by row, and the table itself is not read.
 */
export async function findOutcomesByDay(db: Database, practiceId: string, days: string[]): Promise<Map<string, Outcomes & { open: number }>> {
  if (days.length === 0) return new Map();
  const ranges = days.map((day) => {
    const [y, m, d] = day.split("-").map(Number);
    return sql`(${day}::text, ${startOfBerlinDay(y, m, d).toISOString()}::timestamptz, ${startOfBerlinDay(y, m, d + 1).toISOString()}::timestamptz)`;
  });
  const rows = await selectRows<Outcomes & { day: string; open: number }>(
    db,
    sql`select d.day, c.delivered, c.undelivered, c.open
        from (values ${sql.join(ranges, sql`, `)}) as d (day, starts, ends)
        cross join lateral (
          select (count(*) filter (where m.status = 'delivered'))::int as delivered,
                 (count(*) filter (where m.status = 'undelivered'))::int as undelivered,
                 (count(*) filter (where m.status not in ('delivered', 'undelivered')))::int as open
          from messages m
          where m.practice_id = ${practiceId} and m.created_at >= d.starts and m.created_at < d.ends and m.status <> 'cancelled'
        ) c`,
  );
  return new Map(rows.map(({ day, delivered, undelivered, open }) => [day, { delivered: Number(delivered), undelivered: Number(undelivered), open: Number(open) }]));
}

/** Everything the statistics page and its CSV show, as of `now`. */
export async function loadActivity(db: Database, practiceId: string, now: Date): Promise<Activity> {
  const dayList = lastBerlinDays(now, ACTIVITY_DAYS);
  const [usage, outcomes, months, byLocation] = await Promise.all([
    findUsageByDay(db, practiceId, dayList),
    findOutcomesByDay(db, practiceId, dayList),
    findUsageByMonth(db, practiceId, now),
    findUsageByLocation(db, practiceId),
  ]);
  const days = usage.map((row) => ({ ...row, delivered: 0, undelivered: 0, open: 0, ...outcomes.get(row.day) }));
  const totals = days.reduce(
    (sum, row) => ({
      messages: sum.messages + row.messages,
      parts: sum.parts + row.parts,
      delivered: sum.delivered + row.delivered,
      undelivered: sum.undelivered + row.undelivered,
      open: sum.open + row.open,
    }),
    { messages: 0, parts: 0, delivered: 0, undelivered: 0, open: 0 },
  );
  return { days, months, locations: byLocation, totals: { ...totals, deliveryRate: deliveryRate(totals) } };
}

/** Whether the practice has any usage at all: the page shows its empty state until then. */
export function hasActivity(activity: Activity): boolean {
  return activity.months.some((month) => month.messages > 0) || activity.totals.messages > 0;
}
