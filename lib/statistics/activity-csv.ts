import { CSV_BOM, csvLine, guardFormula, quoteWhenNeeded } from "../csv/excel-csv";
import type { Activity } from "./activity";
import { formatDay, formatMonth } from "./calendar";
import { deliveryRate } from "./delivery-rate";

// The statistics as CSV (the format rules: lib/csv/excel-csv.ts).

export const ACTIVITY_CSV_VIEWS = ["tage", "monate", "standorte"] as const;
export type ActivityCsvView = (typeof ACTIVITY_CSV_VIEWS)[number];

// Numbers are ours; only names can start like a formula.
const field = (value: string | number): string => (typeof value === "string" ? guardFormula(value) : String(value));

/** "97,5" — a percentage without the sign, as spreadsheets read it; empty without outcomes. */
function rateField(rate: number | null): string {
  return rate === null ? "" : (rate * 100).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

const OUTCOME_COLUMNS = ["SMS", "SMS-Teile", "Zugestellt", "Nicht ausgeliefert", "Ohne abschließenden Status", "Zustellquote (%)"];

/** Rows of fields to a German CSV document. */
export function toCsv(rows: (string | number)[][]): string {
  return CSV_BOM + rows.map((row) => csvLine(row.map(field), quoteWhenNeeded)).join("");
}

/** The statistics of one view as CSV, with German column names. */
export function activityCsv(activity: Activity, view: ActivityCsvView): string {
  switch (view) {
    case "tage":
      return toCsv([
        ["Tag", ...OUTCOME_COLUMNS],
        ...activity.days.map((d) => [formatDay(d.day), d.messages, d.parts, d.delivered, d.undelivered, d.open, rateField(deliveryRate(d))]),
      ]);
    case "monate":
      return toCsv([
        ["Monat", ...OUTCOME_COLUMNS],
        ...activity.months.map((m) => [formatMonth(m.month), m.messages, m.parts, m.delivered, m.undelivered, m.open, rateField(deliveryRate(m))]),
      ]);
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
