import type { InvoiceDocument } from "../../lib/billing/invoice-document";
import type { Database } from "../client";
import { invoices } from "../schema";

// Issued invoices as rows, for tests of what reads them (portal, SEPA export, payments) without
// running the whole invoicing. The document is a plain one; its totals match the row's.

// Numbers stay unique across the test files sharing a PostgreSQL database.
let counter = Math.floor(Math.random() * 400_000);

export const nextInvoiceNumber = (year = 2026) => `${year}-${String(++counter).padStart(6, "0")}`;

export type InvoiceRowValues = Partial<typeof invoices.$inferInsert>;

type InvoiceRow = Omit<typeof invoices.$inferInsert, "document">;

function documentFor(row: InvoiceRow): InvoiceDocument {
  const address = { name: row.buyerName, street: row.buyerStreet, postalCode: row.buyerPostalCode, city: row.buyerCity, countryCode: "DE" as const };
  return {
    kind: row.kind ?? "invoice",
    number: row.number,
    issueDate: row.issueDate,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    cancels: null,
    seller: {
      ...address,
      name: "Praxisbote Test GmbH",
      vatId: "DE000000000",
      taxNumber: "00/000/00000",
      email: "rechnung@example.test",
      phone: "+49 711 000000",
      register: "Amtsgericht Stuttgart, HRB 000000",
      representative: "Erika Mustermann",
      iban: "DE02120300000000202051",
      bic: "BYLADEM1001",
      bankName: "Testbank",
      sepaCreditorId: "DE98ZZZ09999999999",
    },
    buyer: { ...address, customerNumber: row.customerNumber, vatId: null, billingEmail: row.billingEmail },
    lines: [{ position: 1, kind: "base_fee", description: "Grundgebühr", quantity: 1, unitCode: "MON", unitPriceCents: row.netCents, totalCents: row.netCents }],
    netCents: row.netCents,
    tax: { kind: "standard", ratePercent: 19, amountCents: row.vatCents },
    grossCents: row.grossCents,
    payment:
      row.paymentMethod === "sepa_direct_debit"
        ? { method: "sepa_direct_debit", mandateReference: row.mandateReference ?? "", mandateSignedOn: row.mandateSignedOn ?? "", debitDate: row.debitDate ?? "", debtorIban: row.debtorIban ?? "", debtorAccountHolder: row.debtorAccountHolder ?? "" }
        : { method: "bank_transfer", dueDate: row.dueDate ?? row.issueDate },
    statements: [],
    notes: [],
  };
}

/** An issued invoice of October 2026 for 19,00 € net, paid by transfer unless told otherwise. */
export async function insertInvoice(db: Database, practiceId: string, values: InvoiceRowValues = {}) {
  const { document, ...rest } = values;
  const row: InvoiceRow = {
    practiceId,
    number: nextInvoiceNumber(),
    issueDate: "2026-11-01",
    periodStart: "2026-10-01",
    periodEnd: "2026-10-31",
    customerNumber: `K-${practiceId.slice(0, 8)}`,
    buyerName: "Zahnarztpraxis Test",
    buyerStreet: "Teststraße 1",
    buyerPostalCode: "70173",
    buyerCity: "Stuttgart",
    buyerCountry: "DE",
    billingEmail: "rechnung@praxis.example.test",
    netCents: 1900,
    taxKind: "standard",
    vatRatePercent: 19,
    vatCents: 361,
    grossCents: 2261,
    paymentMethod: "bank_transfer",
    dueDate: "2026-11-15",
    retainUntil: "2034-12-31",
    ...rest,
  };
  const [inserted] = await db
    .insert(invoices)
    .values({ ...row, document: document ?? documentFor(row) })
    .returning();
  return inserted;
}

/** A cancellation of `original`: negative amounts, its own number. */
export async function insertCancellation(db: Database, original: typeof invoices.$inferSelect, values: InvoiceRowValues = {}) {
  return insertInvoice(db, original.practiceId, {
    kind: "cancellation",
    cancelsInvoiceId: original.id,
    cancellationReason: "Falscher Betrag",
    issueDate: "2026-11-10",
    periodStart: original.periodStart,
    periodEnd: original.periodEnd,
    netCents: -original.netCents,
    vatCents: -original.vatCents,
    grossCents: -original.grossCents,
    paymentMethod: original.paymentMethod,
    mandateReference: original.mandateReference,
    mandateSignedOn: original.mandateSignedOn,
    debtorIban: original.debtorIban,
    debtorAccountHolder: original.debtorAccountHolder,
    debitDate: null,
    dueDate: null,
    ...values,
  });
}
