import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PracticeInvoice } from "@/lib/billing/practice-invoices";
import { formatCents } from "@/lib/billing/price-list";
import { InvoiceTable } from "./invoice-table";

const row = (values: Partial<PracticeInvoice>): PracticeInvoice => ({
  id: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  kind: "invoice",
  number: "2026-000123",
  issueDate: "2026-11-01",
  month: "2026-10",
  netCents: 2000,
  grossCents: 2380,
  status: "offen",
  cancelsNumber: null,
  cancelledByNumber: null,
  hasPdf: true,
  hasXml: true,
  ...values,
});

describe("InvoiceTable", () => {
  it("shows number, date, period, amounts, status and downloads, and says what a cancellation cancels", () => {
    const html = renderToStaticMarkup(
      <InvoiceTable
        invoices={[
          row({ id: "c", kind: "cancellation", number: "2026-000130", netCents: -2000, grossCents: -2380, status: null, cancelsNumber: "2026-000123" }),
          row({ id: "a", status: "storniert", cancelledByNumber: "2026-000130" }),
          row({ id: "b", number: "2026-000099", month: "2026-09", status: "bezahlt", hasPdf: false, hasXml: false }),
        ]}
      />,
    );
    expect(html).toContain("<caption");
    expect(html).toContain('scope="col"');
    expect(html).toContain('scope="row"');
    expect(html).toContain("Oktober 2026");
    expect(html).toContain("September 2026");
    expect(html).toContain("01.11.2026");
    expect(html).toContain(formatCents(2380));
    expect(html).toContain(formatCents(-2380));
    expect(html).toContain("Stornorechnung zu 2026-000123");
    expect(html).toContain("storniert durch 2026-000130");
    expect(html).toContain(">bezahlt<");
    expect(html).toContain('href="/stat/invoice/a/pdf"');
    expect(html).toContain('href="/stat/invoice/a/xml"');
    expect(html).toContain("der Rechnung 2026-000123 (E-Rechnung)");
    expect(html).toContain("wird erstellt");
    expect(html).not.toContain('href="/stat/invoice/b/pdf"');
  });
});
