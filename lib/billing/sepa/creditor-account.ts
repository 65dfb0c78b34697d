import { isValidBIC, isValidIBAN } from "ibantools";
import { validateCreditorID } from "sepa";
import { compactIban } from "../sepa-mandate";
import type { SepaCreditorAccount } from "./direct-debit-file";

// Our side of a direct debit. A bank file is never built from examples or placeholders: what is
// missing or wrong is named, by its variable, for the operator.

export interface CreditorAccountSource {
  COMPANY_NAME?: string;
  COMPANY_IBAN?: string;
  COMPANY_BIC?: string;
  COMPANY_SEPA_CREDITOR_ID?: string;
}

export type CreditorAccountResult = { ok: true; account: SepaCreditorAccount } | { ok: false; problems: string[] };

export function resolveCreditorAccount(source: CreditorAccountSource): CreditorAccountResult {
  const problems: string[] = [];
  const name = source.COMPANY_NAME?.trim() ?? "";
  const iban = compactIban(source.COMPANY_IBAN ?? "");
  const bic = (source.COMPANY_BIC ?? "").replace(/\s/g, "").toUpperCase();
  const creditorId = (source.COMPANY_SEPA_CREDITOR_ID ?? "").replace(/\s/g, "").toUpperCase();
  if (!name) problems.push("COMPANY_NAME fehlt (unser Name als Zahlungsempfänger).");
  if (!source.COMPANY_IBAN) problems.push("COMPANY_IBAN fehlt (unser Konto, auf das eingezogen wird).");
  else if (!isValidIBAN(iban)) problems.push("COMPANY_IBAN ist keine gültige IBAN.");
  if (bic && !isValidBIC(bic)) problems.push("COMPANY_BIC ist keine gültige BIC.");
  if (!creditorId) problems.push("COMPANY_SEPA_CREDITOR_ID fehlt (unsere Gläubiger-Identifikationsnummer).");
  else if (!validateCreditorID(creditorId)) problems.push("COMPANY_SEPA_CREDITOR_ID ist keine gültige Gläubiger-Identifikationsnummer.");
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, account: { name, iban, bic: bic || null, creditorId } };
}
