// The provider's details the main e2e server runs with (playwright.config.ts); the PostgreSQL
// server runs without them, so that one shows the production warning instead.
export const E2E_COMPANY = {
  COMPANY_NAME: "Praxisbote Test GmbH",
  COMPANY_LEGAL_FORM: "Gesellschaft mit beschränkter Haftung",
  COMPANY_STREET: "Königstraße 10",
  COMPANY_POSTAL_CODE: "70173",
  COMPANY_CITY: "Stuttgart",
  COMPANY_REPRESENTATIVE: "Jana Prüfer",
  COMPANY_EMAIL: "kontakt@praxisbote.test",
  COMPANY_PHONE: "+49 711 5550100",
  COMPANY_REGISTER: "Amtsgericht Stuttgart, HRB 999999",
  COMPANY_VAT_ID: "DE999999999",
  PRIVACY_CONTACT_EMAIL: "datenschutz@praxisbote.test",
  HOSTING_PROVIDER: "Test-Hosting GmbH, Frankfurt am Main",
};

/** `NAME='value' …` for a shell command line; the values above contain no single quote. */
export const E2E_COMPANY_SHELL = Object.entries(E2E_COMPANY)
  .map(([name, value]) => `${name}='${value}'`)
  .join(" ");
