import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiPractice, mobile } from "../support/api-practice";

// Every page of the portal renders for a main user of a practice that has sent something, with
// its German heading, without errors in the browser and without serious accessibility problems.
// The flows behind the pages are tested in lib/ and in account-flow.spec.ts.

test.describe.configure({ mode: "serial" });

const PAGES: [path: string, heading: RegExp][] = [
  ["/uebersicht", /Übersicht/],
  ["/sms", /Gesendete SMS/],
  ["/sms/scheduled", /Geplante SMS/],
  ["/sms/antworten", /Antworten/],
  ["/sms/test", /Test-SMS/],
  ["/stat/activity", /Statistiken/],
  ["/stat/invoice", /Rechnungen/],
  ["/organization/apikey", /API-Key/],
  ["/organization/webhooks", /Webhooks/],
  ["/organization/settings", /Praxis|Organisation/],
  ["/organization/sms", /SMS-Einstellungen/],
  ["/organization/opt-outs", /Abmeldungen/],
  ["/organization/users", /Benutzer/],
  ["/organization/audit", /Protokoll/],
  ["/konto", /Konto/],
];

test("every portal page renders for a main user", async ({ page, playwright }) => {
  // Fourteen pages, each with an accessibility scan: more than the default 30 s on a busy machine.
  test.setTimeout(180_000);
  const practice = await apiPractice();
  const api = await playwright.request.newContext({ baseURL: practice.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${practice.apiKey}` } });
  const sent = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Ihr Termin morgen um 10 Uhr." } })).json();
  await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Recall", sendAt: new Date(Date.now() + 86_400_000).toISOString() } });

  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource.*404/.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });

  await page.goto(`${practice.baseURL}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(practice.login.email);
  await page.getByLabel("Passwort").fill(practice.login.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/uebersicht/);

  for (const [path, heading] of [...PAGES, [`/sms/${sent.id}`, /SMS/] as [string, RegExp]]) {
    const response = await page.goto(`${practice.baseURL}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toHaveText(heading);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${path} ${violation.id}: ${violation.help}`);
    expect(serious).toEqual([]);
  }
  expect(problems).toEqual([]);

  // An id that is not the practice's: a 404 inside the shell, with a way back.
  const missing = await page.goto(`${practice.baseURL}/sms/00000000-0000-4000-8000-000000000000`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diesen Eintrag gibt es nicht");
  await expect(page.getByRole("navigation", { name: "Portal" })).toBeVisible();
});
