import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { practices, practiceSenders } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import { validateSender } from "../sms/sender";
import { OUR_SENDER_NAME } from "./sender-name";

// A practice sends only from senders it owns: its rented reply number, names registered for it
// (a name belongs to one practice only), and numbers confirmed by a code sent to them. Anyone
// else's name would deceive patients, and replies to another practice's number reach that one.

const REGISTER_HINT =
  "Absendernamen registrieren und eigene Nummern freischalten (mit einem Code, den wir per SMS an die Nummer senden) können Sie über hallo@praxisbote.de.";

const digitsOf = (value: string) => value.replace(/\D/g, "");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A numeric sender as we store it: "+49…", also when written "0049…" or "49…". */
export function canonicalSenderNumber(sender: string): string {
  return `+${sender.trim().replace(/^(\+|00)/, "")}`;
}

export interface SenderOwner {
  id: string;
  name: string;
  country: string;
  replyNumber: string | null;
}

/** The practice senders are registered for; DomainError when there is none with this id. */
export async function findSenderOwner(db: Database, practiceId: string): Promise<SenderOwner> {
  const [owner] = UUID.test(practiceId)
    ? await db
        .select({ id: practices.id, name: practices.name, country: practices.country, replyNumber: practices.replyNumber })
        .from(practices)
        .where(eq(practices.id, practiceId))
    : [];
  if (!owner) throw new DomainError("practice_not_found", `Eine Praxis mit der Kennung ${practiceId} gibt es nicht.`);
  return owner;
}

/**
 * The sender as the practice may send it, or null when it does not own it. A name matches in
 * any case but is sent as registered: that spelling is the one the practice chose and that
 * patients know. One indexed lookup at most (none for the reply number), as every accepted
 * message pays for it.
 */
export async function ownedSender(db: Database, practice: { id: string; replyNumber: string | null }, sender: string): Promise<string | null> {
  const { kind, value } = senderOwnership(practice, sender);
  const [row] = await selectRows<{ value: string | null }>(db, sql`select ${ownedSenderSql(kind, practice.id, value)} as value`);
  return row?.value ?? null;
}

/** How a sender's ownership is checked: decided from the sender alone, the SQL below does the rest. */
export interface SenderOwnership {
  kind: "invalid" | "reply-number" | "number" | "name";
  /** The reply number, the canonical number or the name to look up; null when invalid. */
  value: string | null;
}

export function senderOwnership(practice: { replyNumber: string | null }, sender: string): SenderOwnership {
  const checked = validateSender(sender);
  if (!checked.ok) return { kind: "invalid", value: null };
  if (checked.kind === "numeric") {
    const number = canonicalSenderNumber(checked.sender);
    if (practice.replyNumber && digitsOf(practice.replyNumber) === digitsOf(number)) return { kind: "reply-number", value: practice.replyNumber };
    return { kind: "number", value: number };
  }
  return { kind: "name", value: checked.sender };
}

/**
 * The owned sender (or null) as a scalar SQL expression, per kind, so that the single send can
 * check it inside the statement that stores the message; `practiceId` and `value` may be the
 * placeholders of that statement, built once per kind (lib/messages/checked-insert.ts).
 */
export function ownedSenderSql(kind: SenderOwnership["kind"], practiceId: unknown, value: unknown): SQL {
  switch (kind) {
    case "invalid":
      return sql`null::text`;
    case "reply-number":
      return sql`${value}::text`;
    case "number":
      return sql`(select value from practice_senders
                  where practice_id = ${practiceId} and kind = 'number' and value = ${value} and verified_at is not null)`;
    case "name":
      // Written like the unique index (lower(value) where kind = 'name'), so that it is used.
      return sql`(select value from practice_senders
                  where kind = 'name' and lower(value) = lower(${value}) and practice_id = ${practiceId} and verified_at is not null)`;
  }
}

/** The refusal of a sender the practice does not own; `usedDefault`: the request named no sender. */
export function senderNotAllowed(sender: string, usedDefault: boolean): DomainError {
  const shown = sender.slice(0, 20);
  return new DomainError(
    "sender_not_allowed",
    usedDefault
      ? `Ihr Standardabsender „${shown}“ ist für Ihre Praxis nicht registriert. Geben Sie in „from“ einen registrierten Absender an oder lassen Sie „${shown}“ registrieren. ${REGISTER_HINT}`
      : `Der Absender „${shown}“ ist für Ihre Praxis nicht registriert. Senden Sie mit einem registrierten Absender oder Ihrer Antwortnummer. ${REGISTER_HINT}`,
    "from",
  );
}

