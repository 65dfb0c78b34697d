import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { inboundMessages, optOuts } from "../../db/schema";
import { assertId, assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import { maskPhoneNumber } from "../sms/phone-number";

// Patients who answered a practice with a stop word (lib/opt-outs/stop-words.ts). They are
// written by recordInbound, read on every send, listed in the portal and lifted by a main user.

/** The refusal of one message to a patient who opted out (422 in the API, only that item in a batch). */
export const recipientOptedOut = () => new DomainError("recipient_opted_out", undefined, "to");

/** Which of these numbers (E.164) opted out of this practice: one query for a whole batch. */
export async function findOptedOut(db: Database, practiceId: string, numbers: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return new Set();
  const rows = await db
    .select({ number: optOuts.number })
    .from(optOuts)
    .where(and(eq(optOuts.practiceId, practiceId), inArray(optOuts.number, unique)));
  return new Set(rows.map((row) => row.number));
}

/** Throws recipient_opted_out when the patient asked this practice for no more messages. */
export async function refuseOptedOutRecipient(db: Database, practiceId: string, recipient: string): Promise<void> {
  if ((await findOptedOut(db, practiceId, [recipient])).size > 0) throw recipientOptedOut();
}

export interface ListedOptOut {
  id: string;
  maskedNumber: string;
  createdAt: Date;
  /** The reply that opted out, while it is kept (60 days); null after its erasure. */
  replyText: string | null;
}

/** The practice's opt-outs, newest first; numbers masked. Main users only. */
export async function listOptOuts(db: Database, actor: Actor): Promise<ListedOptOut[]> {
  assertMainUser(actor);
  const rows = await db
    .select({ id: optOuts.id, number: optOuts.number, createdAt: optOuts.createdAt, replyText: inboundMessages.text })
    .from(optOuts)
    .leftJoin(inboundMessages, eq(inboundMessages.id, optOuts.replyId))
    .where(eq(optOuts.practiceId, actor.practiceId))
    .orderBy(desc(optOuts.createdAt), desc(optOuts.id));
  return rows.map(({ number, ...row }) => ({ ...row, maskedNumber: maskPhoneNumber(number) }));
}

/**
 * The patient consented again: the opt-out is deleted, and the audit log keeps who lifted it
 * for which (masked) number and since when it had been in force.
 */
export async function liftOptOut(db: Database, actor: Actor, optOutId: string, now = new Date()): Promise<{ maskedNumber: string }> {
  assertMainUser(actor);
  assertId(optOutId);
  return db.transaction(async (tx) => {
    const [lifted] = await tx
      .delete(optOuts)
      .where(and(eq(optOuts.id, optOutId), eq(optOuts.practiceId, actor.practiceId)))
      .returning({ number: optOuts.number, createdAt: optOuts.createdAt });
    if (!lifted) throw new DomainError("not_found");
    const maskedNumber = maskPhoneNumber(lifted.number);
    const details = { number: maskedNumber, optedOutAt: lifted.createdAt.toISOString() };
    await recordAudit(tx, { practiceId: actor.practiceId, action: "opt_out.lifted", actor: auditActor(actor), origin: actor.origin, details }, now);
    return { maskedNumber };
  });
}
