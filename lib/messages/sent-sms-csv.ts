import type { Database } from "../../db/client";
import { berlinDayString, formatBerlinDate, formatBerlinTime } from "../time/berlin";
import { listSentSms, type SentSmsRow } from "./sent-sms";
import type { SentSmsFilters } from "./sent-sms-filters";
import { STATUS_LABELS } from "./status";

// The CSV export of "Gesendete SMS", as German Excel opens it by double-click: UTF-8 with a
// byte order mark (without it Excel reads Windows-1252 and garbles umlauts), `;` between values
// (the list separator where the decimal mark is a comma) and CRLF line ends (RFC 4180).

export const CSV_BATCH_SIZE = 1_000;
const BOM = "\uFEFF";
const ERASED = "gelöscht";

const COLUMNS: [heading: string, value: (row: SentSmsRow) => string][] = [
  ["Datum", (row) => formatBerlinDate(row.createdAt)],
  ["Uhrzeit", (row) => formatBerlinTime(row.createdAt)],
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
  ["ID", (row) => row.id],
];

/**
 * Texts, references and names come from patients' PVS entries: one that starts like a formula
 * would run as one in Excel (CSV injection), so it gets a leading apostrophe. Recipients are
 * our own E.164 numbers and stay as they are.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One value, always quoted: quotes doubled, so `;`, quotes and line breaks inside stay one value. */
export function csvValue(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(values: string[]): string {
  return `${values.map(csvValue).join(";")}\r\n`;
}

export const csvHeader = () => BOM + csvLine(COLUMNS.map(([heading]) => heading));

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
