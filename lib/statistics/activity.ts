import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dailyUsage, locations, practices } from "../../db/schema";
import { berlinMonthsBetween, lastBerlinDays } from "./calendar";
import { deliveryRate, type Outcomes } from "./delivery-rate";

// Everything here comes from the daily usage roll-up (lib/billing/daily-usage.ts): it stays
// small however many messages a practice sends, and it outlives the 60-day erasure.

export const ACTIVITY_DAYS = 60;

export interface UsageCounts {
  messages: number;
  parts: number;
}

export interface UsageOutcomes extends UsageCounts, Outcomes {
  /** Accepted and not yet final (waiting, handed over, buffered). */
  open: number;
}

export interface DayActivity extends UsageOutcomes {
  /** "2026-11-27", a Berlin day. */
  day: string;
}

export interface MonthActivity extends UsageOutcomes {
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
  totals: UsageOutcomes & { deliveryRate: number | null };
}

const summed = {
  messages: sql<number>`coalesce(sum(${dailyUsage.messages}), 0)::int`,
  parts: sql<number>`coalesce(sum(${dailyUsage.segments}), 0)::int`,
};

const summedOutcomes = {
  ...summed,
  delivered: sql<number>`coalesce(sum(${dailyUsage.delivered}), 0)::int`,
  undelivered: sql<number>`coalesce(sum(${dailyUsage.undelivered}), 0)::int`,
};

const NO_USAGE: UsageOutcomes = { messages: 0, parts: 0, delivered: 0, undelivered: 0, open: 0 };

function withOpen(row: UsageCounts & Outcomes): UsageOutcomes {
  return { messages: row.messages, parts: row.parts, delivered: row.delivered, undelivered: row.undelivered, open: row.messages - row.delivered - row.undelivered };
}

/** Messages, parts and outcomes per Berlin day, for the days given (missing days count 0). */
export async function findUsageByDay(db: Database, practiceId: string, days: string[]): Promise<DayActivity[]> {
  if (days.length === 0) return [];
  const rows = await db
    .select({ day: dailyUsage.day, ...summedOutcomes })
    .from(dailyUsage)
    .where(and(eq(dailyUsage.practiceId, practiceId), gte(dailyUsage.day, days[0]), lte(dailyUsage.day, days[days.length - 1])))
    .groupBy(dailyUsage.day);
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((day) => {
    const row = byDay.get(day);
    return { day, ...(row ? withOpen(row) : NO_USAGE) };
  });
}

/** Messages, parts and outcomes per Berlin month, from the practice's sign-up month to `now`'s. */
export async function findUsageByMonth(db: Database, practiceId: string, now: Date): Promise<MonthActivity[]> {
  const [practice] = await db.select({ createdAt: practices.createdAt }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) return [];
  const month = sql<string>`to_char(${dailyUsage.day}, 'YYYY-MM')`;
  const rows = await db.select({ month, ...summedOutcomes }).from(dailyUsage).where(eq(dailyUsage.practiceId, practiceId)).groupBy(month);
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return berlinMonthsBetween(practice.createdAt, now).map((m) => {
    const row = byMonth.get(m);
    return { month: m, ...(row ? withOpen(row) : NO_USAGE) };
  });
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

/** Everything the statistics page and its CSV show, as of `now`. */
export async function loadActivity(db: Database, practiceId: string, now: Date): Promise<Activity> {
  const [days, months, byLocation] = await Promise.all([
    findUsageByDay(db, practiceId, lastBerlinDays(now, ACTIVITY_DAYS)),
    findUsageByMonth(db, practiceId, now),
    findUsageByLocation(db, practiceId),
  ]);
  const totals = days.reduce(
    (sum, row) => ({
      messages: sum.messages + row.messages,
      parts: sum.parts + row.parts,
      delivered: sum.delivered + row.delivered,
      undelivered: sum.undelivered + row.undelivered,
      open: sum.open + row.open,
    }),
    NO_USAGE,
  );
  return { days, months, locations: byLocation, totals: { ...totals, deliveryRate: deliveryRate(totals) } };
}

/** Whether the practice has any usage at all: the page shows its empty state until then. */
export function hasActivity(activity: Activity): boolean {
  return activity.months.some((month) => month.messages > 0) || activity.totals.messages > 0;
}
