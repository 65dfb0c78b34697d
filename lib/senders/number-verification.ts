import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { practices, practiceSenders } from "../../db/schema";
import type { Carrier } from "../carriers/carrier";
import { isHomeCountry, normaliseRecipient } from "../sms/phone-number";
import { segmentSms } from "../sms/segments";
import { findSenderOwner, type SenderOwner } from "./owned-senders";
import { DomainError } from "../errors/domain-error";
import { OUR_SENDER_NAME } from "./sender-name";

// A number becomes a practice's sender once the practice shows it receives SMS there: we send a
// 6-digit code, keep only its hash, and accept it for 10 minutes and 3 tries.
//
// The code SMS is not one of the practice's messages: it is our cost, not billed, never in the
// practice's API list or statistics, and it has no delivery to track. So it is recorded only
// on the sender row (code hash, expiry, tries) and in the command's output, not in `messages`.

export const CODE_VALID_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 3;
// Each new code costs an SMS and gives 3 more guesses: one a minute at most.
export const NEW_CODE_AFTER_MS = 60_000;

// Bound to practice and number so one hash is worth nothing for another row. A 6-digit code
// cannot resist brute force of its hash; the hash keeps codes out of backups and logs, the
// expiry and the 3 tries do the rest.
function hashCode(practiceId: string, number: string, code: string): string {
  return createHash("sha256").update(`${practiceId}:${number}:${code}`).digest("hex");
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function smsNumber(owner: SenderOwner, input: string): string {
  const result = normaliseRecipient(input, isHomeCountry(owner.country) ? owner.country : "DE");
  if (!result.ok) throw new DomainError("invalid_sender", `An diese Nummer können wir keinen Code per SMS senden. ${result.message}`);
  return result.e164;
}

const numberRow = (practiceId: string, number: string) =>
  and(eq(practiceSenders.practiceId, practiceId), sql`${practiceSenders.kind} = 'number'`, eq(practiceSenders.value, number));

export type StartVerificationResult =
  | { status: "already-verified"; number: string }
  /** `code` is for tests and the simulator only: whoever asked must read it from the SMS. */
  | { status: "code-sent"; number: string; code: string; expiresAt: Date; carrierMessageId: string };

/** Sends a new code to a number the practice wants to send from. */
export async function startNumberVerification(db: Database, carrier: Carrier, practiceId: string, input: string, now = new Date()): Promise<StartVerificationResult> {
  const owner = await findSenderOwner(db, practiceId);
  const number = smsNumber(owner, input);
  const digits = number.slice(1);
  const [renter] = await db
    .select({ id: practices.id })
    .from(practices)
    .where(sql`regexp_replace(${practices.replyNumber}, '[^0-9]', '', 'g') = ${digits}`)
    .limit(1);
  if (renter?.id === practiceId) return { status: "already-verified", number };
  if (renter) throw new DomainError("sender_taken", `${number} ist eine Antwortnummer von Praxisbote, die eine andere Praxis gemietet hat.`);

  const [existing] = await db.select().from(practiceSenders).where(numberRow(practiceId, number));
  if (existing?.verifiedAt) return { status: "already-verified", number };
  const lastSentAt = existing?.verificationExpiresAt ? existing.verificationExpiresAt.getTime() - CODE_VALID_MS : null;
  if (lastSentAt !== null && now.getTime() - lastSentAt < NEW_CODE_AFTER_MS) {
    throw new DomainError("too_soon", "Gerade wurde schon ein Code an diese Nummer gesendet. Bitte warten Sie eine Minute, bevor Sie einen neuen anfordern.");
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const codeHash = hashCode(practiceId, number, code);
  const expiresAt = new Date(now.getTime() + CODE_VALID_MS);
  const [row] = await db
    .insert(practiceSenders)
    .values({ practiceId, kind: "number", value: number, verificationCodeHash: codeHash, verificationExpiresAt: expiresAt, createdAt: now })
    .onConflictDoUpdate({
      target: [practiceSenders.practiceId, practiceSenders.kind, practiceSenders.value],
      set: { verificationCodeHash: codeHash, verificationExpiresAt: expiresAt, verificationAttempts: 0 },
      setWhere: isNull(practiceSenders.verifiedAt),
    })
    .returning({ id: practiceSenders.id });
  if (!row) return { status: "already-verified", number };

  const text = `${code} ist Ihr Praxisbote-Code: Damit wird ${number} Absender der Praxis ${owner.name.slice(0, 40)}. Gültig ${CODE_VALID_MS / 60_000} Minuten. Nicht angefordert? Dann ignorieren.`;
  const result = await carrier.submit({
    // Our id for this code (row and expiry), so a repeated submission is the same SMS.
    id: `sender-code-${row.id}-${expiresAt.getTime()}`,
    to: number,
    from: OUR_SENDER_NAME,
    text,
    encoding: segmentSms(text).encoding,
  });
  if (!result.ok) {
    // A code that never left may be requested again at once.
    await db
      .update(practiceSenders)
      .set({ verificationCodeHash: null, verificationExpiresAt: null })
      .where(and(eq(practiceSenders.id, row.id), eq(practiceSenders.verificationCodeHash, codeHash)));
    throw new DomainError("code_not_sent", `Der Code konnte nicht gesendet werden (${result.message}). Bitte versuchen Sie es gleich noch einmal.`);
  }
  return { status: "code-sent", number, code, expiresAt, carrierMessageId: result.carrierMessageId };
}

/** Confirms a number with the code sent to it; every try counts, right or wrong. */
export async function confirmNumberVerification(db: Database, practiceId: string, input: string, code: string, now = new Date()): Promise<{ status: "verified" | "already-verified"; number: string }> {
  const owner = await findSenderOwner(db, practiceId);
  const number = smsNumber(owner, input);
  const given = code.trim();
  if (!/^[0-9]{6}$/.test(given)) throw new DomainError("wrong_code", "Der Code besteht aus 6 Ziffern.");

  // The try is counted before the code is compared, in one statement: parallel guesses cannot
  // get past the limit together.
  const [claimed] = await db
    .update(practiceSenders)
    .set({ verificationAttempts: sql`${practiceSenders.verificationAttempts} + 1` })
    .where(
      and(
        numberRow(practiceId, number),
        isNull(practiceSenders.verifiedAt),
        isNotNull(practiceSenders.verificationCodeHash),
        lt(practiceSenders.verificationAttempts, MAX_CODE_ATTEMPTS),
        gt(practiceSenders.verificationExpiresAt, now),
      ),
    )
    .returning({ id: practiceSenders.id, codeHash: practiceSenders.verificationCodeHash, attempts: practiceSenders.verificationAttempts });
  if (!claimed) return explainRefusal(db, practiceId, number, now);

  if (!sameHash(hashCode(practiceId, number, given), claimed.codeHash!)) {
    const left = MAX_CODE_ATTEMPTS - claimed.attempts;
    throw new DomainError(
      "wrong_code",
      left > 0
        ? `Der Code ist falsch. Noch ${left} ${left === 1 ? "Versuch" : "Versuche"}.`
        : "Der Code ist falsch. Das war der letzte Versuch: Bitte fordern Sie einen neuen Code an.",
    );
  }
  await db
    .update(practiceSenders)
    .set({ verifiedAt: now, verificationCodeHash: null, verificationExpiresAt: null })
    .where(and(eq(practiceSenders.id, claimed.id), eq(practiceSenders.verificationCodeHash, claimed.codeHash!)));
  return { status: "verified", number };
}

async function explainRefusal(db: Database, practiceId: string, number: string, now: Date): Promise<{ status: "already-verified"; number: string }> {
  const [row] = await db.select().from(practiceSenders).where(numberRow(practiceId, number));
  if (row?.verifiedAt) return { status: "already-verified", number };
  if (!row?.verificationCodeHash || !row.verificationExpiresAt) {
    throw new DomainError("no_verification", `Für ${number} wurde kein Code angefordert. Bitte fordern Sie zuerst einen an.`);
  }
  if (row.verificationAttempts >= MAX_CODE_ATTEMPTS) {
    throw new DomainError("too_many_attempts", `Der Code wurde ${MAX_CODE_ATTEMPTS}-mal falsch eingegeben und gilt nicht mehr. Bitte fordern Sie einen neuen Code an.`);
  }
  if (row.verificationExpiresAt.getTime() <= now.getTime()) {
    throw new DomainError("code_expired", `Der Code ist abgelaufen (${CODE_VALID_MS / 60_000} Minuten). Bitte fordern Sie einen neuen Code an.`);
  }
  throw new DomainError("no_verification", `Für ${number} gibt es gerade keinen gültigen Code. Bitte fordern Sie einen neuen an.`);
}
