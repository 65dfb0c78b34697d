import { expect } from "vitest";
import type { InvoiceDocument } from "../invoice-document";

// Test helpers for reading the CII XML the library writes (its layout is fixed: one element a line).

/** The text of every `ram:<name>` element, in document order. */
export function ciiValues(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<ram:${name}(?: [^>]*)?>([^<]*)</ram:${name}>`, "g"))].map((match) => match[1]);
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The XML's line amounts and header totals equal the document's. */
export function expectCiiTotals(xml: string, doc: InvoiceDocument): void {
  const lineTotals = ciiValues(xml, "LineTotalAmount");
  expect(lineTotals).toEqual([...doc.lines.map((line) => euros(line.totalCents)), euros(doc.netCents)]);
  expect(ciiValues(xml, "TaxBasisTotalAmount")).toEqual([euros(doc.netCents)]);
  expect(ciiValues(xml, "TaxTotalAmount")).toEqual([euros(doc.tax.amountCents)]);
  expect(ciiValues(xml, "GrandTotalAmount")).toEqual([euros(doc.grossCents)]);
  expect(ciiValues(xml, "DuePayableAmount")).toEqual([euros(doc.grossCents)]);
}
