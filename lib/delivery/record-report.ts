import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { CarrierReport } from "../carriers/carrier";
import { FINAL_STATUSES, statusesBefore } from "../messages/status";
import { insertStatusEvents, moveMessageStatus } from "../messages/status-transition";
import { DELIVERY_DEADLINE_MS, LATE_REPORT_DETAIL, TIMEOUT_REASON } from "./deadline";

/** A report as it travels in an Inngest event: the carrier's time as an ISO string. */
export type ReportPayload = Omit<CarrierReport, "carrierTime"> & { carrierTime?: string | null };

export type ReportOutcome = "applied" | "late-after-timeout" | "ignored" | "unknown-message";

/**
 * Applies a carrier report. The status only moves forward, by a conditional UPDATE, so a
 * repeated, late or out-of-order report changes nothing. A final report arriving after our
 * 3-day timeout is still kept in the history; the message stays billed as it was.
 */
export async function recordReport(db: Database, report: CarrierReport | ReportPayload, now = new Date()): Promise<ReportOutcome> {
  const carrierTime = report.carrierTime ? new Date(report.carrierTime) : null;
  const allowedFrom = statusesBefore(report.status);
  const isFinal = FINAL_STATUSES.has(report.status);
  const rows = await selectRows<{ outcome: string }>(
    db,
    sql`with target as (
          select id, status, status_reason from messages
          where carrier = ${report.carrier} and carrier_message_id = ${report.carrierMessageId}
          limit 1
        ), ${moveMessageStatus({
          to: report.status,
          reason: report.status === "undelivered" ? `Netzbetreiber meldet ${report.carrierStatus}` : null,
          from: sql`target`,
          where: sql`m.id = target.id and target.status in (${sql.join(allowedFrom.map((s) => sql`${s}::message_status`), sql`, `)})`,
          carrierStatus: report.carrierStatus,
          carrierTime,
          now,
        })}, late as (
          select target.id from target
          where not exists (select 1 from moved) and ${isFinal}::boolean and target.status = 'undelivered' and target.status_reason = ${TIMEOUT_REASON}
            and not exists (
              select 1 from message_status_events e
              where e.message_id = target.id and e.status = ${report.status}::message_status and e.carrier_status = ${report.carrierStatus}
            )
        ), ${insertStatusEvents("late", report.status, now, { carrierStatus: report.carrierStatus, detail: LATE_REPORT_DETAIL, carrierTime })}
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
  const handedOverBefore = new Date(now.getTime() - DELIVERY_DEADLINE_MS).toISOString();
  const rows = await selectRows(
    db,
    sql`with ${moveMessageStatus({
      to: "undelivered",
      reason: TIMEOUT_REASON,
      where: sql`status in ('sent', 'buffered') and ${messageId ? sql`id = ${messageId}` : sql`handed_over_at < ${handedOverBefore}`}`,
      detail: TIMEOUT_REASON,
      now,
    })} select id from moved`,
  );
  return rows.length;
}
