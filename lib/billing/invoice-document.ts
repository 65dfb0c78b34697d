// What an issued invoice (or cancellation) says, in one shape: the PDF, the e-invoice XML and
// the e-mail are all rendered from it, so they can never disagree. Money in integer cents.

export interface InvoiceAddress {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: "DE" | "AT";
}

export interface InvoiceSeller extends InvoiceAddress {
  vatId: string;
  taxNumber: string;
  email: string;
  phone: string;
  register: string;
  representative: string;
  iban: string;
  bic: string;
  bankName: string;
  sepaCreditorId: string;
}

export interface InvoiceBuyer extends InvoiceAddress {
  /** Our customer number for the practice (printed and used as the buyer reference). */
  customerNumber: string;
  /** The practice's VAT ID; printed for Austrian practices (reverse charge). */
  vatId: string | null;
  billingEmail: string;
}

export type InvoiceLineKind = "base_fee" | "sms_parts" | "reply_number";

export interface InvoiceLine {
  position: number;
  kind: InvoiceLineKind;
  /** German, as printed: "Grundgebühr November 2026", "SMS-Teile", "Antwortnummer +49 …". */
  description: string;
  quantity: number;
  /** UN/ECE Rec 20 unit code for the e-invoice: "MON" a month, "H87" a piece. */
  unitCode: "MON" | "H87";
  unitPriceCents: number;
  /** quantity × unitPriceCents; negative on a cancellation. */
  totalCents: number;
}

/** "Aufstellung Standort …": one per location; `locationName` null means "ohne Standort". */
export interface LocationStatement {
  locationCode: string | null;
  locationName: string | null;
  messages: number;
  parts: number;
  amountCents: number;
}

export type InvoiceTax =
  | { kind: "standard"; ratePercent: number; amountCents: number }
  /** Austrian business with a valid UID: no German VAT, "Steuerschuldnerschaft des Leistungsempfängers". */
  | { kind: "reverse_charge"; ratePercent: 0; amountCents: 0 };

export type InvoicePayment =
  | {
      method: "sepa_direct_debit";
      mandateReference: string;
      /** YYYY-MM-DD */
      mandateSignedOn: string;
      /** YYYY-MM-DD: the pre-notified debit date. */
      debitDate: string;
      /** Only the last four digits are printed. */
      debtorIban: string;
      debtorAccountHolder: string;
    }
  | {
      method: "bank_transfer";
      /** YYYY-MM-DD */
      dueDate: string;
    };

export interface InvoiceDocument {
  kind: "invoice" | "cancellation";
  /** "2026-000123" */
  number: string;
  /** YYYY-MM-DD (Berlin) */
  issueDate: string;
  /** Service period, YYYY-MM-DD, both inclusive. */
  periodStart: string;
  periodEnd: string;
  /** On a cancellation: the invoice it cancels, and why. */
  cancels: { number: string; issueDate: string; reason: string } | null;
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  lines: InvoiceLine[];
  netCents: number;
  tax: InvoiceTax;
  grossCents: number;
  payment: InvoicePayment;
  /** Empty for a practice without locations; otherwise one per location plus "ohne Standort" if any. */
  statements: LocationStatement[];
  /** Printed under the lines, e.g. that the trial covered part of the month. */
  notes: string[];
}
