import { spawnSync } from "node:child_process";
import path from "node:path";

// Tests check the XML we hand to banks and tax advisers against the official schemas, with
// xmllint (Debian's libxml2-utils, installed by scripts/ensure-test-tools.sh). The libraries
// that write the files check their input, not the XML they produce.

/** ISO 20022 SEPA direct debit, the version the `sepa` package writes. */
export const PAIN_008_XSD = path.join(process.cwd(), "lib/billing/sepa/schema/pain.008.001.08.xsd");
/** Factur-X / ZUGFeRD EN 16931 (CII), see lib/billing/e-invoice/schema/README.md. */
export const FACTUR_X_EN16931_XSD = path.join(process.cwd(), "lib/billing/e-invoice/schema/Factur-X_1.07.3_EN16931.xsd");

/** xmllint's verdict on `xml` against the schema: null when valid, else its messages. */
export function schemaErrors(xml: string, xsdPath: string): string | null {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsdPath, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error("xmllint fehlt: bash scripts/ensure-test-tools.sh installiert es (Debian-Paket libxml2-utils).");
  return result.status === 0 ? null : result.stderr;
}
