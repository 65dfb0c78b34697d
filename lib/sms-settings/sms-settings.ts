import { and, count, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { practices, replyNumbers } from "../../db/schema";
import { assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { recordAudit } from "../audit/record-audit";
import { PRICE_LIST } from "../billing/price-list";
import { DomainError } from "../errors/domain-error";
import { formatClockTime, parseClockTime, quietHoursOf, type QuietHours } from "../messages/quiet-hours";
import { listSenders, ownedSender, type ListedSender } from "../senders/owned-senders";
import { endOfBerlinMonth, releaseDueReplyNumbers, takeFreeReplyNumber } from "./reply-numbers";

// The practice's SMS settings (/organization/sms): optimisation, default sender, monthly limit,
// replies. Main users only; every change is one audit entry with the old and the new value.
// Input arrives as typed in the form; a bad value is a DomainError naming its field.

export type SettingsChange = Record<string, { from: unknown; to: unknown }>;

/** One "sms_settings.changed" entry; nothing is written when nothing changed. */
export async function recordSmsSettingsChange(db: Database, actor: Actor, details: SettingsChange, now: Date): Promise<void> {
  const changed = Object.fromEntries(Object.entries(details).filter(([, change]) => change.from !== change.to));
  if (Object.keys(changed).length === 0) return;
  await recordAudit(db, { practiceId: actor.practiceId, action: "sms_settings.changed", actor: auditActor(actor), origin: actor.origin, details: changed }, now);
}

const invalid = (field: string, message: string) => new DomainError("invalid_request", message, field);

// The largest limit a practice can mean; beyond it a typo is likelier than intent.
export const MAX_MONTHLY_PART_LIMIT = 10_000_000;

export const monthlyPartLimitSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const limit = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_MONTHLY_PART_LIMIT) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: `Bitte geben Sie eine ganze Zahl von 1 bis ${MAX_MONTHLY_PART_LIMIT.toLocaleString("de-DE")} ein oder lassen Sie das Feld leer (kein Limit).`,
      });
      return z.NEVER;
    }
    return limit;
  });

