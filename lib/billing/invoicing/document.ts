import type { InvoiceBuyer, InvoiceDocument, InvoicePayment } from "../invoice-document";
import { berlinDayString } from "../../time/berlin";
import { addDays } from "./month";
import { normaliseVatId } from "./tax";
import { PAYMENT_DAYS } from "./deps";

/** What invoicing reads of a practice (locked while its invoice is written). */
export interface BillablePractice {
  id: string;
  name: string;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string;
  billing_name: string | null;
  billing_email: string | null;
  contact_email: string;
  iban: string | null;
  vat_id: string | null;
  sepa_mandate_reference: string | null;
  sepa_mandate_accepted_at: Date | string | null;
  trial_ends_at: Date | string;
  email_confirmed_at: Date | string | null;
}

/** Our customer number for a practice: the same prefix its SEPA mandate references carry. */
export const customerNumberFor = (practiceId: string): string => `PB-${practiceId.replace(/-/g, "").slice(0, 12).toUpperCase()}`;

export function buyerOf(practice: BillablePractice): InvoiceBuyer {
  return {
    name: practice.name,
    street: practice.street ?? "",
    postalCode: practice.postal_code ?? "",
    city: practice.city ?? "",
    countryCode: practice.country === "AT" ? "AT" : "DE",
    customerNumber: customerNumberFor(practice.id),
    vatId: normaliseVatId(practice.vat_id),
    // Empty billing address: invoices go to the practice's contact address.
    billingEmail: practice.billing_email || practice.contact_email,
  };
}

/**
 * SEPA direct debit when the practice granted a mandate (its IBAN and the date it accepted are
 * stored), debited `debitDays` after the invoice date, which the invoice pre-notifies; otherwise
 * a bank transfer due in 14 days.
 */
export function paymentFor(practice: BillablePractice, issueDate: string, debitDays: number): InvoicePayment {
  if (practice.iban && practice.sepa_mandate_reference && practice.sepa_mandate_accepted_at) {
    return {
      method: "sepa_direct_debit",
      mandateReference: practice.sepa_mandate_reference,
      mandateSignedOn: berlinDayString(new Date(practice.sepa_mandate_accepted_at)),
      debitDate: addDays(issueDate, debitDays),
      debtorIban: practice.iban,
      debtorAccountHolder: practice.billing_name || practice.name,
    };
  }
  return { method: "bank_transfer", dueDate: addDays(issueDate, PAYMENT_DAYS) };
}

/** The invoices row's columns that mirror the document (the document itself is stored as well). */
export function invoiceColumns(document: InvoiceDocument) {
  const { buyer, payment, tax } = document;
  return {
    kind: document.kind,
    number: document.number,
    issueDate: document.issueDate,
    periodStart: document.periodStart,
    periodEnd: document.periodEnd,
    customerNumber: buyer.customerNumber,
    buyerName: buyer.name,
    buyerStreet: buyer.street,
    buyerPostalCode: buyer.postalCode,
    buyerCity: buyer.city,
    buyerCountry: buyer.countryCode,
    buyerVatId: buyer.vatId,
    billingEmail: buyer.billingEmail,
    netCents: document.netCents,
    taxKind: tax.kind,
    vatRatePercent: tax.ratePercent,
    vatCents: tax.amountCents,
    grossCents: document.grossCents,
    paymentMethod: payment.method,
    mandateReference: payment.method === "sepa_direct_debit" ? payment.mandateReference : null,
    mandateSignedOn: payment.method === "sepa_direct_debit" ? payment.mandateSignedOn : null,
    debtorIban: payment.method === "sepa_direct_debit" ? payment.debtorIban : null,
    debtorAccountHolder: payment.method === "sepa_direct_debit" ? payment.debtorAccountHolder : null,
    debitDate: payment.method === "sepa_direct_debit" ? payment.debitDate : null,
    dueDate: payment.method === "bank_transfer" ? payment.dueDate : null,
    document,
  };
}
