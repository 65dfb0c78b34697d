// sendAt and expiresAt: ISO 8601 with an explicit offset. Without one, "09:00" would mean the
// server's time zone, which is never what the practice meant.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** expiresAt must leave the carrier at least this much validity after sendAt. */
export const MIN_VALIDITY_MS = 60_000;

export type SendAtResult = { ok: true; sendAt: Date } | { ok: false; message: string };
export type ExpiresAtResult = { ok: true; expiresAt: Date | null } | { ok: false; message: string };

type InstantResult = { ok: true; instant: Date } | { ok: false; message: string };

/** A time with offset as the API takes it; `field` names it in the German message. */
function parseInstant(field: string, input: string, example: string): InstantResult {
  const match = ISO_WITH_OFFSET.exec(input.trim());
  if (!match) return { ok: false, message: `${field} muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, z. B. ${example}.` };
  const [, year, month, day, hour, minute, second = "0"] = match.map((part) => part ?? "");
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  const sameFields =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day) &&
    calendar.getUTCHours() === Number(hour) &&
    calendar.getUTCMinutes() === Number(minute);
  const instant = new Date(input.trim());
  if (!sameFields || Number.isNaN(instant.getTime())) return { ok: false, message: `${field} ist kein gültiges Datum: ${input.slice(0, 40)}` };
  return { ok: true, instant };
}

/** When to send: a past or present time means now; more than a year ahead is refused. */
export function parseSendAt(input: string | undefined, now: Date): SendAtResult {
  if (input === undefined || input.trim() === "") return { ok: true, sendAt: now };
  const parsed = parseInstant("sendAt", input, "2027-08-18T09:00:00+02:00");
  if (!parsed.ok) return parsed;
  const sendAt = parsed.instant;
  if (sendAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) {
    return { ok: false, message: "sendAt darf höchstens ein Jahr in der Zukunft liegen." };
  }
  return { ok: true, sendAt: sendAt < now ? now : sendAt };
}

/**
 * Until when the message may be handed over (usually the appointment): at least a minute after
 * the send time it will have (`sendAt`, already "now" for a past or missing one); none if empty.
 */
export function parseExpiresAt(input: string | undefined, sendAt: Date, now: Date): ExpiresAtResult {
  if (input === undefined || input.trim() === "") return { ok: true, expiresAt: null };
  const parsed = parseInstant("expiresAt", input, "2027-08-18T10:30:00+02:00");
  if (!parsed.ok) return parsed;
  const expiresAt = parsed.instant;
  if (expiresAt.getTime() - sendAt.getTime() < MIN_VALIDITY_MS) {
    return {
      ok: false,
      message:
        sendAt.getTime() > now.getTime()
          ? `expiresAt muss mindestens eine Minute nach sendAt liegen (sendAt ${sendAt.toISOString()}, expiresAt ${expiresAt.toISOString()}).`
          : `expiresAt muss mindestens eine Minute in der Zukunft liegen (jetzt ${now.toISOString()}, expiresAt ${expiresAt.toISOString()}).`,
    };
  }
  return { ok: true, expiresAt };
}
