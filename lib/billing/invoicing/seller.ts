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
  const missing = [
    ...company.missing.filter((field) => REQUIRED_COMPANY.includes(field.key)),
    ...billing.missing.filter((field) => REQUIRED_BILLING.includes(field.key)),
  ];
  if (production && missing.length > 0) {
    throw new DomainError(
      "invalid_request",
      `Rechnungen brauchen unsere vollständigen Angaben. Es fehlen: ${missing.map((field) => `${field.variable} (${field.label})`).join(", ")}.`,
    );
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

export const readSeller = (): InvoiceSeller => sellerFrom(readCompany(), readBillingDetails(), env.NODE_ENV === "production");
