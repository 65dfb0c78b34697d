import { expect, test } from "@playwright/test";
import { POSTGRES_SERVER } from "../support/e2e-servers";
import { E2E_DATABASE_URL } from "../support/e2e-database";
import { E2E_COMPANY } from "./company-env";

// The server on PostgreSQL (playwright.config.ts) runs without COMPANY_* variables.
const UNCONFIGURED_SERVER = POSTGRES_SERVER.baseURL;

test("the landing page claims no direct carrier connection and describes sign-up as /registrieren does it", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main).toContainText("In drei Schritten startklar");
  await expect(main).not.toContainText(/direkte\w* Anbindung|Direktanbindung/i);
  // Sign-up is the form plus the confirmation link; the key comes after confirming.
  await expect(main).toContainText("bestätigen Sie Ihre E-Mail-Adresse");
  await page.goto("/registrieren");
  await expect(page.getByRole("button", { name: "Praxis registrieren" })).toBeVisible();
});

test("the FAQ names the gateway and the configured rate limit", async ({ page }) => {
  await page.goto("/faq");
  const main = page.getByRole("main");
  await expect(main).not.toContainText(/direkte\w* Anbindung|Direktanbindung/i);
  await expect(main).toContainText("SMS-Versanddienstleisters (Gateway)");
  // The e2e build sets no API_RATE_LIMIT_PER_MINUTE, so the page quotes the default.
  await expect(main).toContainText("mehr als 600 Anfragen in einer Minute");
});

test("/zeichenoptimierung shows refused control characters as refused, not removed", async ({ page }) => {
  await page.goto("/zeichenoptimierung");
  const nul = page.getByRole("row").filter({ hasText: "U+0000" });
  await expect(nul).toHaveCount(1);
  await expect(nul).toContainText("abgelehnt");
  await expect(nul).not.toContainText("entfernt");
  await expect(page.getByRole("row").filter({ hasText: "U+200B" })).toContainText("entfernt");
});

test("the Impressum shows the configured provider details", async ({ page }) => {
  await page.goto("/impressum");
  const main = page.getByRole("main");
  for (const value of [
    E2E_COMPANY.COMPANY_NAME,
    E2E_COMPANY.COMPANY_LEGAL_FORM,
    E2E_COMPANY.COMPANY_STREET,
    `${E2E_COMPANY.COMPANY_POSTAL_CODE} ${E2E_COMPANY.COMPANY_CITY}`,
    E2E_COMPANY.COMPANY_REPRESENTATIVE,
    E2E_COMPANY.COMPANY_PHONE,
    E2E_COMPANY.COMPANY_REGISTER,
    E2E_COMPANY.COMPANY_VAT_ID,
  ]) {
    await expect(main).toContainText(value);
  }
  await expect(main.getByRole("link", { name: E2E_COMPANY.COMPANY_EMAIL })).toHaveAttribute("href", `mailto:${E2E_COMPANY.COMPANY_EMAIL}`);
  await expect(main).not.toContainText("nicht vollständig konfiguriert");
  await expect(main).not.toContainText("Beispiel");
});

test("the Datenschutz page names the controller, its privacy contact and the hosting provider", async ({ page }) => {
  await page.goto("/datenschutz");
  const main = page.getByRole("main");
  await expect(main).toContainText(E2E_COMPANY.COMPANY_NAME);
  await expect(main).toContainText(E2E_COMPANY.HOSTING_PROVIDER);
  await expect(main.getByRole("link", { name: E2E_COMPANY.PRIVACY_CONTACT_EMAIL })).toBeVisible();
  await expect(main).toContainText("Art. 28 DSGVO");
  await expect(main).toContainText("60 Tage");
  await expect(main).not.toContainText("nicht vollständig konfiguriert");
});

test("without provider details both legal pages warn and name what is missing", async ({ page }) => {
  test.skip(!E2E_DATABASE_URL, "the unconfigured server runs only with TEST_DATABASE_URL");
  for (const path of ["/impressum", "/datenschutz"]) {
    await page.goto(`${UNCONFIGURED_SERVER}${path}`);
    const warning = page.getByRole("complementary", { name: "Warnung: Angaben unvollständig" });
    await expect(warning).toContainText("Die Angaben des Anbieters sind noch nicht vollständig konfiguriert");
    await expect(warning).toContainText("COMPANY_NAME");
    await expect(warning).toContainText("COMPANY_VAT_ID");
  }
});
