import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { DomainError } from "../errors/domain-error";
import { rollUpPracticeDay } from "../billing/daily-usage";
import { describeError } from "../log-error";
import { findMessage } from "./find-messages";
import type { MessageRow } from "./serialize";
import { moveMessageStatus } from "./status-transition";

/**
 * Cancels a message that has not been handed over. The UPDATE only matches a pending
 * message, and the dispatcher's claim only matches a pending one too: whichever commits
 * first wins, so a message is either cancelled and not billed, or on its way — never both.
 */
export async function cancelMessage(db: Database, practiceId: string, id: string, now = new Date()): Promise<MessageRow> {
  const message = await findMessage(db, practiceId, id);
  if (!message) throw new DomainError("not_found");
  const rows = await selectRows(
    db,
    sql`with ${moveMessageStatus({
      to: "cancelled",
      reason: null,
      where: sql`id = ${id} and practice_id = ${practiceId} and status = 'pending'`,
      now,
    })} select id from moved`,
  );
  if (rows.length === 0) {
    throw new DomainError(
      "not_cancellable",
      message.status === "cancelled" ? "Die SMS wurde schon gelöscht." : undefined,
    );
  }
  // A recall cancelled days after it was accepted must leave that day's count too.
  await rollUpPracticeDay(db, practiceId, message.createdAt).catch((error) =>
    // The cancellation stands; only that day's statistic keeps one message too many.
    console.error("[usage] recount after cancel failed:", describeError(error)),
  );
  return { ...message, status: "cancelled", updatedAt: now };
}
