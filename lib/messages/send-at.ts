// sendAt: ISO 8601 with an explicit offset. Without one, "09:00" would mean the server's
// time zone, which is never what the practice meant.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

export type SendAtResult = { ok: true; sendAt: Date } | { ok: false; message: string };

/** When to send: a past or present time means now; more than a year ahead is refused. */
export function parseSendAt(input: string | undefined, now: Date): SendAtResult {
  if (input === undefined || input.trim() === "") return { ok: true, sendAt: now };
  const match = ISO_WITH_OFFSET.exec(input.trim());
  if (!match) {
    return { ok: false, message: "sendAt muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, z. B. 2027-08-18T09:00:00+02:00." };
  }
  const [, year, month, day, hour, minute, second = "0"] = match.map((part) => part ?? "");
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const sameFields =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day) &&
    calendar.getUTCHours() === Number(hour) &&
    calendar.getUTCMinutes() === Number(minute);
  const sendAt = new Date(input.trim());
  if (!sameFields || Number.isNaN(sendAt.getTime())) return { ok: false, message: `sendAt ist kein gültiges Datum: ${input.slice(0, 40)}` };
  if (sendAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) {
    return { ok: false, message: "sendAt darf höchstens ein Jahr in der Zukunft liegen." };
  }
  return { ok: true, sendAt: sendAt < now ? now : sendAt };
}
