import type { Activity } from "./activity";
import { formatDay, formatMonth } from "./calendar";
import { deliveryRate } from "./delivery-rate";

// For Excel in Germany: semicolons, a byte-order mark so umlauts survive, CRLF line ends.

export const ACTIVITY_CSV_VIEWS = ["tage", "monate", "standorte"] as const;
export type ActivityCsvView = (typeof ACTIVITY_CSV_VIEWS)[number];

const BOM = "\uFEFF";

function escapeField(value: string | number): string {
  // A location name starting like a formula would run as one in a spreadsheet.
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** "97,5" — a percentage without the sign, as spreadsheets read it; empty without outcomes. */
function rateField(rate: number | null): string {
  return rate === null ? "" : (rate * 100).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Rows of fields to a German CSV document. */
export function toCsv(rows: (string | number)[][]): string {
  return BOM + rows.map((row) => row.map(escapeField).join(";")).join("\r\n") + "\r\n";
}

/** The statistics of one view as CSV, with German column names. */
export function activityCsv(activity: Activity, view: ActivityCsvView): string {
  switch (view) {
    case "tage":
      return toCsv([
        ["Tag", "SMS", "SMS-Teile", "Zugestellt", "Nicht ausgeliefert", "Ohne abschließenden Status", "Zustellquote (%)"],
        ...activity.days.map((d) => [formatDay(d.day), d.messages, d.parts, d.delivered, d.undelivered, d.open, rateField(deliveryRate(d))]),
      ]);
    case "monate":
      return toCsv([["Monat", "SMS", "SMS-Teile"], ...activity.months.map((m) => [formatMonth(m.month), m.messages, m.parts])]);
    case "standorte":
      return toCsv([
        ["Standort", "Kürzel", "SMS", "SMS-Teile"],
        ...activity.locations.map((l) => [l.location?.name ?? "Ohne Standort", l.location?.code ?? "", l.messages, l.parts]),
      ]);
  }
}

/** "praxisbote-statistik-tage-2026-11-27.csv". */
export function activityCsvFileName(view: ActivityCsvView, today: string): string {
  return `praxisbote-statistik-${view}-${today}.csv`;
}
