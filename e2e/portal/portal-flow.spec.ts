import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { E2E_SENDER_NUMBERS, mobile, type ApiPractice } from "../support/api-practice";
import { E2E_SERVERS, flowPractice } from "../support/flow-practice";
import { linkIn, newestMailTo } from "../support/mailbox";
import { pageChecks } from "../support/portal-checks";

// A practice's day with the portal, in a real browser, as one serial story (issue 10, "Quality"):
// a key made in the portal sends by HTTP, the lists show and follow what happened, scheduled SMS
// are removed, replies and statistics arrive, keys are rotated and revoked, the bank details are
// checked, and a staff user sees only what staff may. On the embedded server every page it visits
// is also checked with axe and photographed at desktop width and 360 px (test-results/portal-screens).
// It runs on the embedded server and, with TEST_DATABASE_URL, on the PostgreSQL one too, each
// with a practice of its own (e2e/support/flow-practice.ts), so its counts are exact.

// Waits for the app's own background work (dispatch, simulator reports, the roll-up, which the
// test servers run every 5 s): generous, as the two servers share two cores with the other tests.
const DELIVERY_TIMEOUT = 60_000;
const ROLL_UP_TIMEOUT = 150_000;

const REPLY_TEXT = "Danke für die Erinnerung, ich komme pünktlich.";
const VALID_IBAN = "DE89 3704 0044 0532 0130 00";

/** A CSV file's lines split into values (every value is quoted, CRLF line ends: lib/csv/excel-csv.ts). */
function parseCsv(text: string): string[][] {
  return text
    .split("\r\n")
    .filter(Boolean)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"(?:;|$)/g)].map((match) => match[1].replaceAll('""', '"')));
}

