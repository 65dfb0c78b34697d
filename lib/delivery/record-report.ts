import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { CarrierReport } from "../carriers/carrier";
import { FINAL_STATUSES, statusesBefore } from "../messages/status";

export const TIMEOUT_REASON = "Keine abschließende Rückmeldung innerhalb von 3 Tagen";

export type ReportOutcome = "applied" | "late-after-timeout" | "ignored" | "unknown-message";

/**
 * Applies a carrier report. The status only moves forward, by a conditional UPDATE, so a
 * repeated, late or out-of-order report changes nothing. A final report arriving after our
 * 3-day timeout is still kept in the history; the message stays billed as it was.
 */
export async function recordReport(db: Database, report: CarrierReport, now = new Date()): Promise<ReportOutcome> {
  const nowIso = now.toISOString();
  const allowedFrom = statusesBefore(report.status);
  const isFinal = FINAL_STATUSES.has(report.status);
  const rows = await selectRows<{ outcome: string }>(
    db,
    sql`with target as (
          select id, status, status_reason from messages
          where carrier = ${report.carrier} and carrier_message_id = ${report.carrierMessageId}
          limit 1
        ), moved as (
          update messages m set status = ${report.status}::message_status, updated_at = ${nowIso},
            final_at = case when ${isFinal}::boolean then ${nowIso}::timestamptz else m.final_at end,
            status_reason = case when ${report.status} = 'undelivered' then ${`Netzbetreiber meldet ${report.carrierStatus}`} else null end
          from target where m.id = target.id
            and target.status in (${sql.join(allowedFrom.map((s) => sql`${s}::message_status`), sql`, `)})
          returning m.id
        ), late as (
          select target.id from target
          where not exists (select 1 from moved) and ${isFinal}::boolean and target.status = 'undelivered' and target.status_reason = ${TIMEOUT_REASON}
            and not exists (
              select 1 from message_status_events e
              where e.message_id = target.id and e.status = ${report.status}::message_status and e.carrier_status = ${report.carrierStatus}
            )
        ), event as (
          insert into message_status_events (message_id, status, carrier_status, detail, received_at)
          select id, ${report.status}::message_status, ${report.carrierStatus}::text, null::text, ${nowIso}::timestamptz from moved
          union all
          select id, ${report.status}::message_status, ${report.carrierStatus}::text, 'nach Ablauf der 3 Tage empfangen, Status bleibt', ${nowIso}::timestamptz from late
        )
        select case
          when exists (select 1 from moved) then 'applied'
          when exists (select 1 from late) then 'late-after-timeout'
          when exists (select 1 from target) then 'ignored'
          else 'unknown-message' end as outcome`,
  );
  const outcome = rows[0].outcome as ReportOutcome;
  if (outcome === "ignored" || outcome === "unknown-message") {
    console.info(`[reports] ${outcome}: ${report.carrier} ${report.carrierMessageId} ${report.carrierStatus}`);
  }
  return outcome;
}

/**
 * Messages handed over three days ago without a final report become "nicht ausgeliefert".
 * With a message id only that message is expired, at once: a durable delivery run whose
 * 3-day wait for the final report timed out (Inngest's timer is the deadline then).
 */
export async function expireUnreportedMessages(db: Database, now = new Date(), messageId?: string): Promise<number> {
  const nowIso = now.toISOString();
  const deadline = new Date(now.getTime() - 3 * 24 * 60 * 60 * 1000).toISOString();
  const rows = await selectRows(
    db,
    sql`with expired as (
          update messages set status = 'undelivered', status_reason = ${TIMEOUT_REASON}, final_at = ${nowIso}, updated_at = ${nowIso}
          where status in ('sent', 'buffered')
            and ${messageId ? sql`id = ${messageId}` : sql`handed_over_at < ${deadline}`}
          returning id
        )
        insert into message_status_events (message_id, status, detail, received_at)
        select id, 'undelivered', ${TIMEOUT_REASON}, ${nowIso} from expired returning message_id`,
  );
  return rows.length;
}
