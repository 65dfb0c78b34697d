import { FormatFactoryService, InvoiceService, type Invoice, type InvoiceServiceOptions, type Logger } from "@e-invoice-eu/core";

/** XRechnung 3.0 in CII syntax: the XML offered for download. */
export const XRECHNUNG_FORMAT = "XRECHNUNG-CII";
/** Factur-X / ZUGFeRD, profile EN 16931 ("Comfort"): the XML embedded in the PDF/A-3. */
export const FACTUR_X_FORMAT = "Factur-X-EN16931";

// The library reports schema errors through the logger and again in the error it throws.
const silentLogger: Logger = { log() {}, warn() {}, error() {} };

/**
 * @e-invoice-eu/core 2.3.4 validates BG-3 in its documented shape
 * (`cac:BillingReference[].cac:InvoiceDocumentReference.cbc:ID`) but its CII writer reads
 * `cac:BillingReference[].cbc:ID`, so the preceding invoice (BT-25/BT-26) would silently vanish
 * from a cancellation. The data is validated in the documented shape and written in both.
 */
function withPrecedingInvoiceForCii(data: Invoice): Invoice {
  const copy = structuredClone(data);
  const references = copy["ubl:Invoice"]["cac:BillingReference"];
  if (references) {
    copy["ubl:Invoice"]["cac:BillingReference"] = references.map((reference) => ({
      ...reference,
      ...reference["cac:InvoiceDocumentReference"],
    }));
  }
  return copy;
}

/**
 * Renders `data` in `options.format` with the library. The library's validation (its EN 16931
 * JSON schema, in XRechnung's stricter variant: buyer reference, electronic addresses) runs
 * first through its own InvoiceService and throws an ajv ValidationError listing every problem.
 */
export async function generateEInvoice(data: Invoice, options: Omit<InvoiceServiceOptions, "lang">): Promise<string | Uint8Array> {
  await new InvoiceService(silentLogger).generate(data, { format: XRECHNUNG_FORMAT, lang: "de-de" });
  const factory = new FormatFactoryService();
  const format = factory.normalizeFormat(options.format);
  const formatter = factory.createFormatService(format, silentLogger);
  const patched = withPrecedingInvoiceForCii(data);
  formatter.fillInvoiceDefaults(patched);
  return formatter.generate(patched, { ...options, format, lang: "de-de" });
}
