// Practices live in Germany and Austria: months, days and invoices follow Berlin time,
// whatever zone the server runs in.
export const PRACTICE_TIME_ZONE = "Europe/Berlin";

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: PRACTICE_TIME_ZONE, timeZoneName: "longOffset" });
const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: PRACTICE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Berlin's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The instant a calendar day starts in Berlin; months past 12 roll into the next year. */
export function startOfBerlinDay(year: number, month: number, day: number): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const guess = new Date(utcMidnight - berlinOffsetMinutes(new Date(utcMidnight)) * 60_000);
  // The offset at the guess is the one in force at local midnight (DST changes at 02:00/03:00).
  return new Date(utcMidnight - berlinOffsetMinutes(guess) * 60_000);
}

/** Year, month (1–12) and day of an instant on the Berlin calendar. */
export function berlinDate(instant: Date): { year: number; month: number; day: number } {
  const [year, month, day] = partsFormat.format(instant).split("-").map(Number);
  return { year, month, day };
}

/** "2026-11-26": the Berlin calendar day of an instant, as stored in date columns. */
export function berlinDayString(instant: Date): string {
  return partsFormat.format(instant);
}

const berlinTime = new Intl.DateTimeFormat("de-DE", { timeZone: PRACTICE_TIME_ZONE, hour: "2-digit", minute: "2-digit" });
const berlinDateFormat = new Intl.DateTimeFormat("de-DE", { timeZone: PRACTICE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

/** "19.08.2026", the date in Germany. */
export function formatBerlinDate(instant: Date): string {
  return berlinDateFormat.format(instant);
}

/** "16:30", the clock time in Germany. */
export function formatBerlinTime(instant: Date): string {
  return berlinTime.format(instant);
}
