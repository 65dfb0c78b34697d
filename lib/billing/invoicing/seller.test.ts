import { describe, expect, it } from "vitest";
import { resolveBillingDetails, resolveCompany } from "../../content/company";
import { sellerFrom } from "./seller";

const configured = {
  COMPANY_NAME: "Praxisbote GmbH",
  COMPANY_STREET: "Königstraße 1",
  COMPANY_POSTAL_CODE: "70173",
  COMPANY_CITY: "Stuttgart",
  COMPANY_EMAIL: "rechnung@praxisbote.de",
  COMPANY_VAT_ID: "DE123456789",
  COMPANY_TAX_NUMBER: "99/123/45678",
  COMPANY_IBAN: "DE02 1203 0000 0000 2020 51",
  COMPANY_SEPA_CREDITOR_ID: "DE98ZZZ09999999999",
};

describe("our data on the invoices", () => {
  it("comes from the configuration, the IBAN compact", () => {
    const source = { ...configured, NODE_ENV: "production" as const };
    const seller = sellerFrom(resolveCompany(source), resolveBillingDetails(source), true);
    expect(seller).toMatchObject({ name: "Praxisbote GmbH", taxNumber: "99/123/45678", iban: "DE02120300000000202051", sepaCreditorId: "DE98ZZZ09999999999", bic: "", countryCode: "DE" });
  });

  it("stops invoicing in production and names what is missing; development uses examples", () => {
    const source = { ...configured, COMPANY_TAX_NUMBER: undefined, COMPANY_IBAN: undefined };
    expect(() => sellerFrom(resolveCompany({ ...source, NODE_ENV: "production" }), resolveBillingDetails({ ...source, NODE_ENV: "production" }), true)).toThrow(
      "Es fehlen: COMPANY_TAX_NUMBER (Steuernummer), COMPANY_IBAN (IBAN unseres Geschäftskontos).",
    );
    const development = sellerFrom(resolveCompany({ NODE_ENV: "development" }), resolveBillingDetails({ NODE_ENV: "development" }), false);
    expect(development).toMatchObject({ taxNumber: "99/000/00000", iban: "DE02120300000000202051" });
  });
});