export const replyForwardEmailSchema = z
  .string()
  .trim()
  .max(254, "Die E-Mail-Adresse ist zu lang.")
  .pipe(z.union([z.literal(""), z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.")]))
  .transform((value) => (value === "" ? null : value.toLowerCase()));

const clockTimeSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const minutes = parseClockTime(value);
    if (minutes === null) {
      ctx.issues.push({ code: "custom", input: value, message: "Bitte geben Sie eine Uhrzeit wie 08:00 ein." });
      return z.NEVER;
    }
    return minutes;
  });

/** The sending window as typed: both empty is none; start after end spans midnight (20:00–08:00). */
export const quietHoursSchema = z
  .object({ quietHoursStart: clockTimeSchema, quietHoursEnd: clockTimeSchema })
  .transform(({ quietHoursStart: start, quietHoursEnd: end }, ctx): QuietHours | null => {
    if (start === null && end === null) return null;
    const missing = start === null ? "quietHoursStart" : end === null ? "quietHoursEnd" : null;
    if (missing) {
      ctx.issues.push({ code: "custom", input: "", path: [missing], message: "Bitte geben Sie Beginn und Ende an oder lassen Sie beide Felder leer (kein Versandfenster)." });
      return z.NEVER;
    }
    if (start === end) {
      ctx.issues.push({ code: "custom", input: "", path: ["quietHoursEnd"], message: "Beginn und Ende dürfen nicht gleich sein." });
      return z.NEVER;
    }
    return { start: start!, end: end! };
  });

/** "08:00–20:00", or null for none: how the window appears in the audit log. */
export const describeQuietHours = (window: QuietHours | null) => (window ? `${formatClockTime(window.start)}–${formatClockTime(window.end)}` : null);

function parse<T>(schema: z.ZodType<T, string>, field: string, input: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(field, parsed.error.issues[0].message);
  return parsed.data;
}

export interface SmsSettings {
  optimiseCharacters: boolean;
  defaultSender: string | null;
  monthlyPartLimit: number | null;
  /** The sending window in the practice's time zone; null: messages go out at any hour. */
  quietHours: QuietHours | null;
  replyForwardEmail: string | null;
  /** Where replies go when replyForwardEmail is empty. */
  contactEmail: string;
  replyNumber: string | null;
  /** Set when replies were turned off: the number stays the practice's until then. */
  replyNumberReleaseAt: Date | null;
  freeReplyNumbers: number;
  replyNumberFeeCents: number;
  senders: ListedSender[];
}

export async function getSmsSettings(db: Database, actor: Actor, now = new Date()): Promise<SmsSettings> {
  assertMainUser(actor);
  const [practice] = await db.select().from(practices).where(eq(practices.id, actor.practiceId));
  if (!practice) throw new DomainError("not_found");
  const [[rented], [free], senders] = await Promise.all([
    practice.replyNumber
      ? db.select({ releaseAt: replyNumbers.releaseAt }).from(replyNumbers).where(and(eq(replyNumbers.number, practice.replyNumber), eq(replyNumbers.practiceId, actor.practiceId)))
      : Promise.resolve([]),
    db.select({ value: count() }).from(replyNumbers).where(isNull(replyNumbers.practiceId)),
    listSenders(db, actor.practiceId, now),
  ]);
  return {
    optimiseCharacters: practice.optimiseCharacters,
    defaultSender: practice.defaultSender,
    monthlyPartLimit: practice.monthlyPartLimit,
    quietHours: quietHoursOf(practice.quietHoursStart, practice.quietHoursEnd),
    replyForwardEmail: practice.replyForwardEmail,
    contactEmail: practice.contactEmail,
    replyNumber: practice.replyNumber,
    replyNumberReleaseAt: (rented as { releaseAt: Date | null } | undefined)?.releaseAt ?? null,
    freeReplyNumbers: free.value,
    replyNumberFeeCents: PRICE_LIST.replyNumberCents,
    senders,
  };
}

/** Changes one column of the actor's practice, with its audit entry, in one transaction. */
async function changePractice<K extends "optimiseCharacters" | "monthlyPartLimit" | "replyForwardEmail" | "defaultSender">(
  db: Database,
  actor: Actor,
  key: K,
  value: (typeof practices.$inferSelect)[K],
  now: Date,
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ value: practices[key] }).from(practices).where(eq(practices.id, actor.practiceId)).for("update");
    if (!before) throw new DomainError("not_found");
    if (before.value === value) return { changed: false };
    await tx.update(practices).set({ [key]: value, updatedAt: now }).where(eq(practices.id, actor.practiceId));
    await recordSmsSettingsChange(tx, actor, { [key]: { from: before.value, to: value } }, now);
    return { changed: true };
  });
}

export async function setCharacterOptimisation(db: Database, actor: Actor, on: boolean, now = new Date()) {
  assertMainUser(actor);
  return changePractice(db, actor, "optimiseCharacters", on, now);
}

/** Empty means no limit; the API answers 402 monthly_limit_reached past it. */
export async function setMonthlyPartLimit(db: Database, actor: Actor, input: string, now = new Date()) {
  assertMainUser(actor);
  return changePractice(db, actor, "monthlyPartLimit", parse(monthlyPartLimitSchema, "monthlyPartLimit", input), now);
}

/**
 * The sending window (both fields empty: none). Messages accepted from then on are held until
 * it opens (lib/messages/quiet-hours.ts); messages already scheduled keep their time.
 */
export async function setQuietHours(db: Database, actor: Actor, input: { quietHoursStart: string; quietHoursEnd: string }, now = new Date()): Promise<{ changed: boolean; quietHours: QuietHours | null }> {
  assertMainUser(actor);
  const parsed = quietHoursSchema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw invalid(String(issue.path[0] ?? "quietHoursStart"), issue.message);
  }
  const quietHours = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ start: practices.quietHoursStart, end: practices.quietHoursEnd })
      .from(practices)
      .where(eq(practices.id, actor.practiceId))
      .for("update");
    if (!before) throw new DomainError("not_found");
    const from = describeQuietHours(quietHoursOf(before.start, before.end));
    const to = describeQuietHours(quietHours);
    if (from === to) return { changed: false, quietHours };
    await tx
      .update(practices)
      .set({ quietHoursStart: quietHours?.start ?? null, quietHoursEnd: quietHours?.end ?? null, updatedAt: now })
      .where(eq(practices.id, actor.practiceId));
    await recordSmsSettingsChange(tx, actor, { quietHours: { from, to } }, now);
    return { changed: true, quietHours };
  });
}

