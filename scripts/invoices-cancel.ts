// npm run --silent invoices:cancel -- 2026-000123 --reason "…"
// Issues a cancellation (Stornorechnung) for an invoice, stores its PDF and XML and e-mails it.
import { eq } from "drizzle-orm";
import { getDatabase } from "../db/client";
import { invoices } from "../db/schema";
import { cancelInvoice } from "../lib/billing/invoicing/cancel";
import { invoicingDeps } from "../lib/billing/invoicing/default-deps";
import { deliverInvoice } from "../lib/billing/invoicing/deliver";
import { formatCents } from "../lib/billing/price-list";
import { getRuntime } from "../lib/delivery/runtime";
import { exitCodeOfRefusal, readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent invoices:cancel -- 2026-000123 --reason "Grund"   Rechnung stornieren (Stornorechnung mit eigener Nummer)`;

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, { allowPositionals: true, options: { reason: { type: "string" } } });
  if (parsed.positionals.length !== 1 || !parsed.values.reason) {
    console.error(`Bitte genau eine Rechnungsnummer und --reason angeben.\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    const deps = invoicingDeps(handle.db, getRuntime().mailer);
    const cancelled = await cancelInvoice(deps, parsed.positionals[0], parsed.values.reason);
    const [row] = await handle.db.select({ gross: invoices.grossCents, to: invoices.billingEmail }).from(invoices).where(eq(invoices.id, cancelled.invoiceId));
    console.log(`Stornorechnung ${cancelled.number} zu Rechnung ${cancelled.cancels} ausgestellt: ${formatCents(row.gross)} brutto.`);
    // Stored already: should the e-mail fail now, invoices:run or the chores send it later.
    await deliverInvoice(deps, cancelled.invoiceId);
    console.log(`Per E-Mail an ${row.to} geschickt.`);
    return 0;
  } catch (error) {
    return exitCodeOfRefusal(error);
  } finally {
    await handle.close();
  }
}

runCommand(main);
