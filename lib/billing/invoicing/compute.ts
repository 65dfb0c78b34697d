import type { InvoiceLine, InvoiceTax, LocationStatement } from "../invoice-document";
import { formatCents, PRICE_LIST } from "../price-list";
import { lastFreeDay } from "../trial";
import { monthBounds, monthName, type BillingMonth } from "./month";
import { taxFor } from "./tax";

// What a practice owes for one month, as a pure function of what the database says.
//
// The rules (README, "Abrechnung"):
// - A message is billed in the Berlin month it was accepted (created_at), whatever its final
//   status, unless it was cancelled before hand-over; requests we rejected were never stored.
//   The amount is the price stored with the message: what the API told the PVS at acceptance.
// - The trial ends at practices.trial_ends_at (normally the start of a month, lib/billing/trial.ts).
//   Messages accepted before it are free. The base fee and the reply-number fee are charged for
//   months that start at or after the trial end: a trial ending mid-month (set by an operator)
//   makes that month's parts billable from the trial end on, but not its monthly fees.
// - A month entirely within the trial, or with nothing to bill, gets no invoice at all.
// - A month after the trial without messages still bills the base fee.

/** Billed messages of one location (null: without location) at one unit price. */
export interface UsageRow {
  locationId: string | null;
  messages: number;
  parts: number;
  unitPriceCents: number;
  amountCents: number;
}

export interface PracticeLocation {
  id: string;
  code: string;
  name: string;
}

export interface InvoiceInput {
  month: BillingMonth;
  trialEndsAt: Date;
  /** Only messages accepted in the billable window (see billableWindow). */
  usage: UsageRow[];
  /** The practice's locations; none: no statements. */
  locations: PracticeLocation[];
  /** Reply numbers the practice held at some time in the month. */
  replyNumbers: string[];
  country: string;
  vatId: string | null;
}

export interface InvoiceComputation {
  lines: InvoiceLine[];
  statements: LocationStatement[];
  netCents: number;
  tax: InvoiceTax;
  grossCents: number;
  notes: string[];
}

/** Which part of the month is billed: messages from `from` on, and whether the monthly fees apply. Null: all trial. */
export function billableWindow(month: BillingMonth, trialEndsAt: Date): { from: Date; to: Date; monthlyFees: boolean } | null {
  const { start, end } = monthBounds(month);
  if (trialEndsAt.getTime() >= end.getTime()) return null;
  return {
    from: trialEndsAt.getTime() > start.getTime() ? trialEndsAt : start,
    to: end,
    monthlyFees: trialEndsAt.getTime() <= start.getTime(),
  };
}

/** The month's invoice, or null when there is nothing to invoice. */
export function computeInvoice(input: InvoiceInput): InvoiceComputation | null {
  const window = billableWindow(input.month, input.trialEndsAt);
  if (!window) return null;
  const lines: Omit<InvoiceLine, "position">[] = [];
  if (window.monthlyFees) {
    lines.push({
      kind: "base_fee",
      description: `Grundgebühr ${monthName(input.month)}`,
      quantity: 1,
      unitCode: "MON",
      unitPriceCents: PRICE_LIST.baseFeeCents,
      totalCents: PRICE_LIST.baseFeeCents,
    });
  }
  const byUnitPrice = new Map<number, { parts: number; amountCents: number }>();
  for (const row of input.usage) {
    const sum = byUnitPrice.get(row.unitPriceCents) ?? { parts: 0, amountCents: 0 };
    byUnitPrice.set(row.unitPriceCents, { parts: sum.parts + row.parts, amountCents: sum.amountCents + row.amountCents });
  }
  const unitPrices = [...byUnitPrice.keys()].sort((a, b) => a - b);
  for (const unitPriceCents of unitPrices) {
    const { parts } = byUnitPrice.get(unitPriceCents)!;
    if (parts === 0) continue;
    // Normally one line; a price change within the month gives one line per price.
    const description = unitPrices.length > 1 ? `SMS-Teile zu ${formatCents(unitPriceCents)}` : "SMS-Teile";
    lines.push({ kind: "sms_parts", description, quantity: parts, unitCode: "H87", unitPriceCents, totalCents: parts * unitPriceCents });
  }
  if (window.monthlyFees && input.replyNumbers.length > 0) {
    // One fee per month, even if the practice switched numbers within it.
    lines.push({
      kind: "reply_number",
      description: `Antwortnummer ${[...input.replyNumbers].sort().join(", ")} (${monthName(input.month)})`,
      quantity: 1,
      unitCode: "MON",
      unitPriceCents: PRICE_LIST.replyNumberCents,
      totalCents: PRICE_LIST.replyNumberCents,
    });
  }
  if (lines.length === 0) return null;

  const netCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const tax = taxFor(input.country, input.vatId, netCents);
  const notes: string[] = [];
  if (!window.monthlyFees) {
    notes.push(
      `Ihr kostenloser Testzeitraum lief bis einschließlich ${lastFreeDay(input.trialEndsAt)}: Berechnet sind nur SMS, die ab dem Ende des Testzeitraums angenommen wurden; die Grundgebühr berechnen wir ab dem ersten vollen Monat danach.`,
    );
  }
  return {
    lines: lines.map((line, index) => ({ position: index + 1, ...line })),
    statements: statementsFor(input.usage, input.locations),
    netCents,
    tax,
    grossCents: netCents + tax.amountCents,
    notes,
  };
}

/** One statement per location (by code), then "ohne Standort" if any message had none; none without locations. */
export function statementsFor(usage: UsageRow[], locations: PracticeLocation[]): LocationStatement[] {
  if (locations.length === 0) return [];
  const sumOf = (locationId: string | null) =>
    usage
      .filter((row) => row.locationId === locationId)
      .reduce((sum, row) => ({ messages: sum.messages + row.messages, parts: sum.parts + row.parts, amountCents: sum.amountCents + row.amountCents }), {
        messages: 0,
        parts: 0,
        amountCents: 0,
      });
  const known = new Set(locations.map((location) => location.id));
  const statements: LocationStatement[] = [...locations]
    .sort((a, b) => a.code.localeCompare(b.code, "de"))
    .map((location) => ({ locationCode: location.code, locationName: location.name, ...sumOf(location.id) }));
  // Messages of a location deleted since are "ohne Standort" too (their location_id is null by then).
  const without = sumOf(null);
  const stray = usage.filter((row) => row.locationId !== null && !known.has(row.locationId));
  for (const row of stray) {
    without.messages += row.messages;
    without.parts += row.parts;
    without.amountCents += row.amountCents;
  }
  if (without.messages > 0) statements.push({ locationCode: null, locationName: null, ...without });
  return statements;
}
