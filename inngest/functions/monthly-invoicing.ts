import { cron } from "inngest";
import { deliverInvoice } from "../../lib/billing/invoicing/deliver";
import { issueMonthlyInvoice } from "../../lib/billing/invoicing/issue";
import { monthKey, parseBillingMonth, previousBerlinMonth } from "../../lib/billing/invoicing/month";
import { hasPendingInvoices, realInvoicingDeps, type MakeInvoicingDeps } from "../../lib/billing/invoicing/local";
import { deliverPendingInvoices, practicesToInvoice } from "../../lib/billing/invoicing/run";
import { inngest } from "../client";
import { runtimeDeps, type FunctionDeps } from "../deps";
import { invoiceRequested } from "../events";

/**
 * On the 1st of every month at 03:00 Berlin time: one billing/invoice.requested per practice
 * that may owe something for the month before. The event ids make a repeated run harmless.
 */
export function createMonthlyInvoicing(deps: FunctionDeps = runtimeDeps, now: () => Date = () => new Date()) {
  return inngest.createFunction(
    { id: "monthly-invoicing", triggers: [cron("TZ=Europe/Berlin 0 3 1 * *")] },
    async ({ step }) => {
      const { month, practiceIds } = await step.run("list-practices", async () => {
        const month = previousBerlinMonth(now());
        return { month: monthKey(month), practiceIds: await practicesToInvoice({ db: await deps.db() }, month) };
      });
      if (practiceIds.length > 0) {
        await step.sendEvent(
          "fan-out",
          practiceIds.map((practiceId) => invoiceRequested.create({ practiceId, month }, { id: `invoice-${practiceId}-${month}` })),
        );
      }
      return { month, practices: practiceIds.length };
    },
  );
}

/** One practice's invoice: issued once (its own step), then rendered, stored and e-mailed once. */
export function createInvoicePractice(deps: FunctionDeps = runtimeDeps, makeInvoicingDeps: MakeInvoicingDeps = realInvoicingDeps) {
  return inngest.createFunction(
    // A few at a time: each renders a PDF, and the numbers are taken one after another anyway.
    { id: "invoice-practice", triggers: [invoiceRequested], concurrency: { limit: 4 } },
    async ({ event, step }) => {
      const { practiceId } = event.data;
      const month = parseBillingMonth(event.data.month);
      const invoicing = async () => makeInvoicingDeps(await deps.db(), deps.mailer());
      const issued = await step.run("issue", async () => issueMonthlyInvoice(await invoicing(), practiceId, month));
      if (issued.outcome === "nothing") return { practiceId, month: event.data.month, ...issued };
      // Its own step: a failed e-mail is retried without touching the stored invoice.
      const delivered = await step.run("deliver", async () => deliverInvoice(await invoicing(), issued.invoiceId));
      return { practiceId, month: event.data.month, ...issued, emailed: delivered.emailed };
    },
  );
}

/**
 * Hourly: any invoice or cancellation stored but not e-mailed after its run gave up (a long mail
 * outage) or issued by an operator whose e-mail failed. Usually finds nothing.
 */
export function createDeliverPendingInvoices(deps: FunctionDeps = runtimeDeps, makeInvoicingDeps: MakeInvoicingDeps = realInvoicingDeps) {
  return inngest.createFunction(
    { id: "deliver-pending-invoices", triggers: [cron("TZ=Europe/Berlin 17 * * * *")], concurrency: { limit: 1 } },
    async ({ step }) =>
      step.run("deliver-pending", async () => {
        const db = await deps.db();
        if (!(await hasPendingInvoices(db))) return { sent: [] as string[] };
        // Half an hour old at least: younger ones are still in their own run (and its retries).
        return { sent: await deliverPendingInvoices(await makeInvoicingDeps(db, deps.mailer()), { minAgeMs: 30 * 60_000 }) };
      }),
  );
}

export const monthlyInvoicing = createMonthlyInvoicing();
export const deliverPendingInvoicesHourly = createDeliverPendingInvoices();
export const invoicePractice = createInvoicePractice();
