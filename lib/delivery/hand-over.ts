import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Carrier, SubmitResult } from "../carriers/carrier";
import { moveMessageStatus } from "../messages/status-transition";
import type { ClaimedMessage } from "./claim";
import { CARRIER_UNREACHABLE_REASON, DELIVERY_DEADLINE_MS } from "./deadline";

/** 5 s, 10 s, 20 s … up to 5 minutes between tries while the carrier is unreachable. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export type HandOverOutcome = "sent" | "retry" | "undelivered" | "lost-claim";

/**
 * Gives a claimed message to the carrier and records what happened, forward-only. Every
 * update is fenced by the claim's `attempts`: a dispatcher whose claim was taken over records
 * nothing. Call renewClaim right before: it marks the message `submitting`, and recording the
 * answer clears the mark again.
 */
export async function handOver(db: Database, carrier: Carrier, message: ClaimedMessage, now = () => new Date()): Promise<HandOverOutcome> {
  let result: SubmitResult;
  try {
    result = await carrier.submit(message);
  } catch (error) {
    result = { ok: false, temporary: true, code: "network", message: (error as Error).message };
  }
  return recordSubmitResult(db, carrier.name, message, result, now());
}

export async function recordSubmitResult(
  db: Database,
  carrierName: string,
  message: ClaimedMessage,
  result: SubmitResult,
  now: Date,
): Promise<HandOverOutcome> {
  const nowIso = now.toISOString();
  const stillClaimed = sql`id = ${message.id} and status = 'queued' and attempts = ${message.attempts}`;
  if (result.ok) {
    const rows = await selectRows(
      db,
      sql`with ${moveMessageStatus({
        to: "sent",
        reason: null,
        set: sql`carrier = ${carrierName}, carrier_message_id = ${result.carrierMessageId}, handed_over_at = ${nowIso}, claimed_until = null, submitting = false`,
        where: stillClaimed,
        now,
      })} select id from moved`,
    );
    return rows.length > 0 ? "sent" : "lost-claim";
  }
  const givingUp = now.getTime() - message.sendAt.getTime() > DELIVERY_DEADLINE_MS;
  if (result.temporary && !givingUp) {
    const retryAt = new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString();
    const reason = `Netzbetreiber vorübergehend nicht erreichbar (Versuch ${message.attempts}: ${result.code})`;
    // Not submitting any more: until the next try the practice can still cancel it.
    await db.execute(
      sql`update messages set claimed_until = ${retryAt}, submitting = false, status_reason = ${reason}, updated_at = ${nowIso} where ${stillClaimed}`,
    );
    return "retry";
  }
  const reason = givingUp ? CARRIER_UNREACHABLE_REASON : `Vom Netzbetreiber abgelehnt: ${result.message}`;
  const rows = await selectRows(
    db,
    sql`with ${moveMessageStatus({
      to: "undelivered",
      reason,
      set: sql`claimed_until = null, submitting = false, carrier = ${carrierName}`,
      where: stillClaimed,
      carrierStatus: result.code,
      detail: reason,
      now,
    })} select id from moved`,
  );
  return rows.length > 0 ? "undelivered" : "lost-claim";
}
