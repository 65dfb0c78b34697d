import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Carrier, OutgoingSms, SubmitResult } from "../carriers/carrier";
import { moveMessageStatus } from "../messages/status-transition";
import type { ClaimedMessage } from "./claim";
import { CARRIER_UNREACHABLE_REASON, DELIVERY_DEADLINE_MS } from "./deadline";
import { EXPIRED_REASON, EXPIRED_SET, validityMinutes } from "./expiry";
import { currentHandOverPause, PAUSE_MS, pauseHandOvers } from "./hand-over-pause";
import { mayCarry } from "./sandbox-carrier";

/** After a lost answer, the next try (a lookup first) waits at least this long. */
export const OUTCOME_LOOKUP_DELAY_MS = 60_000;

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
  if (!mayCarry(carrier, message)) {
    console.error(`[delivery] ${message.id}: Test-SMS, aber kein Simulator zur Hand (${carrier.name}); bleibt in der Warteschlange`);
    return putBack(db, message, new Date(now().getTime() + retryDelayMs(message.attempts)), SANDBOX_WITHOUT_SIMULATOR, false, now());
  }
  const validity = validityMinutes(message.expiresAt, now());
  const sms = { ...message, validityMinutes: validity ?? 1 };
  // A lost answer first: the carrier may have sent the SMS already, and then it is not expired but sent.
  let result = message.outcomeUnknown ? await findEarlierSubmission(carrier, message, sms) : null;
  if (result?.ok) return recordSubmitResult(db, carrier.name, message, result, now(), Boolean(carrier.findSubmission));
  if (validity === null) return recordExpired(db, message, now());
  // While the carrier refuses our account, nobody's message is submitted (hand-over-pause.ts).
  const pause = await currentHandOverPause(db, now());
  // The dispatcher claims nothing while paused; a short lease lets it go on at once when credit is back.
  if (pause) return putBack(db, message, new Date(now().getTime() + retryDelayMs(message.attempts)), pausedReason(pause.code), message.outcomeUnknown === true, now());
  if (!result) {
    try {
      result = await carrier.submit(sms);
    } catch (error) {
      // Thrown inside the call: the carrier may have taken the SMS before it failed.
      result = { ok: false, temporary: true, code: "network", message: (error as Error).message, outcomeUnknown: true };
    }
  }
  return recordSubmitResult(db, carrier.name, message, result, now(), Boolean(carrier.findSubmission));
}

/**
 * The last submission's answer was lost: a carrier without idempotency (seven.io) may have the
 * SMS already. Ask it; only when it has no record is the SMS submitted again (null).
 */
async function findEarlierSubmission(carrier: Carrier, message: ClaimedMessage, sms: OutgoingSms): Promise<SubmitResult | null> {
  if (!carrier.findSubmission) return null;
  try {
    const found = await carrier.findSubmission(sms, message.sendAt);
    if (!found) return null;
    console.info(`[delivery] ${message.id}: ${carrier.name} hat die SMS bereits (${found.carrierMessageId}), kein zweiter Versand`);
    return { ok: true, carrierMessageId: found.carrierMessageId };
  } catch (error) {
    return { ok: false, temporary: true, code: "lookup-failed", message: `Nachfrage beim Netzbetreiber fehlgeschlagen: ${(error as Error).message}`, outcomeUnknown: true };
  }
}

const SANDBOX_WITHOUT_SIMULATOR = "Test-SMS: wartet auf den Simulator";

const pausedReason = (code: string) => `Versand vorübergehend angehalten (${code}), wird automatisch fortgesetzt`;

/** Leaves a claimed message queued for another try at `retryAt`; cancellable unless the carrier may have it. */
async function putBack(db: Database, message: ClaimedMessage, retryAt: Date, reason: string, carrierMayHaveIt: boolean, now: Date): Promise<HandOverOutcome> {
  await db.execute(
    sql`update messages set claimed_until = ${retryAt.toISOString()}, submitting = ${carrierMayHaveIt}, status_reason = ${reason}, updated_at = ${now.toISOString()}
        where id = ${message.id} and status = 'queued' and attempts = ${message.attempts}`,
  );
  return "retry";
}

export async function recordSubmitResult(
  db: Database,
  carrierName: string,
  message: ClaimedMessage,
  result: SubmitResult,
  now: Date,
  /** The carrier can be asked about a lost answer (findSubmission) before the next try. */
  looksUpLostAnswers = false,
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
  const retryAt = new Date(now.getTime() + retryDelayMs(message.attempts));
  // Our account, not this message (no credit, a wrong key): pause every hand-over and keep the
  // message queued however long that takes; it is never marked undelivered for it.
  if (result.pauseHandOvers) {
    await pauseHandOvers(db, { until: new Date(now.getTime() + PAUSE_MS), code: result.code, reason: result.message }, now);
    return putBack(db, message, retryAt, pausedReason(result.code), false, now);
  }
  const givingUp = now.getTime() - message.sendAt.getTime() > DELIVERY_DEADLINE_MS;
  // A code nobody documented is retried a few times, not for the whole deadline.
  const exhausted = result.maxAttempts !== undefined && message.attempts >= result.maxAttempts;
  if (result.temporary && !givingUp && !exhausted) {
    // A lost answer is looked up before the next try; give the carrier's journal time to show it.
    const later = result.outcomeUnknown && looksUpLostAnswers ? new Date(Math.max(retryAt.getTime(), now.getTime() + OUTCOME_LOOKUP_DELAY_MS)) : retryAt;
    const reason = `Netzbetreiber vorübergehend nicht erreichbar (Versuch ${message.attempts}: ${result.code})`;
    // Until the next try the practice can still cancel it, unless the carrier may have it already.
    return putBack(db, message, later, reason, result.outcomeUnknown === true, now);
  }
  const reason = givingUp
    ? CARRIER_UNREACHABLE_REASON
    : exhausted
      ? `Vom Netzbetreiber nach ${message.attempts} Versuchen nicht angenommen: ${result.message}`
      : `Vom Netzbetreiber abgelehnt: ${result.message}`;
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

/** Not handed over before its expiry: never sent, and not billed (lib/delivery/expiry.ts). */
async function recordExpired(db: Database, message: ClaimedMessage, now: Date): Promise<HandOverOutcome> {
  const rows = await selectRows(
    db,
    sql`with ${moveMessageStatus({
      to: "undelivered",
      reason: EXPIRED_REASON,
      set: EXPIRED_SET,
      where: sql`id = ${message.id} and status = 'queued' and attempts = ${message.attempts}`,
      detail: EXPIRED_REASON,
      now,
    })} select id from moved`,
  );
  return rows.length > 0 ? "undelivered" : "lost-claim";
}
