import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { OutgoingSms } from "../carriers/carrier";
import { moveMessageStatus } from "../messages/status-transition";

export interface ClaimedMessage extends OutgoingSms {
  attempts: number;
  sendAt: Date;
  /** Not handed over by then, it is not sent (lib/delivery/expiry.ts). */
  expiresAt: Date | null;
  /**
   * The last submission's answer was lost (a timeout, or a dispatcher that died inside the
   * carrier call): the carrier may have the SMS, so ask it before submitting again.
   */
  outcomeUnknown?: boolean;
  /** Sent with a test key: handed to the simulator only (lib/delivery/sandbox-carrier.ts). */
  sandbox?: boolean;
}

// How long a dispatcher may hold a message before another may take it over: long enough for
// a slow carrier call, short enough that a crash delays a reminder by seconds, not hours.
export const CLAIM_LEASE_MS = 30_000;

/**
 * Claims messages that are due: pending ones whose time has come, and queued ones whose
 * dispatcher's lease ran out (it crashed or the carrier was down). SKIP LOCKED lets several
 * dispatchers claim side by side without ever taking the same message.
 */
export async function claimDueMessages(db: Database, now: Date, limit: number, onlyId?: string): Promise<ClaimedMessage[]> {
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
  const nowIso = now.toISOString();
  // A queued message was due when it was claimed (send_at never changes), so `send_at <= now`
  // holds for both kinds. Said outright, it lets the dispatcher's index skip everything
  // scheduled for later; with the OR alone, every poll read all waiting messages.
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`with due as (
          select id, status as previous_status from messages
          where send_at <= ${nowIso} and (status = 'pending' or (status = 'queued' and claimed_until < ${nowIso}))
            ${onlyId ? sql`and id = ${onlyId}` : sql``}
          order by send_at
          limit ${limit}
          for update skip locked
        ), ${moveMessageStatus({
          to: "queued",
          // `submitting` is deliberately left as it is. It is false unless the last answer was
          // lost (a timeout, or a dispatcher that died inside the carrier call): then the carrier
          // may already have the SMS, the next attempt asks it first (outcomeUnknown), and the
          // message stays uncancellable until that attempt is recorded (renewClaim sets it anyway).
          set: sql`claimed_until = ${lease}, attempts = m.attempts + 1`,
          from: sql`due`,
          where: sql`m.id = due.id`,
          returning: sql`m.recipient, m.sender, m.text, m.encoding, m.attempts, m.send_at, m.expires_at, m.submitting, m.sandbox, due.previous_status`,
          // Taking over a queued message whose lease ran out is no new status.
          logWhere: sql`previous_status = 'pending'`,
          now,
        })}
        select * from moved`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    to: String(row.recipient),
    from: String(row.sender),
    text: String(row.text),
    encoding: row.encoding as ClaimedMessage["encoding"],
    attempts: Number(row.attempts),
    sendAt: new Date(row.send_at as string),
    expiresAt: row.expires_at ? new Date(row.expires_at as string) : null,
    outcomeUnknown: row.submitting === true,
    sandbox: row.sandbox === true,
  }));
}

/**
 * Confirms that a claim taken earlier is still ours and extends its lease, right before the
 * carrier call. Every claim adds one to `attempts`, so the count is a fencing token: if another
 * dispatcher claimed the message after our lease ran out, it no longer matches and we must not
 * submit. The same UPDATE marks the message `submitting`, which ends the time it can be
 * cancelled: cancel and renewal lock the same row, so exactly one of them wins, and a
 * dispatcher that loses to a cancel finds the status no longer queued and sends nothing.
 */
export async function renewClaim(db: Database, messageId: string, attempts: number, now = new Date()): Promise<boolean> {
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
  const rows = await selectRows(
    db,
    sql`update messages set claimed_until = ${lease}, submitting = true
        where id = ${messageId} and status = 'queued' and attempts = ${attempts}
        returning id`,
  );
  return rows.length > 0;
}
