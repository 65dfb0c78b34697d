import "server-only";
import type { InvoiceDocument } from "../invoice-document";
import { generateEInvoice, XRECHNUNG_FORMAT } from "./generate-e-invoice";
import { toEInvoiceData } from "./invoice-data";

/** The invoice as XRechnung CII XML (EN 16931). Throws if the data violates the library's schema. */
export async function renderInvoiceXml(doc: InvoiceDocument): Promise<string> {
  const xml = await generateEInvoice(toEInvoiceData(doc), { format: XRECHNUNG_FORMAT });
  return typeof xml === "string" ? xml : new TextDecoder().decode(xml);
}
