import type { Database } from "../../db/client";
import { CSV_BOM, csvLine, guardFormula } from "../csv/excel-csv";
import { berlinDayString, formatBerlinDate, formatBerlinTime } from "../time/berlin";
import { listSentSms, type SentSmsRow } from "./sent-sms";
import type { SentSmsFilters } from "./sent-sms-filters";
import { STATUS_LABELS } from "./status";

// The CSV export of "Gesendete SMS" (the format rules: lib/csv/excel-csv.ts).

export const CSV_BATCH_SIZE = 1_000;
const ERASED = "gelöscht";

const COLUMNS: [heading: string, value: (row: SentSmsRow) => string][] = [
  ["Datum", (row) => formatBerlinDate(row.createdAt)],
  ["Uhrzeit", (row) => formatBerlinTime(row.createdAt)],
  // Recipients are our own E.164 numbers: nothing there can start like a formula.
  ["Empfänger", (row) => row.recipient ?? ERASED],
  ["Absender", (row) => guardFormula(row.sender)],
  ["Text", (row) => (row.text === null ? ERASED : guardFormula(row.text))],
  ["Teile", (row) => String(row.segments)],
  ["Zeichen", (row) => String(row.characters)],
  ["Kodierung", (row) => row.encoding],
  ["Status", (row) => STATUS_LABELS[row.status]],
  ["Status seit", (row) => (row.statusAt ? `${formatBerlinDate(row.statusAt)} ${formatBerlinTime(row.statusAt)}` : "")],
  ["Standort", (row) => guardFormula(row.locationName ?? "")],
  ["Referenz", (row) => guardFormula(row.clientReference ?? "")],
  ["Preis (EUR)", (row) => (row.priceCents / 100).toFixed(2).replace(".", ",")],
  // Test-key messages went to the simulator: nobody received them, nothing is billed.
  ["Test", (row) => (row.sandbox ? "Test" : "")],
  ["ID", (row) => row.id],
];

export const csvHeader = () => CSV_BOM + csvLine(COLUMNS.map(([heading]) => heading));

export const csvRow = (row: SentSmsRow) => csvLine(COLUMNS.map(([, value]) => value(row)));

/** "gesendete-sms-2026-08-19.csv", the day of the export in Germany. */
export function csvFileName(now = new Date()): string {
  return `gesendete-sms-${berlinDayString(now)}.csv`;
}

/**
 * The filtered list as a stream of CSV bytes, read batch by batch by keyset as the client takes
 * them: a 100,000-row export never holds more than one batch in memory, and a client that stops
 * reading stops the queries.
 */
export function streamSentSmsCsv(
  db: Database,
  practiceId: string,
  filters: SentSmsFilters,
  { batchSize = CSV_BATCH_SIZE }: { batchSize?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvHeader()));
          return;
        }
        const page = await listSentSms(db, practiceId, filters, { cursor, limit: batchSize });
        if (page.rows.length > 0) controller.enqueue(encoder.encode(page.rows.map(csvRow).join("")));
        if (!page.nextCursor) controller.close();
        cursor = page.nextCursor;
      },
    },
    // One chunk ahead is enough: the next batch is queried while the client reads this one.
    { highWaterMark: 1 },
  );
}
