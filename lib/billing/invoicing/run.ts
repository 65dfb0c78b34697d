import { sql } from "drizzle-orm";
import { selectRows } from "../../../db/rows";
import { describeError } from "../../log-error";
import { deliverInvoice } from "./deliver";
import type { InvoicingDeps } from "./deps";
import { issueMonthlyInvoice, type IssueOptions, type IssueOutcome } from "./issue";
import { monthBounds, type BillingMonth } from "./month";

export type PracticeResult = IssueOutcome & { practiceId: string; emailed?: boolean };

export type RunResult = PracticeResult | { practiceId: string; outcome: "failed"; error: string };

/**
 * Practices that may owe something for the month: trial over before its end, sign-up confirmed.
 * `onlyMissing` leaves out those that have the month's invoice already (the hourly local run).
 */
export async function practicesToInvoice(deps: Pick<InvoicingDeps, "db">, month: BillingMonth, { onlyMissing = false } = {}): Promise<string[]> {
  const { end, periodStart } = monthBounds(month);
  const missing = onlyMissing
    ? sql`and not exists (select 1 from invoices i where i.practice_id = p.id and i.kind = 'invoice' and i.period_start = ${periodStart})`
    : sql``;
  const rows = await selectRows<{ id: string }>(
    deps.db,
    sql`select p.id from practices p
        where p.trial_ends_at < ${end.toISOString()} and p.email_confirmed_at is not null ${missing}
        order by p.created_at, p.id`,
  );
  return rows.map((row) => row.id);
}

/** Issues (once) and delivers (once) one practice's invoice for the month. */
export async function invoicePractice(deps: InvoicingDeps, practiceId: string, month: BillingMonth, options: IssueOptions = {}): Promise<PracticeResult> {
  const issued = await issueMonthlyInvoice(deps, practiceId, month, options);
  if (issued.outcome === "nothing") return { practiceId, ...issued };
  const delivery = await deliverInvoice(deps, issued.invoiceId);
  return { practiceId, ...issued, emailed: delivery.emailed };
}

/**
 * The month's invoices of every practice (or one): what the local chores and operators run.
 * A practice that fails is reported and does not stop the others; running again is harmless.
 */
export async function runMonthlyInvoicing(
  deps: InvoicingDeps,
  month: BillingMonth,
  options: IssueOptions & { practiceId?: string; onlyMissing?: boolean } = {},
): Promise<RunResult[]> {
  const practiceIds = options.practiceId ? [options.practiceId] : await practicesToInvoice(deps, month, options);
  const results: RunResult[] = [];
  for (const practiceId of practiceIds) {
    try {
      results.push(await invoicePractice(deps, practiceId, month, options));
    } catch (error) {
      if (options.practiceId) throw error;
      results.push({ practiceId, outcome: "failed", error: describeError(error as Error) });
    }
  }
  return results;
}

/** Every invoice or cancellation stored but not yet e-mailed (a crash, a mail outage): delivered now. */
export async function deliverPendingInvoices(deps: InvoicingDeps, { minAgeMs = 0 } = {}): Promise<string[]> {
  // A minimum age leaves invoices alone whose own run may still be delivering them.
  const oldEnough = minAgeMs > 0 ? sql`and created_at <= ${new Date(deps.now().getTime() - minAgeMs).toISOString()}` : sql``;
  const rows = await selectRows<{ id: string }>(deps.db, sql`select id from invoices where emailed_at is null ${oldEnough} order by created_at limit 100`);
  const sent: string[] = [];
  for (const row of rows) {
    try {
      const outcome = await deliverInvoice(deps, row.id);
      if (outcome.emailed) sent.push(outcome.number);
    } catch (error) {
      // Tried again on the next run; one undeliverable invoice does not hold up the others.
      console.error(`[invoicing] Rechnung ${row.id} nicht zugestellt:`, describeError(error));
    }
  }
  return sent;
}
