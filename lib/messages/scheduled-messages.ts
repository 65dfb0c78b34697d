import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { locations, messages } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import { CANCEL_REFUSALS, cancelMessage } from "./cancel-message";
import type { MessageStatus } from "./status";

// "Geplant" is what cancelMessage may still take back: pending, or queued while no dispatcher is
// inside the carrier call (a retry waiting for its next attempt). The same condition as there,
// so the list never offers a message whose removal is sure to be refused.
const NOT_HANDED_OVER = sql`(${messages.status} = 'pending' or (${messages.status} = 'queued' and not ${messages.submitting}))`;

// A page a browser draws quickly; the soonest come first, and removing some brings up the next.
export const SCHEDULED_LIST_LIMIT = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ScheduledMessage {
  id: string;
  status: MessageStatus;
  recipient: string | null;
  sender: string;
  text: string | null;
  segments: number;
  sendAt: Date;
  attempts: number;
  clientReference: string | null;
  locationCode: string | null;
  /** Sent with a test key: goes to the simulator. */
  sandbox: boolean;
}

/** The practice's messages not yet handed to the carrier, soonest first. */
export async function listScheduledMessages(db: Database, practiceId: string, limit = SCHEDULED_LIST_LIMIT): Promise<ScheduledMessage[]> {
  const rows = await db
    .select({
      id: messages.id,
      status: messages.status,
      recipient: messages.recipient,
      sender: messages.sender,
      text: messages.text,
      segments: messages.segments,
      sendAt: messages.sendAt,
      attempts: messages.attempts,
      clientReference: messages.clientReference,
      locationCode: locations.code,
      sandbox: messages.sandbox,
    })
    .from(messages)
    .leftJoin(locations, eq(locations.id, messages.locationId))
    .where(and(eq(messages.practiceId, practiceId), NOT_HANDED_OVER))
    .orderBy(asc(messages.sendAt), asc(messages.id))
    .limit(limit);
  return rows;
}

export interface RemovalOutcome {
  /** Ids now cancelled: the pipeline is told about each. */
  removed: string[];
  /** Handed over (or being handed over) before the cancel could win: they go out and are billed. */
  alreadyOnTheirWay: number;
  /** Already deleted, or given up by the dispatcher: nothing happened to them. */
  gone: number;
}

/**
 * Removes the selected messages one by one through cancelMessage, whose conditional UPDATE races
 * the dispatcher fairly: each message is counted either as removed or as on its way, never both.
 * An id that is not the practice's (only a tampered form sends one) refuses the whole selection
 * as not_found before anything is cancelled.
 */
export async function removeScheduledMessages(db: Database, practiceId: string, ids: readonly string[], now = new Date()): Promise<RemovalOutcome> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { removed: [], alreadyOnTheirWay: 0, gone: 0 };
  if (!unique.every((id) => UUID.test(id))) throw new DomainError("not_found");
  const owned = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), inArray(messages.id, unique)));
  if (owned.length !== unique.length) throw new DomainError("not_found");

  const outcome: RemovalOutcome = { removed: [], alreadyOnTheirWay: 0, gone: 0 };
  for (const id of unique) {
    try {
      await cancelMessage(db, practiceId, id, now);
      outcome.removed.push(id);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "not_cancellable") throw error;
      // The refusal says why: handed over (or inside the carrier call) means it goes out and is billed.
      const onItsWay = error.message === CANCEL_REFUSALS.handedOver || error.message === CANCEL_REFUSALS.submitting;
      if (onItsWay) outcome.alreadyOnTheirWay++;
      else outcome.gone++;
    }
  }
  return outcome;
}

/** "3 entfernt, 1 war schon unterwegs": what a removal did, in one German sentence. */
export function describeRemoval({ removed, alreadyOnTheirWay, gone }: RemovalOutcome): string {
  const parts = [`${removed.length} entfernt`];
  if (alreadyOnTheirWay > 0) parts.push(`${alreadyOnTheirWay} ${alreadyOnTheirWay === 1 ? "war" : "waren"} schon unterwegs und ${alreadyOnTheirWay === 1 ? "wird" : "werden"} versendet`);
  if (gone > 0) parts.push(`${gone} ${gone === 1 ? "war" : "waren"} schon gelöscht`);
  return `${parts.join(", ")}.`;
}
