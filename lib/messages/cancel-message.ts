import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { messages } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import { rollUpPracticeDay } from "../billing/daily-usage";
import { describeError } from "../log-error";
import { findMessage } from "./find-messages";
import type { MessageRow } from "./serialize";
import { moveMessageStatus } from "./status-transition";

export const CANCEL_REFUSALS = {
  cancelled: "Die SMS wurde schon gelöscht.",
  submitting: "Die SMS wird gerade an den Netzbetreiber übergeben und kann nicht mehr gelöscht werden.",
  handedOver: "Die SMS wurde schon an den Netzbetreiber übergeben und kann nicht mehr gelöscht werden.",
  undelivered: "Die SMS wurde nicht ausgeliefert und wird auch nicht mehr versendet; löschen ist nicht nötig.",
} as const;

// Waiting between carrier retries is still "not handed over". While a dispatcher is inside the
// carrier call (`submitting`, set by renewClaim in the same UPDATE that renews its lease) the
// carrier may accept the SMS at any moment, so it is no longer ours to cancel. A dispatcher that
// crashed in the call leaves `submitting` set: whether the carrier took the SMS is unknown until
// the next attempt, so refusing is the honest answer until then.
const CANCELLABLE = sql`(status = 'pending' or (status = 'queued' and not submitting))`;

// Between our refused UPDATE and our look at the row the dispatcher may have moved on (a retry
// recorded: cancellable again). A few rounds settle it; the dispatcher cannot flip that often.
const MAX_ROUNDS = 3;

/**
 * Cancels a message that the carrier has not accepted: pending, or queued and waiting between
 * retries. The UPDATE and the dispatcher's renewClaim are conditional updates of the same row,
 * so whichever commits first wins: a message is either cancelled, never submitted and not
 * billed, or on its way and the cancel is refused — never both.
 */
export async function cancelMessage(db: Database, practiceId: string, id: string, now = new Date()): Promise<MessageRow> {
  const message = await findMessage(db, practiceId, id);
  if (!message) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const rows = await selectRows(
      db,
      sql`with ${moveMessageStatus({
        to: "cancelled",
        reason: null,
        set: sql`claimed_until = null`,
        where: sql`id = ${id} and practice_id = ${practiceId} and ${CANCELLABLE}`,
        now,
      })} select id from moved`,
    );
    if (rows.length > 0) {
      // A recall cancelled days after it was accepted must leave that day's count too.
      await rollUpPracticeDay(db, practiceId, message.createdAt).catch((error) =>
        // The cancellation stands; only that day's statistic keeps one message too many.
        console.error("[usage] recount after cancel failed:", describeError(error)),
      );
      return { ...message, status: "cancelled", statusReason: null, updatedAt: now };
    }
    const refusal = await whyNotCancellable(db, practiceId, id);
    if (refusal) throw new DomainError("not_cancellable", refusal);
  }
  throw new DomainError("not_cancellable", CANCEL_REFUSALS.submitting);
}

/** The refusal that matches the message's state now, or null if it is cancellable after all. */
async function whyNotCancellable(db: Database, practiceId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ status: messages.status, submitting: messages.submitting, handedOverAt: messages.handedOverAt })
    .from(messages)
    .where(and(eq(messages.id, id), eq(messages.practiceId, practiceId)));
  if (!row) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  if (row.status === "cancelled") return CANCEL_REFUSALS.cancelled;
  if (row.status === "queued" && row.submitting) return CANCEL_REFUSALS.submitting;
  if (row.status === "pending" || row.status === "queued") return null;
  // Refused by the carrier, or given up while it was unreachable: it never left us.
  if (row.status === "undelivered" && !row.handedOverAt) return CANCEL_REFUSALS.undelivered;
  return CANCEL_REFUSALS.handedOver;
}
