// The one place for the provider's details: Impressum and Datenschutz read them from here.
import { env, type Env } from "../env";

const COMPANY_FIELDS = [
  { key: "name", variable: "COMPANY_NAME", label: "Name des Anbieters", example: "Praxisbote Beispiel GmbH" },
  { key: "legalForm", variable: "COMPANY_LEGAL_FORM", label: "Rechtsform", example: "Gesellschaft mit beschränkter Haftung" },
  { key: "street", variable: "COMPANY_STREET", label: "Straße und Hausnummer", example: "Musterstraße 1" },
  { key: "postalCode", variable: "COMPANY_POSTAL_CODE", label: "Postleitzahl", example: "70173" },
  { key: "city", variable: "COMPANY_CITY", label: "Ort", example: "Stuttgart" },
  { key: "representative", variable: "COMPANY_REPRESENTATIVE", label: "Vertretungsberechtigte Person", example: "Erika Mustermann (Geschäftsführerin)" },
  { key: "email", variable: "COMPANY_EMAIL", label: "E-Mail-Adresse", example: "kontakt@example.com" },
  { key: "phone", variable: "COMPANY_PHONE", label: "Telefonnummer", example: "+49 711 000000" },
  { key: "register", variable: "COMPANY_REGISTER", label: "Registergericht und Registernummer", example: "Amtsgericht Stuttgart, HRB 000000" },
  { key: "vatId", variable: "COMPANY_VAT_ID", label: "Umsatzsteuer-Identifikationsnummer", example: "DE000000000" },
  { key: "hostingProvider", variable: "HOSTING_PROVIDER", label: "Hosting-Anbieter", example: "Beispiel Hosting GmbH, Frankfurt am Main" },
] as const satisfies readonly { key: string; variable: keyof Env; label: string; example: string }[];

export type CompanyField = (typeof COMPANY_FIELDS)[number];
export type CompanyDetails = Record<CompanyField["key"], string> & { privacyEmail: string };

export interface Company {
  /** Configured values; in development, examples stand in for the missing ones. */
  details: CompanyDetails;
  /** Fields that are not configured. */
  missing: CompanyField[];
  /** True when `details` contains examples instead of missing values (never in production). */
  showsExamples: boolean;
  /** The details that hold an example rather than a configured value. */
  examples: (keyof CompanyDetails)[];
}

type CompanySource = Pick<Env, CompanyField["variable"] | "PRIVACY_CONTACT_EMAIL" | "NODE_ENV">;

/**
 * Resolves the provider's details. In production a missing value stays empty, so that nobody
 * publishes an example address as a legal notice; the pages list what is missing instead.
 */
export function resolveCompany(source: CompanySource): Company {
  const missing = COMPANY_FIELDS.filter((field) => !source[field.variable]);
  const showsExamples = source.NODE_ENV !== "production" && missing.length > 0;
  const values = Object.fromEntries(
    COMPANY_FIELDS.map((field) => [field.key, source[field.variable] ?? (showsExamples ? field.example : "")]),
  ) as Record<CompanyField["key"], string>;
  const examples: (keyof CompanyDetails)[] = showsExamples ? missing.map((field) => field.key) : [];
  if (examples.includes("email") && !source.PRIVACY_CONTACT_EMAIL) examples.push("privacyEmail");
  return {
    details: { ...values, privacyEmail: source.PRIVACY_CONTACT_EMAIL ?? values.email },
    missing,
    showsExamples,
    examples,
  };
}

/** The provider's details as configured in this process. */
export function readCompany(): Company {
  return resolveCompany(env);
}

// What our invoices need beyond the Impressum: kept apart, so the legal pages do not list them.
const BILLING_FIELDS = [
  { key: "taxNumber", variable: "COMPANY_TAX_NUMBER", label: "Steuernummer", example: "99/000/00000" },
  { key: "iban", variable: "COMPANY_IBAN", label: "IBAN unseres Geschäftskontos", example: "DE02120300000000202051" },
  { key: "bic", variable: "COMPANY_BIC", label: "BIC unseres Geschäftskontos", example: "BYLADEM1001" },
  { key: "bankName", variable: "COMPANY_BANK_NAME", label: "Name unserer Bank", example: "Deutsche Kreditbank" },
  { key: "sepaCreditorId", variable: "COMPANY_SEPA_CREDITOR_ID", label: "Gläubiger-Identifikationsnummer", example: "DE98ZZZ09999999999" },
] as const satisfies readonly { key: string; variable: keyof Env; label: string; example: string }[];

export type BillingField = (typeof BILLING_FIELDS)[number];
export type BillingDetails = Record<BillingField["key"], string>;

type BillingSource = Pick<Env, BillingField["variable"] | "NODE_ENV">;

/** Our tax number and bank account for invoices; examples stand in outside production, as for the Impressum. */
export function resolveBillingDetails(source: BillingSource): { details: BillingDetails; missing: BillingField[] } {
  const missing = BILLING_FIELDS.filter((field) => !source[field.variable]);
  const examples = source.NODE_ENV !== "production";
  const details = Object.fromEntries(
    BILLING_FIELDS.map((field) => [field.key, source[field.variable] ?? (examples ? field.example : "")]),
  ) as BillingDetails;
  return { details, missing };
}

/** The billing details as configured in this process. */
export function readBillingDetails(): { details: BillingDetails; missing: BillingField[] } {
  return resolveBillingDetails(env);
}
