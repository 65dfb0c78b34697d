import { readBillingDetails, readCompany, type BillingField, type BillingDetails, type Company } from "../../content/company";
import { env } from "../../env";
import { DomainError } from "../../errors/domain-error";
import type { InvoiceSeller } from "../invoice-document";

const REQUIRED_COMPANY = ["name", "street", "postalCode", "city", "email", "vatId"];
const REQUIRED_BILLING = ["taxNumber", "iban"];

/**
 * We as the invoices name us (lib/content/company.ts). An invoice with a field missing would be
 * no proper invoice under §14 UStG: in production invoicing stops and names the variables.
 */
export function sellerFrom(company: Company, billing: { details: BillingDetails; missing: BillingField[] }, production: boolean): InvoiceSeller {
  const missing = missingSellerDetails(company, billing);
  if (production && missing.length > 0) {
    throw new DomainError("invalid_request", `Rechnungen brauchen unsere vollständigen Angaben. Es fehlen: ${missing.join(", ")}.`);
  }
  const { details } = company;
  return {
    name: details.name,
    street: details.street,
    postalCode: details.postalCode,
    city: details.city,
    countryCode: "DE",
    vatId: details.vatId,
    taxNumber: billing.details.taxNumber,
    email: details.email,
    phone: details.phone,
    register: details.register,
    representative: details.representative,
    iban: billing.details.iban.replace(/\s/g, ""),
    bic: billing.details.bic,
    bankName: billing.details.bankName,
    sepaCreditorId: billing.details.sepaCreditorId,
  };
}

/** "COMPANY_TAX_NUMBER (Steuernummer)" for each detail an invoice needs that is not configured. */
export function missingSellerDetails(company: Company, billing: { missing: BillingField[] }): string[] {
  return [
    ...company.missing.filter((field) => REQUIRED_COMPANY.includes(field.key)),
    ...billing.missing.filter((field) => REQUIRED_BILLING.includes(field.key)),
  ].map((field) => `${field.variable} (${field.label})`);
}

export const readSeller = (): InvoiceSeller => sellerFrom(readCompany(), readBillingDetails(), env.NODE_ENV === "production");
