import { PRACTICE_TIME_ZONE } from "../../time/berlin";

// seven.io writes its times as "2026-11-27 10:00:00" in German time (its servers and the
// examples in its documentation are Berlin time), sometimes as Unix seconds, and a few fields
// as ISO 8601. A time we cannot read is null: the event is still recorded, with our time only.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: PRACTICE_TIME_ZONE, timeZoneName: "longOffset" });

function berlinOffsetMs(instant: number): number {
  const name = offsetFormat.formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const ms = (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  return match[1] === "-" ? -ms : ms;
}

/** The instant of a Berlin wall-clock time (in the hour repeated in autumn: the first one). */
function fromBerlinWallClock(parts: number[]): number {
  const [year, month, day, hour, minute, second, ms] = parts;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const guess = asUtc - berlinOffsetMs(asUtc - 2 * 60 * 60_000);
  return asUtc - berlinOffsetMs(guess);
}

/** A time from seven.io, or null when it is missing, unreadable or implausible. */
export function parseSevenTime(value: unknown): Date | null {
  let instant: number | null = null;
  if (typeof value === "number" || (typeof value === "string" && /^\d{9,13}$/.test(value.trim()))) {
    const number = Number(value);
    instant = number >= 1e12 ? number : number * 1000;
  } else if (typeof value === "string") {
    const text = value.trim();
    const local = LOCAL.exec(text);
    if (local) {
      const fraction = Number((local[7] ?? "0").padEnd(3, "0").slice(0, 3));
      instant = fromBerlinWallClock([...local.slice(1, 7).map(Number), fraction]);
    } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
      instant = Date.parse(text);
    }
  }
  if (instant === null || !Number.isFinite(instant)) return null;
  const year = new Date(instant).getUTCFullYear();
  return year >= 2000 && year <= 9999 ? new Date(instant) : null;
}
