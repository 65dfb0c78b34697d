import type { InvoiceDocument, InvoiceLine, InvoiceSeller, LocationStatement } from "../invoice-document";
import { PRICE_LIST } from "../price-list";

// Fixed sample documents for tests and for looking at the PDF: one per variant the invoice
// run can produce. Amounts are computed like the real run does (VAT once on the net total,
// half up), so the samples are themselves correct invoices.

export const SAMPLE_SELLER: InvoiceSeller = {
  name: "Praxisbote Beispiel GmbH",
  street: "Musterstraße 1",
  postalCode: "70173",
  city: "Stuttgart",
  countryCode: "DE",
  vatId: "DE123456789",
  taxNumber: "99/123/45678",
  email: "rechnung@praxisbote.example",
  phone: "+49 711 000000",
  register: "Amtsgericht Stuttgart, HRB 000000",
  representative: "Erika Mustermann (Geschäftsführerin)",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
  bankName: "Commerzbank",
  sepaCreditorId: "DE98ZZZ09999999999",
};

export const SAMPLE_VARIANTS = [
  "de_sepa",
  "de_transfer",
  "at_reverse_charge",
  "at_without_uid",
  "cancellation",
  "locations",
  "long_names",
] as const;
export type SampleVariant = (typeof SAMPLE_VARIANTS)[number];

const MUELLER = {
  name: "Zahnarztpraxis Dr. Jürgen Müller",
  street: "Königstraße 12",
  postalCode: "70173",
  city: "Stuttgart",
  countryCode: "DE" as const,
  customerNumber: "K-000042",
  vatId: null,
  billingEmail: "buchhaltung@praxis-mueller.example",
};

const DVORAK = {
  name: "Zahnarztpraxis Dr. Łukasz Dvořák",
  street: "Mariahilfer Straße 99",
  postalCode: "1060",
  city: "Wien",
  countryCode: "AT" as const,
  customerNumber: "K-000077",
  vatId: "ATU12345678",
  billingEmail: "ordination@dvorak.example",
};

const SCHOENBERGER = {
  name: "Gemeinschaftspraxis für Zahnheilkunde, Kieferorthopädie und Oralchirurgie Dr. med. dent. Maximiliane Schönberger-Wittgenstein & Kollegen MVZ GmbH",
  street: "Hauptstraße 123a, Hinterhaus, 3. Obergeschoss links",
  postalCode: "79098",
  city: "Freiburg im Breisgau",
  countryCode: "DE" as const,
  customerNumber: "K-001234",
  vatId: null,
  billingEmail: "verwaltung@schoenberger-mvz.example",
};

const SEPA = {
  method: "sepa_direct_debit" as const,
  mandateReference: "PB-000042-01",
  mandateSignedOn: "2026-09-14",
  debitDate: "2026-12-08",
  debtorIban: "DE02120300000000202051",
  debtorAccountHolder: "Dr. Jürgen Müller",
};

const TRANSFER = { method: "bank_transfer" as const, dueDate: "2026-12-15" };

const STATEMENTS: LocationStatement[] = [
  { locationCode: "MITTE", locationName: "Praxis Stuttgart-Mitte", messages: 412, parts: 498, amountCents: 498 * PRICE_LIST.perPartCents },
  { locationCode: "VAI", locationName: "Praxis Vaihingen", messages: 287, parts: 301, amountCents: 301 * PRICE_LIST.perPartCents },
  { locationCode: "ESS", locationName: "Zweigpraxis Esslingen am Neckar (Kieferorthopädie)", messages: 356, parts: 402, amountCents: 402 * PRICE_LIST.perPartCents },
  { locationCode: null, locationName: null, messages: 31, parts: 33, amountCents: 33 * PRICE_LIST.perPartCents },
];

function buildLines(parts: number, replyNumber: boolean, sign: 1 | -1): InvoiceLine[] {
  const lines: Omit<InvoiceLine, "position">[] = [
    { kind: "base_fee", description: "Grundgebühr November 2026", quantity: 1, unitCode: "MON", unitPriceCents: PRICE_LIST.baseFeeCents, totalCents: 0 },
    { kind: "sms_parts", description: "SMS-Teile (versendet 01.11.–30.11.2026)", quantity: parts, unitCode: "H87", unitPriceCents: PRICE_LIST.perPartCents, totalCents: 0 },
  ];
  if (replyNumber) {
    lines.push({ kind: "reply_number", description: "Antwortnummer +49 176 00000042, November 2026", quantity: 1, unitCode: "MON", unitPriceCents: PRICE_LIST.replyNumberCents, totalCents: 0 });
  }
  // A cancellation negates the quantity: EN 16931 forbids a negative item price (BR-27).
  return lines.map((line, index) => ({
    ...line,
    position: index + 1,
    quantity: sign * line.quantity,
    totalCents: sign * line.quantity * line.unitPriceCents,
  }));
}

/** 19 % of the net total, rounded half up (away from zero for a cancellation). */
function vatOf(netCents: number): number {
  return Math.sign(netCents) * Math.round((Math.abs(netCents) * PRICE_LIST.vatRatePercent) / 100);
}

/** A complete, consistent invoice document for `variant`; `overrides` replace top-level fields. */
export function buildSampleInvoice(variant: SampleVariant = "de_sepa", overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const sign = variant === "cancellation" ? -1 : 1;
  const statements = variant === "locations" ? STATEMENTS : [];
  const parts = statements.length ? statements.reduce((sum, s) => sum + s.parts, 0) : 1234;
  const lines = buildLines(parts, variant !== "at_without_uid", sign);
  const netCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const reverseCharge = variant === "at_reverse_charge";
  const tax = reverseCharge
    ? ({ kind: "reverse_charge", ratePercent: 0, amountCents: 0 } as const)
    : ({ kind: "standard", ratePercent: PRICE_LIST.vatRatePercent, amountCents: vatOf(netCents) } as const);

  const buyer =
    variant === "at_reverse_charge"
      ? DVORAK
      : variant === "at_without_uid"
        ? { ...DVORAK, name: "Ordination Dr. Zoë Šťastná", customerNumber: "K-000078", vatId: null }
        : variant === "long_names"
          ? SCHOENBERGER
          : MUELLER;
  const payment =
    variant === "de_transfer" || variant === "at_reverse_charge" || variant === "at_without_uid"
      ? TRANSFER
      : variant === "long_names"
        ? { ...SEPA, debtorAccountHolder: "Schönberger-Wittgenstein MVZ GmbH", mandateReference: "PB-001234-03" }
        : SEPA;
  const notes =
    variant === "de_transfer"
      ? ["Ihr kostenloser Probemonat endete am 09.11.2026: berechnet sind die SMS ab dem 10.11.2026."]
      : [];

  return {
    kind: variant === "cancellation" ? "cancellation" : "invoice",
    number: variant === "cancellation" ? "2026-000187" : "2026-000123",
    issueDate: variant === "cancellation" ? "2026-12-04" : "2026-12-01",
    periodStart: "2026-11-01",
    periodEnd: "2026-11-30",
    cancels:
      variant === "cancellation"
        ? { number: "2026-000100", issueDate: "2026-12-01", reason: "SMS-Teile einer Testversendung wurden irrtümlich berechnet." }
        : null,
    seller: SAMPLE_SELLER,
    buyer,
    lines,
    netCents,
    tax,
    grossCents: netCents + tax.amountCents,
    payment,
    statements,
    notes,
    ...overrides,
  };
}
