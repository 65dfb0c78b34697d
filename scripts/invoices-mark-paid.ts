// npm run --silent invoices:mark-paid -- 2026-000123 [2026-000124 …]
// Books invoices as paid (the bank statement shows the money). Marking one twice changes nothing.
import { getDatabase } from "../db/client";
import { INVOICE_NUMBER_PATTERN, markInvoicesPaid } from "../lib/billing/mark-paid";
import { formatBerlinDate } from "../lib/time/berlin";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent invoices:mark-paid -- 2026-000123 [2026-000124 …]

  Markiert Rechnungen als bezahlt. Exit-Code 0: alle genannten sind jetzt bezahlt (auch schon
  vorher bezahlte), 1: eine Nummer gibt es nicht oder sie ist eine Stornorechnung bzw. storniert,
  2: falscher Aufruf.`;

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, { allowPositionals: true, options: {} });
  const numbers = parsed.positionals.map((number) => number.trim());
  if (numbers.length === 0) {
    console.error(`Es fehlt mindestens eine Rechnungsnummer.\n${USAGE}`);
    return 2;
  }
  const malformed = numbers.filter((number) => !INVOICE_NUMBER_PATTERN.test(number));
  if (malformed.length > 0) {
    console.error(`Keine Rechnungsnummer (JJJJ-NNNNNN, z. B. 2026-000123): ${malformed.join(", ")}`);
    return 2;
  }

  const handle = await getDatabase();
  try {
    const result = await markInvoicesPaid(handle.db, numbers);
    for (const number of result.paid) console.log(`Rechnung ${number} als bezahlt markiert.`);
    for (const { number, paidAt } of result.alreadyPaid) console.log(`Rechnung ${number} war schon am ${formatBerlinDate(paidAt)} bezahlt.`);
    for (const number of result.unknown) console.error(`Rechnung ${number} gibt es nicht.`);
    for (const { number, reason } of result.refused) {
      console.error(reason === "cancellation" ? `${number} ist eine Stornorechnung: Da gibt es nichts zu bezahlen.` : `Rechnung ${number} ist storniert: nicht als bezahlt markiert.`);
    }
    return result.unknown.length + result.refused.length > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

runCommand(main);
