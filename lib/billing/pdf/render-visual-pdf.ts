import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import type { InvoiceDocument } from "../invoice-document";
import { registerInvoiceFonts } from "./register-fonts";
import { InvoicePdf } from "./invoice-pdf";

/** The printable invoice alone, before the e-invoice XML is embedded. */
export async function renderVisualPdf(doc: InvoiceDocument): Promise<Uint8Array> {
  registerInvoiceFonts();
  // InvoicePdf renders a <Document>; renderToBuffer's type only knows <Document> itself.
  const buffer = await renderToBuffer(createElement(InvoicePdf, { doc }) as unknown as ReactElement<DocumentProps>);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
