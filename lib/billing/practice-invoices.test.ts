import { describe, expect, it } from "vitest";
import { createTestPractice } from "../../db/testing/fixtures";
import { insertCancellation, insertInvoice } from "../../db/testing/invoice-rows";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { findInvoiceFile, listPracticeInvoices } from "./practice-invoices";

const database = setUpTestDatabase();

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);

describe("the practice's invoices in the portal", () => {
  it("lists invoices and cancellations newest first, with status, period and what cancels what", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const september = await insertInvoice(db, practiceId, { periodStart: "2026-09-01", periodEnd: "2026-09-30", issueDate: "2026-10-01", paidAt: new Date("2026-10-08T10:00:00Z"), status: "paid", pdf: pdfBytes, xml: "<rsm/>" });
    const october = await insertInvoice(db, practiceId, { netCents: 2000, grossCents: 2380, pdf: pdfBytes, xml: "<rsm/>" });
    const cancellation = await insertCancellation(db, october, { pdf: pdfBytes, xml: "<rsm/>" });
    const reissued = await insertInvoice(db, practiceId, { reissue: 1, issueDate: "2026-11-11", netCents: 1900, grossCents: 2261 });
    await insertInvoice(db, await createTestPractice(db), { pdf: pdfBytes });

    const list = await listPracticeInvoices(db, practiceId);
    expect(list.map((row) => [row.number, row.kind, row.month, row.status, row.cancelsNumber, row.cancelledByNumber, row.hasPdf, row.hasXml])).toEqual([
      [reissued.number, "invoice", "2026-10", "offen", null, null, false, false],
      [cancellation.number, "cancellation", "2026-10", null, october.number, null, true, true],
      [october.number, "invoice", "2026-10", "storniert", null, cancellation.number, true, true],
      [september.number, "invoice", "2026-09", "bezahlt", null, null, true, true],
    ]);
    expect(list[1]).toMatchObject({ netCents: -2000, grossCents: -2380, issueDate: "2026-11-10" });
    expect(await listPracticeInvoices(db, await createTestPractice(db))).toEqual([]);
  });

  it("serves the stored PDF and XML byte for byte under the invoice's name; anything else is not found", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const invoice = await insertInvoice(db, practiceId, { pdf: pdfBytes, xml: "<rsm:CrossIndustryInvoice>Zahnärzte</rsm:CrossIndustryInvoice>" });
    const cancellation = await insertCancellation(db, invoice, { pdf: pdfBytes });
    const unrendered = await insertInvoice(db, practiceId, { periodStart: "2026-09-01", periodEnd: "2026-09-30" });

    const pdf = await findInvoiceFile(db, practiceId, invoice.id, "pdf");
    expect(pdf).toEqual({ fileName: `Rechnung-${invoice.number}.pdf`, contentType: "application/pdf", body: pdfBytes });
    const xml = await findInvoiceFile(db, practiceId, invoice.id, "xml");
    expect(xml.fileName).toBe(`Rechnung-${invoice.number}.xml`);
    expect(new TextDecoder().decode(xml.body)).toBe("<rsm:CrossIndustryInvoice>Zahnärzte</rsm:CrossIndustryInvoice>");
    expect((await findInvoiceFile(db, practiceId, cancellation.id, "pdf")).fileName).toBe(`Stornorechnung-${cancellation.number}.pdf`);

    const other = await createTestPractice(db);
    await expect(findInvoiceFile(db, other, invoice.id, "pdf")).rejects.toMatchObject({ code: "not_found" });
    await expect(findInvoiceFile(db, practiceId, cancellation.id, "xml")).rejects.toMatchObject({ code: "not_found" });
    await expect(findInvoiceFile(db, practiceId, unrendered.id, "pdf")).rejects.toMatchObject({ code: "not_found" });
    await expect(findInvoiceFile(db, practiceId, "2026-000001", "pdf")).rejects.toMatchObject({ code: "not_found" });
  });
});
