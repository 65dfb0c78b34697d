import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { practices, practiceSenders } from "../../db/schema";
import { assertId, assertMainUser, type Actor } from "../accounts/actor";
import type { Carrier } from "../carriers/carrier";
import { DomainError } from "../errors/domain-error";
import { confirmNumberVerification, startNumberVerification, type StartVerificationResult } from "../senders/number-verification";
import { registerSenderName } from "../senders/owned-senders";
import { recordSmsSettingsChange } from "./sms-settings";

// The portal's side of lib/senders: the same domain calls as the operator command
// (scripts/sender.ts), scoped to the actor's practice and written to the audit log.

/** The refusal, marked at the form field the user typed into. */
function atField(error: unknown, field: string): unknown {
  return error instanceof DomainError && !error.field ? new DomainError(error.code, error.message, field, { cause: error }) : error;
}

/** Registers an alphanumeric sender name; a name another practice owns is refused. */
export async function addSenderName(db: Database, actor: Actor, name: string, now = new Date()): Promise<{ value: string; created: boolean }> {
  assertMainUser(actor);
  try {
    return await db.transaction(async (tx) => {
      const registered = await registerSenderName(tx, actor.practiceId, name, now);
      if (registered.created) await recordSmsSettingsChange(tx, actor, { sender: { from: null, to: registered.value } }, now);
      return registered;
    });
  } catch (error) {
    throw atField(error, "name");
  }
}

/**
 * Sends a 6-digit code to a number the practice wants to send from. The code SMS is ours
 * (sent from "Praxisbote", not billed); nothing changes for the practice until it is confirmed.
 */
export async function requestNumberCode(db: Database, carrier: Carrier, actor: Actor, number: string, now = new Date()): Promise<StartVerificationResult> {
  assertMainUser(actor);
  try {
    return await startNumberVerification(db, carrier, actor.practiceId, number, now);
  } catch (error) {
    throw atField(error, "number");
  }
}

/** Confirms a number with its code; from then on the practice may send from it. */
export async function confirmNumberCode(db: Database, actor: Actor, number: string, code: string, now = new Date()) {
  assertMainUser(actor);
  let result;
  try {
    result = await confirmNumberVerification(db, actor.practiceId, number, code, now);
  } catch (error) {
    throw atField(error, "code");
  }
  if (result.status === "verified") await recordSmsSettingsChange(db, actor, { sender: { from: null, to: result.number } }, now);
  return result;
}

/**
 * Removes a registered name or number (the rented reply number is not one: it is turned off
 * under replies). The default sender cannot go while it is the default, or every message
 * without `from` would be refused.
 */
export async function removeSender(db: Database, actor: Actor, senderId: string, now = new Date()): Promise<{ value: string }> {
  assertMainUser(actor);
  assertId(senderId);
  return db.transaction(async (tx) => {
    const [practice] = await tx.select({ defaultSender: practices.defaultSender }).from(practices).where(eq(practices.id, actor.practiceId)).for("update");
    const [sender] = await tx
      .select({ value: practiceSenders.value, verifiedAt: practiceSenders.verifiedAt })
      .from(practiceSenders)
      .where(and(eq(practiceSenders.id, senderId), eq(practiceSenders.practiceId, actor.practiceId)));
    if (!practice || !sender) throw new DomainError("not_found");
    if (sender.verifiedAt && practice.defaultSender === sender.value) {
      throw new DomainError("invalid_request", `„${sender.value}“ ist Ihr Standardabsender. Wählen Sie zuerst einen anderen Standardabsender.`, "senderId");
    }
    await tx.delete(practiceSenders).where(and(eq(practiceSenders.id, senderId), eq(practiceSenders.practiceId, actor.practiceId)));
    // A number still waiting for its code was never a sender: removing it changes no setting.
    if (sender.verifiedAt) await recordSmsSettingsChange(tx, actor, { sender: { from: sender.value, to: null } }, now);
    return { value: sender.value };
  });
}