for (const server of E2E_SERVERS) {
  test.describe(`the portal flow on the ${server.name} server`, () => {
    const { expectAccessible, screenshots } = pageChecks(server);
    test.describe.configure({ mode: "serial", timeout: 120_000 });

    const run = Math.random().toString(36).slice(2, 8);
    const staff = { email: `team-ablauf-${run}@example.test`, name: "Tina Teamzugang", password: "Zahnseide-Laterne-Gewitter-71" };
    const texts = {
      first: `Ablauf ${run}: Ihr Termin morgen um 10 Uhr.`,
      keep: `Ablauf ${run}: Recall in einem halben Jahr.`,
      remove: `Ablauf ${run}: Kontrolltermin, bitte absagen.`,
      reply: `Ablauf ${run}: Bitte bestätigen Sie Ihren Termin.`,
    };
    const recipients = { first: mobile("00"), keep: mobile("00"), remove: mobile("00"), reply: mobile("06"), test: mobile("00") };

    let practice: ApiPractice;
    let api: APIRequestContext;
    let mainContext: BrowserContext;
    let page: Page;
    let staffContext: BrowserContext;
    let staffPage: Page;
    let apiKey = "";
    let rotatedKey = "";
    let firstId = "";

    const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
    const sendSms = async (key: string, data: Record<string, string>) => {
      const response = await api.post("/api/v1/sms", { headers: bearer(key), data });
      expect(response.status(), await response.text()).toBe(202);
      return (await response.json()) as { id: string; status: string };
    };
    /** Visits a portal page as the main user, checks it with axe and takes both screenshots. */
    const visit = async (path: string, heading: string | RegExp, name: string) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, name);
    };

    test.beforeAll(async ({ browser, playwright }) => {
      practice = await flowPractice(server);
      api = await playwright.request.newContext({ baseURL: server.baseURL });
      mainContext = await browser.newContext({ baseURL: server.baseURL, acceptDownloads: true });
      page = await mainContext.newPage();
      staffContext = await browser.newContext({ baseURL: server.baseURL });
      staffPage = await staffContext.newPage();
    });
    test.afterAll(async () => {
      await api?.dispose();
      await mainContext?.close();
      await staffContext?.close();
    });

    test("log in and create an API key, shown in full once", async () => {
      await page.goto("/anmelden");
      await page.getByLabel("E-Mail-Adresse").fill(practice.login.email);
      await page.getByLabel("Passwort", { exact: true }).fill(practice.login.password);
      await page.getByRole("button", { name: "Anmelden", exact: true }).click();
      await expect(page).toHaveURL(/\/uebersicht$/);
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "uebersicht");

      await visit("/organization/apikey", "API-Keys", "organization-apikey");
      await page.getByLabel("Name", { exact: true }).fill("PVS Empfang");
      await page.getByRole("button", { name: "API-Key erstellen" }).click();
      await expect(page.getByText("Der API-Key „PVS Empfang“ ist erstellt.")).toBeVisible();
      apiKey = (await page.getByTestId("issued-api-key").innerText()).trim();
      expect(apiKey).toMatch(/^pb_live_[A-Za-z0-9]{32}$/);
      const keys = page.getByRole("table", { name: "API-Keys Ihrer Praxis" });
      await expect(keys.getByRole("row").filter({ hasText: "PVS Empfang" })).toContainText(`${apiKey.slice(0, 14)}…`);
      // Shown once: a new visit shows the prefix only.
      await page.reload();
      await expect(page.getByTestId("issued-api-key")).toHaveCount(0);
      await expect(page.getByText(apiKey)).toHaveCount(0);
    });

    test("an SMS posted with the key shows in /sms, and its status moves to „zugestellt“ without a reload", async () => {
      test.setTimeout(180_000);
      // Due in 15 s, so the list is sure to show it before the carrier's report.
      const sent = await sendSms(apiKey, {
        to: recipients.first,
        from: practice.sender,
        text: texts.first,
        reference: `ablauf-${run}`,
        sendAt: new Date(Date.now() + 15_000).toISOString(),
      });
      firstId = sent.id;

      expect((await page.goto("/sms"))?.status()).toBe(200);
      // A mark on this document: a reload would start a new one without it.
      await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
      const row = page.getByRole("table", { name: "Gesendete SMS, neueste zuerst" }).getByRole("row").filter({ hasText: texts.first });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(practice.sender);
      await expect(row.getByText("ausstehend", { exact: true })).toBeVisible();
      await expect(row.getByText("zugestellt", { exact: true })).toBeVisible({ timeout: 15_000 + DELIVERY_TIMEOUT });
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), "the page was reloaded").toBe(true);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gesendete SMS");
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "sms");
    });

    test("the detail page shows the whole SMS and its status history", async () => {
      await page.getByRole("link", { name: texts.first }).click();
      await expect(page).toHaveURL(new RegExp(`/sms/${firstId}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^SMS vom /);
      await expect(page.getByText(recipients.first, { exact: true })).toBeVisible();
      await expect(page.getByText(`ablauf-${run}`, { exact: true })).toBeVisible();
      const history = page.getByRole("region", { name: "Statusverlauf" });
      await expect(history.getByText("zugestellt", { exact: true })).toBeVisible();
      await expect(history.getByText("DELIVRD")).toBeVisible();
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "sms-detail");
    });

    test("the CSV export of the filtered list: BOM, `;`, German headers, the row", async () => {
      await page.goto("/sms");
      await page.getByLabel("Status", { exact: true }).selectOption({ label: "zugestellt" });
      await page.getByLabel("Empfängernummer").fill(recipients.first);
      await page.getByRole("button", { name: "Filtern" }).click();
      await expect(page).toHaveURL(/[?&]nummer=.*/);
      await expect(page).toHaveURL(/[?&]status=delivered/);
      await expect(page.getByRole("table", { name: "Gesendete SMS, neueste zuerst" }).getByRole("row")).toHaveCount(2);
      const exportLink = page.getByRole("link", { name: "Als CSV exportieren" });
      await expect(exportLink).toHaveAttribute("href", /^\/sms\/export\?(?=.*status=delivered)(?=.*nummer=)/);

      const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
      expect(download.suggestedFilename()).toMatch(/^gesendete-sms-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8").slice(1);
      expect(text.split("\r\n")[0]).toContain('"Datum";"Uhrzeit";"Empfänger";"Absender";"Text"');
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(["Datum", "Uhrzeit", "Empfänger", "Absender", "Text", "Teile", "Zeichen", "Kodierung", "Status", "Status seit", "Standort", "Referenz", "Preis (EUR)", "Test", "ID"]);
      // The filters hold: only this recipient's one delivered SMS.
      expect(rows).toHaveLength(1);
      const row = Object.fromEntries(header.map((name, index) => [name, rows[0][index]]));
      expect(row).toMatchObject({ Empfänger: recipients.first, Absender: practice.sender, Text: texts.first, Teile: "1", Status: "zugestellt", Referenz: `ablauf-${run}`, Test: "", ID: firstId });
      expect(row.Datum).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(row["Preis (EUR)"]).toMatch(/^\d+,\d{2}$/);
    });

    test("two SMS scheduled for tomorrow by API; one removed in /sms/scheduled, the other stays", async () => {
      const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
      const keep = await sendSms(apiKey, { to: recipients.keep, from: practice.sender, text: texts.keep, sendAt: tomorrow });
      const remove = await sendSms(apiKey, { to: recipients.remove, from: practice.sender, text: texts.remove, sendAt: tomorrow });

      await visit("/sms/scheduled", "Geplante SMS", "sms-scheduled");
      const list = page.getByRole("table", { name: "Geplante SMS, die nächste zuerst" });
      const keepRow = list.getByRole("row").filter({ hasText: texts.keep });
      const removeRow = list.getByRole("row").filter({ hasText: texts.remove });
      await expect(keepRow).toBeVisible();
      await removeRow.getByRole("checkbox").click();
      await expect(page.getByText("1 von 2 ausgewählt")).toBeVisible();
      await page.getByRole("button", { name: "Auswahl entfernen (1)" }).click();
      const dialog = page.getByRole("dialog", { name: "1 SMS entfernen?" });
      await expect(dialog).toContainText("Die ausgewählte SMS wird nicht versendet und nicht berechnet.");
      await dialog.getByRole("button", { name: "1 SMS entfernen" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText("1 entfernt.", { exact: true })).toBeVisible();
      await expect(removeRow).toHaveCount(0);
      await expect(keepRow).toBeVisible();

      // The API says the same.
      const removed = await (await api.get(`/api/v1/sms/${remove.id}`, { headers: bearer(apiKey) })).json();
      expect(removed.status).toBe("cancelled");
      const kept = await (await api.get(`/api/v1/sms/${keep.id}`, { headers: bearer(apiKey) })).json();
      expect(kept.status).toBe("pending");
      await page.reload();
      await expect(keepRow).toBeVisible();
      await expect(removeRow).toHaveCount(0);
    });

    test("the simulator's reply to a number ending in 06 appears in /sms/antworten", async () => {
      // Replies find their SMS by the sender number, so this one goes out from a number.
      await sendSms(apiKey, { to: recipients.reply, from: E2E_SENDER_NUMBERS[1], text: texts.reply });
      const reply = page.getByRole("list", { name: "Antworten, die neueste zuerst" }).getByRole("listitem").filter({ hasText: recipients.reply });
      // The list does not update itself: look again until the reply is there.
      await expect(async () => {
        await page.goto("/sms/antworten");
        await expect(reply).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: DELIVERY_TIMEOUT, intervals: [1_000, 2_000, 3_000] });
      await expect(reply).toContainText(REPLY_TEXT);
      await expect(reply).toContainText(texts.reply);
      await expect(reply).toContainText("neu");
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "sms-antworten");
      // It is forwarded to the practice by e-mail, too.
      const forwarded = await newestMailTo(server.mailbox, practice.login.email, { timeoutMs: DELIVERY_TIMEOUT });
      expect(forwarded.html).toContain(REPLY_TEXT);
    });

    test("a test SMS from /sms/test, its status shown live", async () => {
      await visit("/sms/test", "Test-SMS", "sms-test");
      await page.getByLabel("Empfänger (Handynummer)").fill(recipients.test);
      await page.getByRole("button", { name: "Test-SMS senden" }).click();
      await expect(page.getByText(`Die Test-SMS an ${recipients.test} ist angenommen.`)).toBeVisible();
      const status = page.getByTestId("test-sms-status");
      await expect(status).toContainText("zugestellt", { timeout: DELIVERY_TIMEOUT });
      await expect(status).not.toContainText("wird aktualisiert");
    });

    test("/stat/activity counts what the flow sent", async () => {
      test.setTimeout(ROLL_UP_TIMEOUT + 60_000);
      // Four accepted (the first, the kept scheduled one, the one answered, the test SMS; the removed
      // one is not counted), three of them delivered and one waiting for tomorrow. SMS and parts
      // come from the chores' roll-up: look again until it has run.
      const figure = (label: string) => page.locator("dl > div").filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }) }).getByRole("definition");
      // The roll-up may count a message before its report arrived: look until both are in.
      await expect(async () => {
        await page.goto("/stat/activity");
        await expect(figure("SMS")).toHaveText("4", { timeout: 1_000 });
        await expect(page.getByText("(3 zugestellt, 0 nicht ausgeliefert); 1 SMS warten noch")).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: ROLL_UP_TIMEOUT, intervals: [2_000, 5_000] });
      await expect(figure("SMS-Teile")).toHaveText("4");
      await expect(figure("Zustellquote")).toHaveText(/^100,0\s%$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistiken");
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "stat-activity");
    });

    test("rotate the key: old and new both work; revoke the old one: refused", async () => {
      const keyCheck = async (key: string) => (await api.get("/api/v1/key-check", { headers: bearer(key) })).status();
      const listSms = async (key: string) => (await api.get("/api/v1/sms", { headers: bearer(key) })).status();
      const oldPrefix = apiKey.slice(0, 14);

      await page.goto("/organization/apikey");
      const keys = page.getByRole("table", { name: "API-Keys Ihrer Praxis" });
      await keys.getByRole("row").filter({ hasText: oldPrefix }).getByRole("button", { name: "Erneuern" }).click();
      const rotate = page.getByRole("dialog", { name: "API-Key „PVS Empfang“ erneuern?" });
      await rotate.getByRole("button", { name: "Neuen Key erstellen" }).click();
      await expect(rotate.getByText(`Der bisherige Key (${oldPrefix}…) funktioniert noch bis`)).toBeVisible();
      rotatedKey = (await rotate.getByTestId("issued-api-key").innerText()).trim();
      expect(rotatedKey).toMatch(/^pb_live_[A-Za-z0-9]{32}$/);
      expect(rotatedKey).not.toBe(apiKey);
      await rotate.getByRole("button", { name: "Key ist kopiert – schließen" }).click();
      await expect(rotate).toBeHidden();
      await expect(keys.getByRole("row").filter({ hasText: oldPrefix })).toContainText("läuft ab am");
      await expect(keys.getByRole("row").filter({ hasText: rotatedKey.slice(0, 14) })).toContainText("aktiv");

      for (const key of [apiKey, rotatedKey]) {
        expect(await keyCheck(key)).toBe(200);
        expect(await listSms(key)).toBe(200);
      }

      await keys.getByRole("row").filter({ hasText: oldPrefix }).getByRole("button", { name: "Widerrufen" }).click();
      const revoke = page.getByRole("dialog", { name: "API-Key „PVS Empfang“ widerrufen?" });
      await expect(revoke).toContainText(`Der Key ${oldPrefix}… funktioniert sofort nicht mehr, auch nicht für den Rest seiner Übergangszeit.`);
      await revoke.getByRole("button", { name: "Widerrufen" }).click();
      await expect(revoke).toBeHidden();
      await expect(keys.getByRole("row").filter({ hasText: oldPrefix })).toContainText("widerrufen am");

      expect(await keyCheck(apiKey)).toBe(401);
      expect(await listSms(apiKey)).toBe(401);
      const refused = await api.post("/api/v1/sms", { headers: bearer(apiKey), data: { to: mobile("00"), from: practice.sender, text: "Darf nicht raus." } });
      expect(refused.status()).toBe(401);
      expect(await keyCheck(rotatedKey)).toBe(200);
      await expectAccessible(page);
      await screenshots(page, `flow-${server.name}`, "organization-apikey-rotated");
    });

    test("/organization/settings: an invalid IBAN is refused next to the field, a valid one saved", async () => {
      await visit("/organization/settings", /Praxis|Organisation/, "organization-settings");
      const iban = page.getByLabel("IBAN", { exact: true });
      await page.getByLabel("Kontoinhaber").fill("Zahnarztpraxis Ablauf");
      await iban.fill("DE89 3704 0044 0532 0130 01");
      await page.getByRole("checkbox", { name: /SEPA-Lastschriftmandat oben/ }).check();
      await page.getByRole("button", { name: "Bankverbindung speichern" }).click();
      await expect(iban).toHaveAttribute("aria-invalid", "true");
      await expect(iban).toHaveAccessibleDescription(/Diese IBAN ist ungültig\. Bitte prüfen Sie Länderkennung, Prüfziffer und Länge/);
      await expect(page.locator("#iban-fehler")).toBeVisible();
      // The typed value comes back, to be corrected.
      await expect(iban).toHaveValue("DE89 3704 0044 0532 0130 01");
      await screenshots(page, `flow-${server.name}`, "organization-settings-iban-error");

      await iban.fill(VALID_IBAN.replaceAll(" ", ""));
      const mandate = page.getByRole("checkbox", { name: /SEPA-Lastschriftmandat oben/ });
      if (!(await mandate.isChecked())) await mandate.check();
      await page.getByRole("button", { name: "Bankverbindung speichern" }).click();
      await expect(page.getByText("Die Bankverbindung ist gespeichert.")).toBeVisible();
      await page.reload();
      await expect(page.getByLabel("IBAN", { exact: true })).toHaveValue(VALID_IBAN);
      await expect(page.getByText(/Erteilt am \d{2}\.\d{2}\.\d{4}, Mandatsreferenz/)).toBeVisible();

      await visit("/organization/sms", /SMS-Einstellungen/, "organization-sms");
    });

    test("a staff user sees the SMS, but neither keys nor settings", async () => {
      await page.goto("/organization/users");
      await page.getByLabel("E-Mail-Adresse").fill(staff.email);
      await expect(page.getByRole("radio", { name: /Teamzugang/ })).toBeChecked();
      await page.getByRole("button", { name: "Einladung senden" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(`Einladung an ${staff.email} (Teamzugang) ist unterwegs.`);

      const invitation = linkIn(await newestMailTo(server.mailbox, staff.email), "/einladung");
      await staffPage.goto(invitation.href);
      await staffPage.getByLabel("Ihr Name").fill(staff.name);
      await staffPage.getByLabel("Passwort", { exact: true }).fill(staff.password);
      await staffPage.getByLabel("Passwort wiederholen").fill(staff.password);
      await staffPage.getByRole("button", { name: "Zugang anlegen und anmelden" }).click();
      await expect(staffPage).toHaveURL(/\/uebersicht$/);

      const nav = staffPage.getByRole("navigation", { name: "Portal" });
      for (const item of ["Gesendete SMS", "Geplante SMS", "Antworten", "Statistiken"]) await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Organisation", exact: true })).toHaveCount(0);
      await expect(nav.locator('a[href^="/organization"]')).toHaveCount(0);

      await nav.getByRole("link", { name: "Gesendete SMS", exact: true }).click();
      await expect(staffPage).toHaveURL(/\/sms$/);
      await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Gesendete SMS");
      await expect(staffPage.getByRole("row").filter({ hasText: texts.first })).toContainText("zugestellt");

      for (const path of ["/organization/apikey", "/organization/settings"]) {
        const response = await staffPage.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(staffPage.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
        await expect(staffPage.getByTestId("issued-api-key")).toHaveCount(0);
        await expect(staffPage.getByLabel("IBAN", { exact: true })).toHaveCount(0);
      }
      // The new key still works: nothing the staff user did changed it.
      expect((await api.get("/api/v1/key-check", { headers: bearer(rotatedKey) })).status()).toBe(200);
    });
  });
}
