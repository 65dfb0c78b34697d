import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Carrier, HandedOverSms } from "../carriers/carrier";
import { describeError } from "../log-error";
import { recordReport } from "./record-report";

// Carriers sometimes never deliver a report. Some hours after the hand-over we ask the carrier
// what it knows about a message still without one, and record the answer as if the report had
// come; only what is still open after the last lookup reaches the 3-day timeout.

/** Hours after the hand-over at which a message still sent or buffered is looked up, once each. */
export const RECONCILE_AFTER_HOURS = [6, 48] as const;

const HOUR_MS = 60 * 60 * 1000;
const BATCH_SIZE = 100;
// Bounds one chore run; the rest waits for the next minute.
const MAX_BATCHES = 10;

export interface ReconcileResult {
  /** Messages looked up. */
  asked: number;
  /** Of those, how many changed status by what the carrier said. */
  applied: number;
}

/**
 * Looks up the messages of `carrier` that passed a lookup checkpoint since their last lookup.
 * `reconciled_checks` counts the checkpoints done; it is raised only after the answer is
 * recorded, so a lookup that fails is tried again at the next run. A carrier without
 * lookUpStatuses is skipped.
 */
export async function reconcileReports(db: Database, carrier: Carrier, now: Date): Promise<ReconcileResult> {
  const result: ReconcileResult = { asked: 0, applied: 0 };
  if (!carrier.lookUpStatuses) return result;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await findDueForLookup(db, carrier.name, now);
    if (due.length === 0) break;
    let reports;
    try {
      reports = await carrier.lookUpStatuses(due.map(({ id, carrierMessageId, handedOverAt }) => ({ id, carrierMessageId, handedOverAt })));
    } catch (error) {
      console.error(`[reconcile] ${carrier.name}: lookup failed, trying again at the next run:`, describeError(error));
      break;
    }
    const handedOver = new Set(due.map((message) => message.carrierMessageId));
    for (const report of reports) {
      // Only answers about what we asked, under the carrier's own name.
      if (!handedOver.has(report.carrierMessageId)) continue;
      if ((await recordReport(db, { ...report, carrier: carrier.name }, now)) === "applied") result.applied++;
    }
    await markLookedUp(db, due, now);
    result.asked += due.length;
    if (due.length < BATCH_SIZE) break;
  }
  return result;
}

/** How many checkpoints a message handed over at `handedOverAt` has passed by `now`. */
export function checkpointsPassed(handedOverAt: Date, now: Date): number {
  return RECONCILE_AFTER_HOURS.filter((hours) => now.getTime() - handedOverAt.getTime() >= hours * HOUR_MS).length;
}

interface DueMessage extends HandedOverSms {
  checks: number;
}

async function findDueForLookup(db: Database, carrierName: string, now: Date): Promise<DueMessage[]> {
  const passed = RECONCILE_AFTER_HOURS.map((hours, index) => {
    const before = new Date(now.getTime() - hours * HOUR_MS).toISOString();
    return sql`(reconciled_checks <= ${index} and handed_over_at <= ${before})`;
  });
  const rows = await selectRows<{ id: string; carrier_message_id: string; handed_over_at: string | Date; reconciled_checks: number }>(
    db,
    sql`select id, carrier_message_id, handed_over_at, reconciled_checks from messages
        where status in ('sent', 'buffered') and carrier = ${carrierName} and carrier_message_id is not null
          and handed_over_at <= ${new Date(now.getTime() - RECONCILE_AFTER_HOURS[0] * HOUR_MS).toISOString()}
          and (${sql.join(passed, sql` or `)})
        order by handed_over_at, id
        limit ${BATCH_SIZE}`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    carrierMessageId: row.carrier_message_id,
    handedOverAt: new Date(row.handed_over_at),
    checks: Number(row.reconciled_checks),
  }));
}

/** Every checkpoint passed counts as done: after a long pause one lookup stands for both. */
async function markLookedUp(db: Database, messages: DueMessage[], now: Date) {
  const values = messages.map((message) => sql`(${message.id}::uuid, ${checkpointsPassed(message.handedOverAt, now)}::smallint)`);
  await db.execute(
    sql`update messages m set reconciled_checks = done.checks
        from (values ${sql.join(values, sql`, `)}) as done(id, checks)
        where m.id = done.id and m.reconciled_checks < done.checks`,
  );
}
