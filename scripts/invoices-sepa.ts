// npm run --silent invoices:sepa -- --month 2026-10 [--again] > lastschriften.xml
// Writes the month's SEPA direct-debit file (pain.008.001.08) for the bank to stdout; what is
// not in it, and why, goes to stderr. Nothing to collect: stdout stays empty, exit code 0.
import { getDatabase } from "../db/client";
import { formatCents } from "../lib/billing/price-list";
import { resolveCreditorAccount } from "../lib/billing/sepa/creditor-account";
import { exportDirectDebits, MONTH_PATTERN } from "../lib/billing/sepa/export-debits";
import { env } from "../lib/env";
import { formatDay, formatMonth } from "../lib/statistics/calendar";
import { formatBerlinDate } from "../lib/time/berlin";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent invoices:sepa -- --month JJJJ-MM [--again] > lastschriften.xml

  Schreibt die Lastschriftdatei (SEPA-Basislastschrift, pain.008.001.08) mit allen offenen,
  nicht stornierten Rechnungen des Monats von Praxen mit Lastschriftmandat auf stdout.
  Rechnungen aus einer früheren Datei bleiben draußen; --again nimmt sie wieder auf (etwa wenn
  die Bank die Datei abgelehnt hat), mit demselben Sequenztyp.
  Exit-Code 0: fertig (auch wenn nichts einzuziehen ist: dann bleibt stdout leer),
  1: abgelehnt (Gläubigerdaten fehlen oder sind ungültig), 2: falscher Aufruf.`;

async function main(): Promise<number> {
  const { values } = readCommandLine(USAGE, {
    options: {
      month: { type: "string" },
      again: { type: "boolean", default: false },
    },
  });
  if (!values.month || !MONTH_PATTERN.test(values.month)) {
    console.error(`--month fehlt oder ist kein Monat (JJJJ-MM, z. B. 2026-10).\n${USAGE}`);
    return 2;
  }
  const creditor = resolveCreditorAccount(env);
  if (!creditor.ok) {
    console.error(`Keine Lastschriftdatei: unsere Gläubigerdaten sind nicht vollständig.\n${creditor.problems.map((p) => `  ${p}`).join("\n")}`);
    return 1;
  }

  const handle = await getDatabase();
  try {
    const month = values.month;
    const result = await exportDirectDebits(handle.db, { month, creditor: creditor.account, again: values.again });
    for (const invoice of result.withoutMandate) {
      const why = invoice.reason === "bank_transfer" ? "zahlt per Überweisung (Rechnung ohne Lastschrift)" : "kein gültiges Lastschriftmandat";
      console.error(`Ohne Lastschrift: ${invoice.number} ${invoice.practiceName} ${formatCents(invoice.grossCents)} – ${why}`);
    }
    for (const invoice of result.alreadyExported) {
      console.error(`Schon in einer Lastschriftdatei vom ${formatBerlinDate(invoice.exportedAt)}: ${invoice.number} ${invoice.practiceName} (erneut mit --again)`);
    }
    for (const invoice of result.mandateChanged) {
      console.error(`Hinweis: ${invoice.number} wird mit dem neuen Mandat ${invoice.currentMandate} eingezogen (Rechnung nennt ${invoice.invoiceMandate ?? "keins"}).`);
    }
    for (const invoice of result.lateCollections) {
      console.error(`Achtung: ${invoice.number} hat den Einzugstermin ${formatDay(invoice.collectionDate)}, der nicht mehr in der Zukunft liegt; die Bank lehnt ihn ab oder verschiebt ihn.`);
    }
    if (!result.xml) {
      console.error(`Nichts einzuziehen für ${formatMonth(month)}: keine Lastschriftdatei geschrieben.`);
      return 0;
    }
    process.stdout.write(`${result.xml}\n`);
    const total = result.debits.reduce((sum, debit) => sum + debit.amountCents, 0);
    const first = result.debits.filter((debit) => debit.sequenceType === "FRST").length;
    const dates = [...new Set(result.debits.map((debit) => formatDay(debit.collectionDate)))].join(", ");
    console.error(
      `Lastschriftdatei für ${formatMonth(month)}: ${result.debits.length} ${result.debits.length === 1 ? "Lastschrift" : "Lastschriften"} über ${formatCents(total)} (Erstlastschrift FRST ${first}, Folgelastschrift RCUR ${result.debits.length - first}), Einzug am ${dates}.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

runCommand(main);
