import { describe, expect, it } from "vitest";
import { buildSampleInvoice, SAMPLE_SELLER, SAMPLE_VARIANTS } from "../pdf/sample-invoice";
import { FACTUR_X_EN16931_XSD, schemaErrors } from "../../xml/xml-schema";
import { renderInvoiceXml } from "./render-invoice-xml";
import { ciiValues as values, expectCiiTotals } from "./testing";


describe("renderInvoiceXml", () => {
  it.each(SAMPLE_VARIANTS)("%s: XRechnung CII that the CII schema accepts, with the document's totals", async (variant) => {
    const doc = buildSampleInvoice(variant);
    const xml = await renderInvoiceXml(doc);
    expect(values(xml, "ID")[1]).toBe("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
    expect(xml).toContain(`<ram:ID>${doc.number}</ram:ID>`);
    expect(values(xml, "BuyerReference")).toEqual([doc.buyer.customerNumber]);
    expectCiiTotals(xml, doc);
    expect(schemaErrors(xml, FACTUR_X_EN16931_XSD)).toBeNull();
  });

  it("maps an invoice with SEPA direct debit: code 59, mandate, creditor id, debtor IBAN, debit date", async () => {
    const doc = buildSampleInvoice("de_sepa");
    const xml = await renderInvoiceXml(doc);
    expect(values(xml, "TypeCode")[0]).toBe("380");
    expect(values(xml, "TypeCode")).toContain("59");
    expect(values(xml, "DirectDebitMandateID")).toEqual(["PB-000042-01"]);
    expect(values(xml, "CreditorReferenceID")).toEqual([doc.seller.sepaCreditorId]);
    expect(values(xml, "IBANID")).toEqual(["DE02120300000000202051"]);
    expect(xml).toMatch(/<ram:DueDateDateTime>\s*<udt:DateTimeString format="102">20261208</);
    expect(values(xml, "CategoryCode")).toContain("S");
    expect(values(xml, "RateApplicablePercent")).toContain("19");
    expect(xml).toContain('<ram:ID schemeID="VA">DE123456789</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="FC">99/123/45678</ram:ID>');
    expect(xml).toMatch(/<ram:StartDateTime>\s*<udt:DateTimeString format="102">20261101</);
    expect(xml).toMatch(/<ram:EndDateTime>\s*<udt:DateTimeString format="102">20261130</);
  });

  it("maps a bank transfer: code 58 with our IBAN and BIC, the invoice number as reference", async () => {
    const doc = buildSampleInvoice("de_transfer");
    const xml = await renderInvoiceXml(doc);
    expect(values(xml, "TypeCode")).toContain("58");
    expect(values(xml, "IBANID")).toEqual([doc.seller.iban]);
    expect(values(xml, "BICID")).toEqual([doc.seller.bic]);
    expect(values(xml, "PaymentReference")).toEqual([doc.number]);
    expect(values(xml, "DirectDebitMandateID")).toEqual([]);
    expect(values(xml, "Description")[0]).toContain("bis zum 15.12.2026");
  });

  it("maps reverse charge: category AE with the exemption text and both VAT IDs", async () => {
    const doc = buildSampleInvoice("at_reverse_charge");
    const xml = await renderInvoiceXml(doc);
    expect(values(xml, "CategoryCode")).toEqual(["AE", "AE", "AE", "AE"]);
    expect(values(xml, "ExemptionReason")).toEqual(["Steuerschuldnerschaft des Leistungsempfängers"]);
    expect(values(xml, "ExemptionReasonCode")).toEqual(["VATEX-EU-AE"]);
    expect(xml).toContain('<ram:ID schemeID="VA">ATU12345678</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="VA">DE123456789</ram:ID>');
    expect(values(xml, "Name")).toContain("Zahnarztpraxis Dr. Łukasz Dvořák");
  });

  it("an Austrian practice without UID pays German VAT", async () => {
    const xml = await renderInvoiceXml(buildSampleInvoice("at_without_uid"));
    expect(values(xml, "CategoryCode")).toEqual(["S", "S", "S"]);
    expect(xml).not.toContain('schemeID="VA">AT');
  });

  it("a cancellation is a corrected invoice (384) that names the cancelled invoice (BT-25)", async () => {
    const doc = buildSampleInvoice("cancellation");
    const xml = await renderInvoiceXml(doc);
    expect(values(xml, "TypeCode")[0]).toBe("384");
    expect(values(xml, "IssuerAssignedID")).toEqual(["2026-000100"]);
    expect(values(xml, "Content")[0]).toContain("Stornorechnung zu Rechnung 2026-000100 vom 01.12.2026");
    expect(values(xml, "BilledQuantity")).toEqual(["-1", "-1234", "-1"]);
    expect(values(xml, "ChargeAmount")).toEqual(["19.00", "0.08", "9.00"]);
    expect(values(xml, "GrandTotalAmount")).toEqual(["-150.80"]);
  });

  it("leaves out a tax number that is not configured (the VAT ID suffices)", async () => {
    const xml = await renderInvoiceXml(buildSampleInvoice("de_sepa", { seller: { ...SAMPLE_SELLER, taxNumber: "" } }));
    expect(xml).not.toContain('schemeID="FC"');
    expect(schemaErrors(xml, FACTUR_X_EN16931_XSD)).toBeNull();
  });

  it("refuses data the library's EN 16931 schema rejects", async () => {
    const doc = buildSampleInvoice("de_sepa", { issueDate: "01.12.2026" });
    await expect(renderInvoiceXml(doc)).rejects.toThrow();
  });
});
