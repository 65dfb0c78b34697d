import { describe, expect, it } from "vitest";
import { resolveCompany } from "./company";
import { resolveProcessors } from "./processors";

const COMPLETE = {
  COMPANY_NAME: "Praxisbote GmbH",
  COMPANY_LEGAL_FORM: "GmbH",
  COMPANY_STREET: "Königstraße 10",
  COMPANY_POSTAL_CODE: "70173",
  COMPANY_CITY: "Stuttgart",
  COMPANY_REPRESENTATIVE: "Jana Beispiel",
  COMPANY_EMAIL: "hallo@praxisbote.de",
  COMPANY_PHONE: "+49 711 1234560",
  COMPANY_REGISTER: "Amtsgericht Stuttgart, HRB 12345",
  COMPANY_VAT_ID: "DE123456789",
  HOSTING_PROVIDER: "Hosting AG, Frankfurt am Main",
};

describe("the provider's details", () => {
  it("uses the configured values and reports nothing missing", () => {
    const company = resolveCompany({ ...COMPLETE, NODE_ENV: "production" });
    expect(company.missing).toEqual([]);
    expect(company.examples).toEqual([]);
    expect(company.details.name).toBe("Praxisbote GmbH");
    expect(company.details.privacyEmail).toBe("hallo@praxisbote.de");
  });

  it("in production leaves missing values empty and names their variables", () => {
    const company = resolveCompany({ ...COMPLETE, COMPANY_VAT_ID: undefined, COMPANY_REGISTER: undefined, NODE_ENV: "production" });
    expect(company.missing.map((field) => field.variable)).toEqual(["COMPANY_REGISTER", "COMPANY_VAT_ID"]);
    expect(company.details.vatId).toBe("");
    expect(company.showsExamples).toBe(false);
  });

  it("in development fills the gaps with examples and marks them", () => {
    const company = resolveCompany({ NODE_ENV: "development", PRIVACY_CONTACT_EMAIL: "datenschutz@praxisbote.de" });
    expect(company.showsExamples).toBe(true);
    expect(company.details.name).not.toBe("");
    expect(company.examples).toContain("name");
    expect(company.details.privacyEmail).toBe("datenschutz@praxisbote.de");
    expect(company.examples).not.toContain("privacyEmail");
  });
});

describe("the processors named in the privacy statement", () => {
  it("names seven.io and Resend only when they are configured", () => {
    const [carrier, email] = resolveProcessors({ CARRIER: "seven", RESEND_API_KEY: undefined });
    expect(carrier.provider).toContain("seven");
    expect(email.provider).toBeNull();
    expect(email.detail).not.toContain("USA");
    expect(resolveProcessors({ CARRIER: "simulator", RESEND_API_KEY: "re_x" })[0].provider).toBeNull();
  });
});
