import type { HomeCountry } from "../sms/phone-number";

// A practice's sending window: messages that fall due outside it are held until it next opens.
// The one place of this rule: acceptance (validate-sms-request.ts), the settings form and the
// tests all use it. Times are wall-clock minutes after local midnight in the practice's zone.

/** Sending allowed from `start` (inclusive) to `end` (exclusive); start after end spans midnight. */
export interface QuietHours {
  start: number;
  end: number;
}

export const PRACTICE_TIME_ZONES: Record<HomeCountry, string> = { DE: "Europe/Berlin", AT: "Europe/Vienna" };

const MINUTES_PER_DAY = 24 * 60;
const DAY_MS = 24 * 60 * 60_000;

/** The stored columns as a window; null (off) unless both are set. */
export function quietHoursOf(start: number | null, end: number | null): QuietHours | null {
  return start === null || end === null ? null : { start, end };
}

/** "08:00", "8.00" or "24:00" (midnight as an end) → minutes; null if not a time of day. */
export function parseClockTime(input: string): number | null {
  const match = /^([01]?\d|2[0-4])[:.]([0-5]\d)$/.exec(input.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > MINUTES_PER_DAY) return null;
  return minutes % MINUTES_PER_DAY;
}

/** 480 → "08:00". */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, format);
  }
  return format;
}

/** The wall clock in `zone` at an instant. */
function wallClock(instant: Date, zone: string) {
  const parts = Object.fromEntries(formatFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  const [year, month, day, hour, minute, second] = ["year", "month", "day", "hour", "minute", "second"].map((type) => Number(parts[type]));
  return { year, month, day, minutes: hour * 60 + minute, second };
}

/** The zone's offset from UTC in minutes at an instant, to the minute. */
function offsetMinutes(instant: Date, zone: string): number {
  const wall = wallClock(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instants at which the wall clock in `zone` reaches `minutes` on a calendar day: one
 * normally, two when the clock is put back and passes that time twice, and when the clock
 * is put forward over it, the instant of the jump (the first moment the clock shows later).
 */
function instantsAt(year: number, month: number, day: number, minutes: number, zone: string): number[] {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetBefore = offsetMinutes(new Date(wall - DAY_MS), zone);
  const offsetAfter = offsetMinutes(new Date(wall + DAY_MS), zone);
  const found = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => ({ offset, instant: wall - offset * 60_000 }))
    .filter(({ offset, instant }) => offsetMinutes(new Date(instant), zone) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a - b);
  if (found.length > 0) return found;
  // In the gap: the jump lies between the instant read with the later offset (still before it)
  // and the one read with the earlier offset (already after it). Offsets change on whole minutes.
  let before = wall - offsetAfter * 60_000;
  let after = wall - offsetBefore * 60_000;
  while (after - before > 60_000) {
    const middle = before + Math.floor((after - before) / 120_000) * 60_000;
    if (offsetMinutes(new Date(middle), zone) === offsetBefore) before = middle;
    else after = middle;
  }
  return [after];
}

function isInside(minutes: number, window: QuietHours): boolean {
  return window.start < window.end ? minutes >= window.start && minutes < window.end : minutes >= window.start || minutes < window.end;
}

export interface HeldSendAt {
  sendAt: Date;
  heldForQuietHours: boolean;
}

/** When the message may really go: `sendAt` itself inside the window, else the window's next opening. */
export function applyQuietHours(sendAt: Date, window: QuietHours | null, country: HomeCountry): HeldSendAt {
  if (!window) return { sendAt, heldForQuietHours: false };
  const zone = PRACTICE_TIME_ZONES[country];
  const local = wallClock(sendAt, zone);
  if (isInside(local.minutes, window)) return { sendAt, heldForQuietHours: false };
  // Outside, the window opens next at its start today or, if that has passed, tomorrow.
  for (const dayOffset of [0, 1]) {
    const opening = instantsAt(local.year, local.month, local.day + dayOffset, window.start, zone).find((instant) => instant > sendAt.getTime());
    if (opening !== undefined) return { sendAt: new Date(opening), heldForQuietHours: true };
  }
  throw new Error(`no opening of the sending window after ${sendAt.toISOString()}`);
}
