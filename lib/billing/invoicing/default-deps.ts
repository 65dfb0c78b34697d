import type { Database } from "../../../db/client";
import type { Mailer } from "../../email/mailer";
import { env } from "../../env";
import { renderInvoiceXml } from "../e-invoice/render-invoice-xml";
import { renderInvoicePdf } from "../pdf/render-invoice-pdf";
import type { InvoicingDeps } from "./deps";
import { readSeller } from "./seller";

/** The real renderers, our configured company data and BILLING_DEBIT_DAYS. */
export function invoicingDeps(db: Database, mailer: Mailer): InvoicingDeps {
  return {
    db,
    mailer,
    renderers: { pdf: renderInvoicePdf, xml: renderInvoiceXml },
    seller: readSeller,
    debitDays: env.BILLING_DEBIT_DAYS,
    now: () => new Date(),
  };
}
