import type { InvoiceDocument } from "../invoice-document";
import { FACTUR_X_FORMAT, generateEInvoice } from "./generate-e-invoice";
import { toEInvoiceData } from "./invoice-data";

/** The file name Factur-X / ZUGFeRD 2 readers look for in the PDF. */
export const FACTUR_X_ATTACHMENT = "factur-x.xml";

/** Embeds the invoice's EN 16931 CII into `pdf` and makes it a PDF/A-3 (Factur-X, profile EN 16931). */
export async function embedEInvoice(doc: InvoiceDocument, pdf: Uint8Array): Promise<Uint8Array> {
  const result = await generateEInvoice(toEInvoiceData(doc), {
    format: FACTUR_X_FORMAT,
    pdf: { buffer: pdf, filename: `${doc.number}.pdf`, mimetype: "application/pdf" },
  });
  if (typeof result === "string") throw new Error("Factur-X: the library returned XML instead of a PDF.");
  return result;
}
