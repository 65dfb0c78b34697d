import { connectDatabase } from "../db/client";
import { checkConfiguration } from "./config/production-check";
import { missingSellerDetails } from "./billing/invoicing/seller";
import { readBillingDetails, readCompany } from "./content/company";
import { getRuntime, usesInngest } from "./delivery/runtime";
import { env } from "./env";
import { describeError } from "./log-error";
import { ensureDemoPractice, formatDemoBanner } from "./practices/demo-practice";

/** A start that must not happen; its message is the whole explanation for the operator. */
export class StartRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartRefusedError";
  }
}

/**
 * Runs once per server process: refuse a production start on development settings; without
 * Inngest start the local driver that hands over due messages; open and migrate the database in
 * the background, retrying until it is there (pages need no database, the API answers 503
 * meanwhile); on the embedded default create the demo practice.
 */
export function startServer(): void {
  const check = checkConfiguration(env);
  if (check.refusal) throw new StartRefusedError(check.refusal);
  if (env.NODE_ENV === "production" && !check.productionSafe) {
    console.warn(`[start] Eingebettete Datenbank mit Entwicklungs-Einstellungen, nicht für den Betrieb:\n  - ${check.missing.join("\n  - ")}`);
  }
  if (env.NODE_ENV === "production" && env.APP_URL_FROM_PORT) {
    console.warn(`[start] APP_URL ist nicht gesetzt; verwendet wird ${env.APP_URL}. Links in E-Mails, Webhook-Adressen und die API-Dokumentation brauchen die öffentliche Adresse: bitte APP_URL setzen.`);
  }
  if (env.NODE_ENV === "production" && env.WEBHOOK_ALLOW_PRIVATE_NETWORKS === "1") {
    console.warn("[start] WEBHOOK_ALLOW_PRIVATE_NETWORKS=1: Webhooks dürfen auch an interne Adressen und per http gehen. Nur für Installationen im eigenen Netz der Praxis.");
  }
  const missingForInvoices = missingSellerDetails(readCompany(), readBillingDetails());
  if (env.NODE_ENV === "production" && missingForInvoices.length > 0) {
    console.warn(`[start] Für Rechnungen fehlen unsere Angaben; die monatliche Abrechnung bleibt stehen, bis sie gesetzt sind:\n  - ${missingForInvoices.join("\n  - ")}`);
  }
  if (!usesInngest()) {
    getRuntime().driver.start();
    getRuntime().webhooks.start();
  }
  void connectDatabase()
    .then(async (handle) => {
      console.log(`[start] Datenbank bereit (${handle.driver}).`);
      const wantsDemo = env.DEMO_DATA ? env.DEMO_DATA === "1" : handle.driver === "pglite";
      if (!wantsDemo) return;
      const demo = await ensureDemoPractice(handle.db, env.DATA_DIR);
      console.log(formatDemoBanner(demo, env.APP_URL));
    })
    .catch((error) => console.error("[start] Demo-Praxis konnte nicht angelegt werden:", describeError(error)));
}
