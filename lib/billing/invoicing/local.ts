import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { selectRows } from "../../../db/rows";
import type { Mailer } from "../../email/mailer";
import type { InvoicingDeps } from "./deps";
import { previousBerlinMonth } from "./month";
import { deliverPendingInvoices, practicesToInvoice, runMonthlyInvoicing } from "./run";

export type MakeInvoicingDeps = (db: Database, mailer: Mailer) => Promise<InvoicingDeps>;

// Loaded on first use: the PDF renderer is heavy and only invoicing needs it.
export const realInvoicingDeps: MakeInvoicingDeps = async (db, mailer) => (await import("./default-deps")).invoicingDeps(db, mailer);

/** Whether some invoice still owes its e-mail (one cheap query before loading the renderers). */
export async function hasPendingInvoices(db: Database): Promise<boolean> {
  const rows = await selectRows<{ one: number }>(db, sql`select 1 as one from invoices where emailed_at is null limit 1`);
  return rows.length > 0;
}

/**
 * Without Inngest the local driver runs this from its chores (hourly): the previous month's
 * invoices of practices that have none yet, then any invoice whose e-mail is still owed. From
 * the 1st on, so a server that was down that night catches up; every run after is a no-op.
 */
export async function runDueInvoicing(db: Database, mailer: Mailer, now = new Date(), makeDeps: MakeInvoicingDeps = realInvoicingDeps) {
  const month = previousBerlinMonth(now);
  const missing = await practicesToInvoice({ db }, month, { onlyMissing: true });
  // Nothing to do (the usual case): the renderers are not even loaded.
  if (missing.length === 0 && !(await hasPendingInvoices(db))) return { results: [], sent: [] };

  const deps = { ...(await makeDeps(db, mailer)), now: () => now };
  const results = await runMonthlyInvoicing(deps, month, { onlyMissing: true });
  for (const result of results) {
    if (result.outcome === "issued") console.log(`[invoicing] Rechnung ${result.number} ausgestellt.`);
    if (result.outcome === "failed") console.error(`[invoicing] Rechnung für Praxis ${result.practiceId} fehlgeschlagen: ${result.error}`);
  }
  const sent = await deliverPendingInvoices(deps);
  return { results, sent };
}
