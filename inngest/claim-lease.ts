import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { selectRows } from "../db/rows";
import { CLAIM_LEASE_MS } from "../lib/delivery/claim";
import { TIMEOUT_REASON } from "../lib/delivery/record-report";

// Two small conditional updates the durable delivery run needs on top of lib/delivery.
// (They would sit well in lib/delivery/claim.ts and record-report.ts.)

/**
 * Confirms that a claim taken earlier in this run is still ours and extends its lease, in one
 * conditional UPDATE. Every claim increments `attempts`, so it doubles as a fencing token: if
 * the minute sweep claimed the message meanwhile (our lease ran out while Inngest waited to
 * retry), the count moved on and this matches nothing, so the run steps aside instead of
 * submitting alongside the sweep. An unchanged count means nobody else touched the claim.
 */
export async function renewClaim(db: Database, messageId: string, attempts: number, now = new Date()): Promise<boolean> {
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
  const rows = await selectRows(
    db,
    sql`update messages set claimed_until = ${lease}
        where id = ${messageId} and status = 'queued' and attempts = ${attempts}
        returning id`,
  );
  return rows.length > 0;
}

/**
 * The 3-day timeout for one message whose wait for a final report ran out: the same update
 * as expireUnreportedMessages, limited to this message. A report that arrived meanwhile
 * already moved it on, and then nothing changes. Returns whether it expired.
 */
export async function expireUnreportedMessage(db: Database, messageId: string, now = new Date()): Promise<boolean> {
  const nowIso = now.toISOString();
  const rows = await selectRows(
    db,
    sql`with expired as (
          update messages set status = 'undelivered', status_reason = ${TIMEOUT_REASON}, final_at = ${nowIso}, updated_at = ${nowIso}
          where id = ${messageId} and status in ('sent', 'buffered')
          returning id
        )
        insert into message_status_events (message_id, status, detail, received_at)
        select id, 'undelivered', ${TIMEOUT_REASON}, ${nowIso} from expired returning message_id`,
  );
  return rows.length > 0;
}
