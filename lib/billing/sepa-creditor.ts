import { readCompany } from "../content/company";
import { env } from "../env";
import type { SepaCreditor } from "./sepa-mandate";

/** Shown in place of a creditor id that is not configured yet, so nobody mistakes it for a real one. */
export const CREDITOR_ID_PLACEHOLDER = "[Gläubiger-ID folgt]";

/** Our name (lib/content/company.ts) and Gläubiger-ID (COMPANY_SEPA_CREDITOR_ID) as the mandate names them. */
export function readSepaCreditor(): SepaCreditor {
  const { details } = readCompany();
  return { name: details.name || "Praxisbote", id: env.COMPANY_SEPA_CREDITOR_ID ?? CREDITOR_ID_PLACEHOLDER };
}
