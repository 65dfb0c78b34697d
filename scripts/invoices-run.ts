// npm run --silent invoices:run -- --month 2026-10 [--practice <id>] [--reissue]
// Issues the month's invoices (once), stores PDF and XML, and e-mails them (once). Safe to repeat.
import { inArray } from "drizzle-orm";
import { getDatabase } from "../db/client";
import { invoices, practices } from "../db/schema";
import { invoicingDeps } from "../lib/billing/invoicing/default-deps";
import { monthName, parseBillingMonth, previousBerlinMonth } from "../lib/billing/invoicing/month";
import { deliverPendingInvoices, runMonthlyInvoicing } from "../lib/billing/invoicing/run";
import { formatCents } from "../lib/billing/price-list";
import { getRuntime } from "../lib/delivery/runtime";
import { exitCodeOfRefusal, readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent invoices:run -- --month 2026-10                  Rechnungen aller Praxen für Oktober 2026
  npm run --silent invoices:run -- --month 2026-10 --practice <id>  nur für eine Praxis
  npm run --silent invoices:run -- --month 2026-10 --practice <id> --reissue
                                                                    nach einer Stornierung neu ausstellen
Ohne --month: der Vormonat. Schon ausgestellte und verschickte Rechnungen bleiben, wie sie sind.`;

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, {
    options: {
      month: { type: "string" },
      practice: { type: "string" },
      reissue: { type: "boolean", default: false },
    },
  });
  if (parsed.values.reissue && !parsed.values.practice) {
    console.error(`--reissue geht nur zusammen mit --practice.\n${USAGE}`);
    return 2;
  }
  let month;
  try {
    month = parsed.values.month ? parseBillingMonth(parsed.values.month) : previousBerlinMonth(new Date());
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    const deps = invoicingDeps(handle.db, getRuntime().mailer);
    const results = await runMonthlyInvoicing(deps, month, { practiceId: parsed.values.practice, reissue: parsed.values.reissue });

    const names = new Map(
      results.length === 0
        ? []
        : (await handle.db.select({ id: practices.id, name: practices.name }).from(practices).where(inArray(practices.id, results.map((r) => r.practiceId)))).map((p) => [p.id, p.name]),
    );
    const numbers = results.flatMap((r) => ("number" in r ? [r.number] : []));
    const issued = new Map(
      numbers.length === 0
        ? []
        : (await handle.db.select({ number: invoices.number, gross: invoices.grossCents, to: invoices.billingEmail }).from(invoices).where(inArray(invoices.number, numbers))).map((i) => [i.number, i]),
    );
    const counts = { issued: 0, existing: 0, nothing: 0, failed: 0 };
    for (const result of results) {
      counts[result.outcome]++;
      const practice = `${names.get(result.practiceId) ?? "?"} (${result.practiceId})`;
      if (result.outcome === "failed") {
        console.error(`FEHLER ${practice}: ${result.error}`);
      } else if (result.outcome === "nothing") {
        console.log(`Keine Rechnung für ${practice}: ${result.reason}`);
      } else {
        const invoice = issued.get(result.number)!;
        const mail = result.emailed ? `per E-Mail an ${invoice.to} geschickt` : "E-Mail war schon verschickt";
        const verb = result.outcome === "issued" ? "ausgestellt" : "gab es schon";
        console.log(`Rechnung ${result.number} ${verb} für ${practice}: ${formatCents(invoice.gross)} brutto, ${mail}.`);
      }
    }
    // Whatever else still owes its e-mail (a cancellation whose mail failed, a crash): sent now.
    for (const number of await deliverPendingInvoices(deps)) console.log(`Rechnung ${number} per E-Mail nachgesendet.`);
    console.log(`${monthName(month)}: ${counts.issued} ausgestellt, ${counts.existing} schon vorhanden, ${counts.nothing} ohne Rechnung, ${counts.failed} fehlgeschlagen.`);
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    return exitCodeOfRefusal(error);
  } finally {
    await handle.close();
  }
}

runCommand(main);
