import "server-only";
import { embedEInvoice } from "../e-invoice/embed-e-invoice";
import type { InvoiceDocument } from "../invoice-document";
import { renderVisualPdf } from "./render-visual-pdf";

/** The invoice as sent: the printable PDF with its EN 16931 XML embedded, a PDF/A-3 (ZUGFeRD / Factur-X). */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  return embedEInvoice(doc, await renderVisualPdf(doc));
}