/**
 * The sender a message goes out with; a DomainError `sender_not_allowed` (nothing is stored
 * then) when the practice does not own it. `usedDefault`: the request named no sender.
 */
export async function requireOwnedSender(db: Database, practice: { id: string; replyNumber: string | null }, sender: string, usedDefault: boolean): Promise<string> {
  const owned = await ownedSender(db, practice, sender);
  if (owned) return owned;
  throw senderNotAllowed(sender, usedDefault);
}

/**
 * Registers an alphanumeric sender name for a practice (verified at once: the operator or the
 * sign-up decides). Registering it again for the same practice changes nothing; a name another
 * practice has, in any case, is refused.
 */
export async function registerSenderName(db: Database, practiceId: string, input: string, now = new Date()): Promise<{ value: string; created: boolean }> {
  const checked = validateSender(input);
  if (!checked.ok) throw new DomainError("invalid_sender", checked.message);
  if (checked.kind !== "alphanumeric") {
    throw new DomainError("invalid_sender", `„${checked.sender}“ ist eine Nummer, kein Absendername: Nummern werden mit einem Code per SMS freigeschaltet.`);
  }
  if (checked.sender.toLowerCase() === OUR_SENDER_NAME.toLowerCase()) {
    throw new DomainError("sender_taken", `„${OUR_SENDER_NAME}“ ist der Absender von Praxisbote selbst und kann nicht registriert werden.`);
  }
  const inserted = await db
    .insert(practiceSenders)
    .values({ practiceId, kind: "name", value: checked.sender, verifiedAt: now, createdAt: now })
    .onConflictDoNothing()
    .returning({ value: practiceSenders.value });
  if (inserted.length > 0) return { value: inserted[0].value, created: true };
  const [holder] = await db
    .select({ practiceId: practiceSenders.practiceId, value: practiceSenders.value })
    .from(practiceSenders)
    .where(and(sql`${practiceSenders.kind} = 'name'`, sql`lower(${practiceSenders.value}) = lower(${checked.sender})`));
  if (holder?.practiceId === practiceId) return { value: holder.value, created: false };
  throw new DomainError("sender_taken", `Der Absendername „${checked.sender}“ ist schon für eine andere Praxis registriert. Bitte wählen Sie einen anderen Namen.`);
}

/**
 * Marks a number as the practice's without a code: for operators who confirmed it another way
 * (and for tests). Everyone else goes through startNumberVerification.
 */
export async function addVerifiedNumber(db: Database, practiceId: string, input: string, now = new Date()): Promise<{ value: string }> {
  const checked = validateSender(input);
  if (!checked.ok) throw new DomainError("invalid_sender", checked.message);
  if (checked.kind !== "numeric") throw new DomainError("invalid_sender", `„${checked.sender}“ ist keine Nummer.`);
  const value = canonicalSenderNumber(checked.sender);
  await db
    .insert(practiceSenders)
    .values({ practiceId, kind: "number", value, verifiedAt: now, createdAt: now })
    .onConflictDoUpdate({
      target: [practiceSenders.practiceId, practiceSenders.kind, practiceSenders.value],
      set: { verifiedAt: sql`coalesce(${practiceSenders.verifiedAt}, ${now.toISOString()}::timestamptz)`, verificationCodeHash: null, verificationExpiresAt: null },
    });
  return { value };
}

export interface ListedSender {
  /** The practice_senders row; null for the reply number, which is rented, not registered. */
  id: string | null;
  kind: "name" | "number" | "reply_number";
  value: string;
  verifiedAt: Date | null;
  /** A code was sent and can still be confirmed. */
  codePending: boolean;
}

/** Everything the practice may send from, and numbers waiting for their code. */
export async function listSenders(db: Database, practiceId: string, now = new Date()): Promise<ListedSender[]> {
  const owner = await findSenderOwner(db, practiceId);
  const rows = await db
    .select()
    .from(practiceSenders)
    .where(eq(practiceSenders.practiceId, practiceId))
    .orderBy(asc(practiceSenders.kind), asc(practiceSenders.value));
  return [
    ...(owner.replyNumber ? [{ id: null, kind: "reply_number" as const, value: owner.replyNumber, verifiedAt: null, codePending: false }] : []),
    ...rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      value: row.value,
      verifiedAt: row.verifiedAt,
      codePending: row.verifiedAt === null && row.verificationCodeHash !== null && (row.verificationExpiresAt?.getTime() ?? 0) > now.getTime(),
    })),
  ];
}
