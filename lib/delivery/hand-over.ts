import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Carrier, SubmitResult } from "../carriers/carrier";
import type { ClaimedMessage } from "./claim";

export const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** 5 s, 10 s, 20 s … up to 5 minutes between tries while the carrier is unreachable. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export type HandOverOutcome = "sent" | "retry" | "undelivered" | "lost-claim";

/**
 * Gives a claimed message to the carrier and records what happened, forward-only. Every
 * update is fenced by the claim's `attempts`: a dispatcher whose claim was taken over records
 * nothing.
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
  if (result.ok) {
    const rows = await selectRows(
      db,
      sql`with sent as (
            update messages set status = 'sent', carrier = ${carrierName}, carrier_message_id = ${result.carrierMessageId},
              handed_over_at = ${nowIso}, claimed_until = null, status_reason = null, updated_at = ${nowIso}
            where id = ${message.id} and status = 'queued' and attempts = ${message.attempts}
            returning id
          )
          insert into message_status_events (message_id, status, received_at)
          select id, 'sent', ${nowIso} from sent returning message_id`,
    );
    return rows.length > 0 ? "sent" : "lost-claim";
  }
  const givingUp = now.getTime() - message.sendAt.getTime() > GIVE_UP_AFTER_MS;
  if (result.temporary && !givingUp) {
    const retryAt = new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString();
    const reason = `Netzbetreiber vorübergehend nicht erreichbar (Versuch ${message.attempts}: ${result.code})`;
    await db.execute(
      sql`update messages set claimed_until = ${retryAt}, status_reason = ${reason}, updated_at = ${nowIso}
          where id = ${message.id} and status = 'queued' and attempts = ${message.attempts}`,
    );
    return "retry";
  }
  const reason = givingUp ? "Netzbetreiber über 3 Tage nicht erreichbar" : `Vom Netzbetreiber abgelehnt: ${result.message}`;
  const rows = await selectRows(
    db,
    sql`with failed as (
          update messages set status = 'undelivered', status_reason = ${reason}, final_at = ${nowIso}, claimed_until = null,
            carrier = ${carrierName}, updated_at = ${nowIso}
          where id = ${message.id} and status = 'queued' and attempts = ${message.attempts}
          returning id
        )
        insert into message_status_events (message_id, status, carrier_status, detail, received_at)
        select id, 'undelivered', ${result.code}, ${reason}, ${nowIso} from failed returning message_id`,
  );
  return rows.length > 0 ? "undelivered" : "lost-claim";
}