/** Empty means the practice's contact address. */
export async function setReplyForwardEmail(db: Database, actor: Actor, input: string, now = new Date()) {
  assertMainUser(actor);
  return changePractice(db, actor, "replyForwardEmail", parse(replyForwardEmailSchema, "replyForwardEmail", input), now);
}

/** One of the practice's own senders (as registered), or empty for none. */
export async function setDefaultSender(db: Database, actor: Actor, input: string, now = new Date()) {
  assertMainUser(actor);
  const wanted = input.trim();
  if (wanted === "") return changePractice(db, actor, "defaultSender", null, now);
  const [practice] = await db.select({ id: practices.id, replyNumber: practices.replyNumber }).from(practices).where(eq(practices.id, actor.practiceId));
  if (!practice) throw new DomainError("not_found");
  const owned = await ownedSender(db, practice, wanted);
  if (!owned) throw invalid("defaultSender", `„${wanted.slice(0, 20)}“ ist kein freigeschalteter Absender Ihrer Praxis. Bitte wählen Sie einen aus der Liste.`);
  return changePractice(db, actor, "defaultSender", owned, now);
}

export type ReplyNumberChange =
  | { status: "assigned"; number: string }
  | { status: "kept"; number: string }
  | { status: "release-scheduled"; number: string; releaseAt: Date }
  | { status: "unchanged" };

/**
 * Turns the rented reply number on or off. On: a free number from the pool becomes the
 * practice's reply number and default sender (or a scheduled release is called off). Off: the
 * number stays until the end of the current month, which is paid for, and is released then.
 */
export async function setReplyNumber(db: Database, actor: Actor, on: boolean, now = new Date()): Promise<ReplyNumberChange> {
  assertMainUser(actor);
  return db.transaction(async (tx) => {
    await releaseDueReplyNumbers(tx, now);
    const [practice] = await tx
      .select({ replyNumber: practices.replyNumber, defaultSender: practices.defaultSender })
      .from(practices)
      .where(eq(practices.id, actor.practiceId))
      .for("update");
    if (!practice) throw new DomainError("not_found");
    const held = practice.replyNumber;

    if (!on) {
      if (!held) return { status: "unchanged" };
      const releaseAt = endOfBerlinMonth(now);
      const [scheduled] = await tx
        .update(replyNumbers)
        .set({ releaseAt })
        .where(and(eq(replyNumbers.number, held), eq(replyNumbers.practiceId, actor.practiceId), isNull(replyNumbers.releaseAt)))
        .returning({ number: replyNumbers.number });
      if (!scheduled) return { status: "unchanged" };
      await recordSmsSettingsChange(tx, actor, { replyNumberReleaseAt: { from: null, to: releaseAt.toISOString() } }, now);
      return { status: "release-scheduled", number: held, releaseAt };
    }

    if (held) {
      // Already rented (also a number set up before the pool existed): at most a scheduled release is called off.
      const [rented] = await tx
        .select({ releaseAt: replyNumbers.releaseAt })
        .from(replyNumbers)
        .where(and(eq(replyNumbers.number, held), eq(replyNumbers.practiceId, actor.practiceId)))
        .for("update");
      if (rented?.releaseAt) {
        await tx.update(replyNumbers).set({ releaseAt: null }).where(eq(replyNumbers.number, held));
        await recordSmsSettingsChange(tx, actor, { replyNumberReleaseAt: { from: rented.releaseAt.toISOString(), to: null } }, now);
      }
      return { status: "kept", number: held };
    }

    const number = await takeFreeReplyNumber(tx, actor.practiceId, now);
    if (!number) {
      throw invalid("replyNumber", "Zurzeit ist keine Antwortnummer frei. Wir richten gerade neue ein: Bitte versuchen Sie es in ein paar Tagen noch einmal oder schreiben Sie uns.");
    }
    await tx.update(practices).set({ replyNumber: number, defaultSender: number, updatedAt: now }).where(eq(practices.id, actor.practiceId));
    await recordSmsSettingsChange(tx, actor, { replyNumber: { from: held, to: number }, defaultSender: { from: practice.defaultSender, to: number } }, now);
    return { status: "assigned", number };
  });
}
