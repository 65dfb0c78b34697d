import type { Database } from "../../../db/client";
import type { Mailer } from "../../email/mailer";
import type { InvoiceDocument, InvoiceSeller } from "../invoice-document";

/** The PDF/A-3 with the embedded e-invoice, and the XML alone (lib/billing/pdf, lib/billing/e-invoice). */
export interface InvoiceRenderers {
  pdf(document: InvoiceDocument): Promise<Uint8Array>;
  xml(document: InvoiceDocument): Promise<string> | string;
}

/** What issuing needs from outside; tests pass their own renderers, mailer, clock and seller. */
export interface InvoicingDeps {
  db: Database;
  mailer: Mailer;
  renderers: InvoiceRenderers;
  seller: () => InvoiceSeller;
  /** Days from the invoice date to the SEPA debit (BILLING_DEBIT_DAYS). */
  debitDays: number;
  now: () => Date;
}

/** Bank transfer: payable within 14 days of the invoice date. */
export const PAYMENT_DAYS = 14;
