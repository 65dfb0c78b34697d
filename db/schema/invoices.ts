import { sql } from "drizzle-orm";
import { type AnyPgColumn, customType, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { InvoiceDocument } from "../../lib/billing/invoice-document";
import { createdAt, id } from "./columns";
import { practices } from "./practices";

// Issued invoices and cancellations are documents under §14 UStG and §147 AO: once written they
// never change (a database trigger refuses it, see the migration "invoice_immutability"); only the
// bookkeeping columns pdf/xml (set once after rendering), emailed_at and paid_at/status may be set.

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres and Neon send a Buffer as bytea; PGlite takes either.
  toDriver: (value) => Buffer.from(value),
});

export const invoiceKind = pgEnum("invoice_kind", ["invoice", "cancellation"]);
export const invoiceStatus = pgEnum("invoice_status", ["issued", "paid"]);
export const invoiceTaxKind = pgEnum("invoice_tax_kind", ["standard", "reverse_charge"]);
export const invoicePaymentMethod = pgEnum("invoice_payment_method", ["sepa_direct_debit", "bank_transfer"]);

/** The last number taken per calendar year (Berlin): "2026-000123" is number 123 of 2026. */
export const invoiceNumberSequences = pgTable("invoice_number_sequences", {
  year: integer("year").primaryKey(),
  lastNumber: integer("last_number").notNull(),
});

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "restrict" }),
    kind: invoiceKind("kind").notNull().default("invoice"),
    // A cancellation (Stornorechnung) names the invoice it cancels and why; an invoice is cancelled at most once.
    cancelsInvoiceId: uuid("cancels_invoice_id").references((): AnyPgColumn => invoices.id, { onDelete: "restrict" }),
    cancellationReason: text("cancellation_reason"),
    number: text("number").notNull().unique(),
    issueDate: date("issue_date", { mode: "string" }).notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    // 0 for a month's first invoice; an invoice issued again after a cancellation counts up.
    reissue: integer("reissue").notNull().default(0),
    // The buyer as it was on the invoice date: later changes to the practice do not touch it.
    customerNumber: text("customer_number").notNull(),
    buyerName: text("buyer_name").notNull(),
    buyerStreet: text("buyer_street").notNull(),
    buyerPostalCode: text("buyer_postal_code").notNull(),
    buyerCity: text("buyer_city").notNull(),
    buyerCountry: text("buyer_country").notNull(),
    buyerVatId: text("buyer_vat_id"),
    billingEmail: text("billing_email").notNull(),
    netCents: integer("net_cents").notNull(),
    taxKind: invoiceTaxKind("tax_kind").notNull(),
    vatRatePercent: integer("vat_rate_percent").notNull(),
    vatCents: integer("vat_cents").notNull(),
    grossCents: integer("gross_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    paymentMethod: invoicePaymentMethod("payment_method").notNull(),
    mandateReference: text("mandate_reference"),
    mandateSignedOn: date("mandate_signed_on", { mode: "string" }),
    debtorIban: text("debtor_iban"),
    debtorAccountHolder: text("debtor_account_holder"),
    // SEPA: the pre-notified debit date; bank transfer: the due date.
    debitDate: date("debit_date", { mode: "string" }),
    dueDate: date("due_date", { mode: "string" }),
    // Everything the PDF, the XML and the e-mail are rendered from (seller included), as issued.
    document: jsonb("document").$type<InvoiceDocument>().notNull(),
    pdf: bytea("pdf"),
    pdfSha256: text("pdf_sha256"),
    xml: text("xml"),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    status: invoiceStatus("status").notNull().default("issued"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    // 8 years from the end of the calendar year of issue (§147 AO); the trigger refuses deletion before.
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique("invoices_cancels_invoice_unique").on(table.cancelsInvoiceId),
    // One invoice per practice and month, even if invoicing runs twice at once.
    uniqueIndex("invoices_practice_period_unique")
      .on(table.practiceId, table.periodStart, table.reissue)
      .where(sql`${table.kind} = 'invoice'`),
    index("invoices_practice_issue_idx").on(table.practiceId, table.issueDate.desc().nullsFirst(), table.number.desc().nullsFirst()),
    index("invoices_unsent_idx")
      .on(table.createdAt)
      .where(sql`${table.emailedAt} is null`),
  ],
);

export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitCode: text("unit_code").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
  },
  (table) => [unique("invoice_lines_invoice_position_unique").on(table.invoiceId, table.position)],
);

/** "Aufstellung Standort …": parts and amount per location (a snapshot: no reference to the location row). */
export const invoiceLocationStatements = pgTable(
  "invoice_location_statements",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    locationId: uuid("location_id"),
    locationCode: text("location_code"),
    locationName: text("location_name"),
    messages: integer("messages").notNull(),
    parts: integer("parts").notNull(),
    amountCents: integer("amount_cents").notNull(),
  },
  (table) => [unique("invoice_location_statements_invoice_position_unique").on(table.invoiceId, table.position)],
);

/**
 * Who held which reply number when: filled by a trigger on reply_numbers (the pool forgets the
 * practice on release), so the reply-number fee of a month can be billed after the release.
 */
export const replyNumberHoldings = pgTable(
  "reply_number_holdings",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    heldFrom: timestamp("held_from", { withTimezone: true }).notNull(),
    heldUntil: timestamp("held_until", { withTimezone: true }),
  },
  (table) => [index("reply_number_holdings_practice_idx").on(table.practiceId, table.heldFrom)],
);
