import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderInvoiceXml } from "../e-invoice/render-invoice-xml";
import { renderInvoicePdf } from "./render-invoice-pdf";
import { buildSampleInvoice, SAMPLE_VARIANTS } from "./sample-invoice";

// Renders every sample variant to a folder, to look at the PDFs (pdftoppm -png) and the XML:
//   npx tsx --import ./scripts/support/server-only.mjs lib/billing/pdf/render-samples.ts /tmp/invoices

async function main(folder: string) {
  mkdirSync(folder, { recursive: true });
  for (const variant of SAMPLE_VARIANTS) {
    const doc = buildSampleInvoice(variant);
    const started = performance.now();
    const pdf = await renderInvoicePdf(doc);
    const pdfMs = Math.round(performance.now() - started);
    writeFileSync(path.join(folder, `${variant}.pdf`), pdf);
    writeFileSync(path.join(folder, `${variant}.xml`), await renderInvoiceXml(doc));
    console.log(`${variant}: ${variant}.pdf (${pdf.length} Bytes, ${pdfMs} ms), ${variant}.xml`);
  }
}

main(process.argv[2] ?? "/tmp/invoices").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
