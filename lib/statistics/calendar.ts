import { berlinDate, berlinDayString, startOfBerlinDay } from "../time/berlin";

// Statistics count Berlin days and months, as the daily usage roll-up stores them.

/** The last `count` Berlin days up to and including today's, oldest first ("2026-11-27"). */
export function lastBerlinDays(now: Date, count: number): string[] {
  const { year, month, day } = berlinDate(now);
  return Array.from({ length: count }, (_, i) => berlinDayString(startOfBerlinDay(year, month, day - (count - 1 - i))));
}

/** Every Berlin month from `from`'s to `to`'s, oldest first ("2026-11"). */
export function berlinMonthsBetween(from: Date, to: Date): string[] {
  const start = berlinDate(from);
  const end = berlinDate(to);
  const months: string[] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return months;
}

/** The instant the Berlin month of `now` began. */
export function startOfBerlinMonth(now: Date): Date {
  const { year, month } = berlinDate(now);
  return startOfBerlinDay(year, month, 1);
}

const monthNames = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthNames = new Intl.DateTimeFormat("de-DE", { month: "short", timeZone: "UTC" });

/** "2026-11-27" → "27.11.2026". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}.${month}.${year}`;
}

/** "2026-11-27" → "27.11.", for chart axes. */
export function formatShortDay(day: string): string {
  const [, month, date] = day.split("-");
  return `${date}.${month}.`;
}

/** "2026-11" → "November 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return monthNames.format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "2026-11" → "Nov.", for chart axes. */
export function formatShortMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return shortMonthNames.format(new Date(Date.UTC(y, m - 1, 15)));
}
