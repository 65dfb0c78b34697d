import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { FACTUR_X_EN16931_XSD, schemaErrors } from "../../xml/xml-schema";
import { FACTUR_X_ATTACHMENT } from "../e-invoice/embed-e-invoice";
import { ciiValues, expectCiiTotals } from "../e-invoice/testing";
import type { InvoiceDocument } from "../invoice-document";
import { renderInvoicePdf } from "./render-invoice-pdf";
import { buildSampleInvoice, type SampleVariant } from "./sample-invoice";


interface Rendered {
  doc: InvoiceDocument;
  pdf: Uint8Array;
  pages: number;
  /** All text, whitespace collapsed. */
  text: string;
  xml: string;
  ms: number;
}

async function render(variant: SampleVariant): Promise<Rendered> {
  const doc = buildSampleInvoice(variant);
  const started = performance.now();
  const pdf = await renderInvoicePdf(doc);
  const ms = performance.now() - started;
  // pdf.js takes over the buffers it is given: hand it copies.
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const attachments = (await proxy.getAttachments()) as Record<string, { filename: string; content: Uint8Array }> | null;
  const xml = attachments?.[FACTUR_X_ATTACHMENT] ? new TextDecoder().decode(attachments[FACTUR_X_ATTACHMENT].content) : "";
  return { doc, pdf, pages: totalPages, text: text.replace(/\s+/g, " "), xml, ms };
}

const rendered = {} as Record<SampleVariant, Rendered>;

beforeAll(async () => {
  for (const variant of ["de_sepa", "de_transfer", "at_reverse_charge", "at_without_uid", "cancellation", "locations"] as const) {
    rendered[variant] = await render(variant);
  }
  console.info(
    "renderInvoicePdf ms:",
    Object.entries(rendered).map(([variant, r]) => `${variant} ${Math.round(r.ms)}`).join(", "),
  );
}, 120_000);

describe("renderInvoicePdf", () => {
  it("prints a German invoice: number, dates, customer, lines, net, VAT, gross, company data", () => {
    const { text, pages } = rendered.de_sepa;
    expect(pages).toBe(1);
    for (const expected of [
      "Praxisbote Beispiel GmbH · Musterstraße 1 · 70173 Stuttgart",
      "Zahnarztpraxis Dr. Jürgen Müller",
      "Königstraße 12",
      "Rechnung 2026-000123",
      "Rechnungsdatum 01.12.2026",
      "Kundennummer K-000042",
      "Leistungszeitraum 01.11.2026 – 30.11.2026",
      "Grundgebühr November 2026 1 Monat 19,00 € 19,00 €",
      "1.234 Stück 0,08 € 98,72 €",
      "Summe netto 126,72 €",
      "USt 19 % auf 126,72 € 24,08 €",
      "Rechnungsbetrag 150,80 €",
      "Unsere USt-IdNr. DE123456789",
      "Steuernummer 99/123/45678",
      "Amtsgericht Stuttgart, HRB 000000",
      "Vertreten durch Erika Mustermann (Geschäftsführerin)",
      "Seite 1 von 1",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("pre-notifies the SEPA debit with date, masked IBAN, mandate reference and creditor id", () => {
    const { text } = rendered.de_sepa;
    expect(text).toContain(
      "Der Betrag von 150,80 € wird am 08.12.2026 per SEPA-Lastschrift von Ihrem Konto IBAN DE…2051 (Mandatsreferenz PB-000042-01, Gläubiger-ID DE98ZZZ09999999999) eingezogen.",
    );
    expect(text).not.toContain("DE02120300000000202051");
    expect(text).not.toContain("DE02 1203");
  });

  it("asks for a transfer to our account by the due date with the invoice number as reference", () => {
    const { text } = rendered.de_transfer;
    expect(text).toContain("Bitte überweisen Sie 150,80 € ohne Abzug bis zum 15.12.2026 auf unser Konto");
    expect(text).toContain("IBAN DE89 3704 0044 0532 0130 00");
    expect(text).toContain("BIC COBADEFFXXX (Commerzbank)");
    expect(text).toContain("Verwendungszweck 2026-000123");
    expect(text).toContain("Ihr kostenloser Probemonat endete am 09.11.2026");
  });

  it("prints the reverse-charge note with both VAT IDs for an Austrian practice with UID", () => {
    const { text } = rendered.at_reverse_charge;
    expect(text).toContain("Zahnarztpraxis Dr. Łukasz Dvořák");
    expect(text).toContain("1060 Wien ÖSTERREICH");
    expect(text).toContain("Steuerschuldnerschaft des Leistungsempfängers");
    expect(text).toContain("USt-IdNr. des Leistenden: DE123456789 · USt-IdNr. des Leistungsempfängers: ATU12345678");
    expect(text).toContain("Rechnungsbetrag 126,72 €");
    expect(text).not.toContain("USt 19 %");
  });

  it("charges German VAT to an Austrian practice without UID", () => {
    const { text } = rendered.at_without_uid;
    expect(text).toContain("Ordination Dr. Zoë Šťastná");
    expect(text).toContain("USt 19 % auf 117,72 € 22,37 €");
    expect(text).not.toContain("Steuerschuldnerschaft");
  });

  it("prints a cancellation with its own number, the cancelled invoice, the reason and negative amounts", () => {
    const { text } = rendered.cancellation;
    expect(text).toContain("Stornorechnung 2026-000187");
    expect(text).toContain("zu Rechnung 2026-000100 vom 01.12.2026");
    expect(text).toContain("Grund: SMS-Teile einer Testversendung wurden irrtümlich berechnet.");
    expect(text).toContain("Stornobetrag -150,80 €");
    expect(text).not.toContain("eingezogen");
  });

  it("adds one statement page per location, with the messages without location, summing to the SMS line", () => {
    const { text, pages } = rendered.locations;
    expect(pages).toBe(5);
    expect(text).toContain("Seite 5 von 5");
    for (const title of [
      "Aufstellung Standort Praxis Stuttgart-Mitte",
      "Aufstellung Standort Praxis Vaihingen",
      "Aufstellung Standort Zweigpraxis Esslingen am Neckar (Kieferorthopädie)",
      "Aufstellung ohne Standort",
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain("287 301 0,08 € 24,08 €");
    expect(text).toContain("Summe 1.086 1.234 98,72 €");
    expect(text).toContain("1.234 Stück 0,08 € 98,72 €");
  });

  it("embeds the EN 16931 XML as factur-x.xml in a PDF/A-3, valid against the CII schema, with the same totals", () => {
    for (const { doc, xml, pdf } of Object.values(rendered)) {
      expect(xml, doc.number).toContain("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>");
      expect(ciiValues(xml, "ID")).toContain(doc.number);
      expectCiiTotals(xml, doc);
      expect(schemaErrors(xml, FACTUR_X_EN16931_XSD)).toBeNull();
      const raw = Buffer.from(pdf).toString("latin1");
      expect(raw).toContain("<pdfaid:part>3</pdfaid:part>");
      expect(raw).toContain('fx:ConformanceLevel>EN 16931<');
    }
  });

  it("the cancellation's embedded XML references the cancelled invoice", () => {
    const { xml } = rendered.cancellation;
    expect(ciiValues(xml, "TypeCode")[0]).toBe("384");
    expect(ciiValues(xml, "IssuerAssignedID")).toEqual(["2026-000100"]);
  });
});
