import { expect, test, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "@playwright/test";
import { generate } from "otplib";
import { E2E_SERVERS } from "../support/flow-practice";
import { linkIn, mailsTo, newestMailTo } from "../support/mailbox";
import { pageChecks } from "../support/portal-checks";

// One practice's accounts from sign-up to audit log, in a real browser, as one serial story:
// every step needs the state the one before left (a confirmed practice, a second factor, an
// invited user …), and one long flow costs less time than many that each sign up again.
// It runs on the embedded server and, with TEST_DATABASE_URL, on the PostgreSQL one too.

const CSP_VIOLATION = /Content Security Policy/i;

/** No CSP complaint while the page loaded, and an injected inline handler is blocked (and reported). */
async function expectCspHolds(page: Page, consoleMessages: string[]) {
  expect(consoleMessages.filter((text) => CSP_VIOLATION.test(text)), page.url()).toEqual([]);
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img alt="" src="data:," onerror="window.__x=1">'));
  // The report proves the listener would have seen a violation during the load, too.
  await expect.poll(() => consoleMessages.some((text) => CSP_VIOLATION.test(text)), { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
}

const totpNow = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

for (const server of E2E_SERVERS) {
  test.describe(`accounts on the ${server.name} server`, () => {
    const { expectAccessible, screenshots } = pageChecks(server);
    test.describe.configure({ mode: "serial", timeout: 60_000 });

    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const main = { email: `inhaberin-${run}@example.test`, password: "Lavendel-Kompass-Fahrrad-93", newPassword: "Sonnenblume-Tastatur-Wolke-47" };
    const staff = { email: `team-${run}@example.test`, name: "Tom Teamzugang", password: "Kiefernzapfen-Leuchtturm-58" };
    const practiceName = `Zahnarztpraxis Dr. Weiß ${run.slice(-6)}`;
    let totpSecret = "";
    let recoveryCodes: string[] = [];

    let mainContext: BrowserContext;
    let page: Page;
    let staffContext: BrowserContext;
    let staffPage: Page;
    const consoleMessages: string[] = [];

    const newPage = async (browser: Browser) => {
      const context = await browser.newContext({ baseURL: server.baseURL });
      return { context, page: await context.newPage() };
    };

    test.beforeAll(async ({ browser }) => {
      ({ context: mainContext, page } = await newPage(browser));
      ({ context: staffContext, page: staffPage } = await newPage(browser));
      page.on("console", (message: ConsoleMessage) => consoleMessages.push(message.text()));
    });
    test.afterAll(async () => {
      await mainContext?.close();
      await staffContext?.close();
    });

    const portalNav = (on: Page) => on.getByRole("navigation", { name: "Portal" });
    const logOut = async (on: Page) => {
      await on.getByRole("button", { name: "Abmelden", exact: true }).click();
      await expect(on).toHaveURL(/\/anmelden/);
    };
    const submitPassword = async (on: Page, email: string, password: string) => {
      await on.getByLabel("E-Mail-Adresse").fill(email);
      await on.getByLabel("Passwort", { exact: true }).fill(password);
      await on.getByRole("button", { name: "Anmelden", exact: true }).click();
    };

    test("sign-up: honeypot, agreements, strength meter, confirmation link from the e-mail", async () => {
      consoleMessages.length = 0;
      await page.goto("/registrieren");
      await expectAccessible(page);
      await screenshots(page, server.name, "registrieren");
      await expectCspHolds(page, consoleMessages);

      const fillPractice = async (email: string) => {
        await page.getByLabel("Name der Praxis").fill(practiceName);
        await page.getByLabel("Ansprechperson").fill("Dr. Wilma Weiß");
        await page.getByLabel("Straße und Hausnummer").fill("Königstraße 12");
        await page.getByLabel("PLZ").fill("70173");
        await page.getByLabel("Ort", { exact: true }).fill("Stuttgart");
        await page.getByLabel("Telefon der Praxis").fill("0711 123456");
        await page.getByLabel("E-Mail-Adresse").fill(email);
      };
      const agreements = [page.getByRole("checkbox", { name: /Ich akzeptiere die AGB/ }), page.getByRole("checkbox", { name: /Auftragsverarbeitung|Art\. 28 DSGVO/ })];

      // A bot fills the hidden field: the same answer as for a person, and no e-mail.
      const bot = `bot-${run}@example.test`;
      await page.goto("/registrieren");
      await fillPractice(bot);
      await page.getByLabel("Passwort", { exact: true }).fill(main.password);
      await page.locator("#website").fill("https://spam.example");
      await page.getByRole("button", { name: "Praxis registrieren" }).click();
      await expect(page.getByRole("heading", { name: "Bitte sehen Sie in Ihr Postfach" })).toBeVisible();
      expect(await mailsTo(server.mailbox, bot)).toEqual([]);

      await page.goto("/registrieren");
      await fillPractice(main.email);
      const password = page.getByLabel("Passwort", { exact: true });
      const meter = page.locator("#password-staerke");
      await password.fill("praxis2024");
      await expect(meter).toContainText("Stärke:", { timeout: 15_000 });
      await expect(meter).not.toContainText("Dieses Passwort können Sie verwenden.");
      await password.fill(main.password);
      await expect(meter).toContainText("Dieses Passwort können Sie verwenden.");

      // Without the two agreements nothing happens; the typed values come back.
      await page.getByRole("button", { name: "Praxis registrieren" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bitte prüfen Sie die markierten Felder.");
      await expect(page.getByText("Bitte stimmen Sie unseren AGB zu.")).toBeVisible();
      await expect(page.getByText(/Bitte schließen Sie den Auftragsverarbeitungsvertrag ab/)).toBeVisible();
      await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(main.email);
      expect(await mailsTo(server.mailbox, main.email)).toEqual([]);

      await page.getByLabel("Passwort", { exact: true }).fill(main.password);
      for (const box of agreements) {
        await box.click();
        await expect(box).toBeChecked();
      }
      await page.getByRole("button", { name: "Praxis registrieren" }).click();
      await expect(page.getByRole("heading", { name: "Bitte sehen Sie in Ihr Postfach" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("status")).toContainText(main.email);

      const welcome = await newestMailTo(server.mailbox, main.email, { subject: "Willkommen bei Praxisbote" });
      const confirmLink = linkIn(welcome, "/bestaetigen");
      expect(confirmLink.origin).toBe(server.baseURL);

      // Opening the link only shows a button (mail scanners open links); pressing it confirms.
      await page.goto(confirmLink.href);
      await expect(page.getByRole("heading", { name: "E-Mail-Adresse bestätigen" })).toBeVisible();
      await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
      await expect(page.getByRole("heading", { name: "Ihre E-Mail-Adresse ist bestätigt" })).toBeVisible();
      await expect(page.getByTestId("api-key")).toHaveText(/^pb_live_\S+$/);
      await page.getByRole("link", { name: "Weiter zur Übersicht" }).click();
      await expect(page).toHaveURL(/\/uebersicht$/);
      await expect(page.getByRole("heading", { name: "Übersicht", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: /Bitte bestätigen Sie die E-Mail-Adresse/ })).toHaveCount(0);
      for (const item of ["Übersicht", "Benutzer", "Protokoll", "Konto"]) await expect(portalNav(page).getByRole("link", { name: item, exact: true })).toBeVisible();

      // The link is spent: opening it again says so and shows no key.
      await page.goto(confirmLink.href);
      await expect(page.getByRole("heading", { name: "Dieser Link wurde schon verwendet" })).toBeVisible();
    });

    test("the overview: accessible, fits a phone, keeps the CSP", async () => {
      consoleMessages.length = 0;
      await page.goto("/uebersicht");
      await expect(page.getByRole("heading", { name: "Übersicht", level: 1 })).toBeVisible();
      await expectAccessible(page);
      await screenshots(page, server.name, "uebersicht");
      await expectCspHolds(page, consoleMessages);
    });

    test("log out, log in with the password", async () => {
      await page.goto("/uebersicht");
      await logOut(page);
      await expectAccessible(page);
      await screenshots(page, server.name, "anmelden");
      await submitPassword(page, main.email, main.password);
      await expect(page).toHaveURL(/\/uebersicht$/);
    });

    test("turn on two-factor login with a code computed from the secret shown as text", async () => {
      await page.goto("/konto");
      await expect(page.getByRole("heading", { name: "Konto", level: 1 })).toBeVisible();
      await expectAccessible(page);
      await screenshots(page, server.name, "konto");
      await page.getByRole("link", { name: "Einrichten" }).click();
      await expect(page.getByRole("heading", { name: "Zwei-Faktor-Anmeldung", level: 1 })).toBeVisible();
      await expect(page.getByRole("img", { name: "QR-Code für die Authenticator-App" })).toBeVisible();
      await expectAccessible(page);

      totpSecret = (await page.locator("main code").innerText()).replace(/\s/g, "");
      expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
      await page.getByLabel("Code aus der App").fill(await totpNow(totpSecret));
      await page.getByRole("button", { name: "Bestätigen und einschalten" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Die Zwei-Faktor-Anmeldung ist eingeschaltet.");
      recoveryCodes = await page.getByRole("list", { name: "Wiederherstellungscodes" }).getByRole("listitem").allInnerTexts();
      expect(recoveryCodes).toHaveLength(10);
      await page.getByRole("link", { name: "Codes gesichert – weiter" }).click();
      await expect(page.getByText("Noch unbenutzte Wiederherstellungscodes: 10 von 10.")).toBeVisible();
    });

    test("log out, log in again with the password and a code from the app", async () => {
      await logOut(page);
      await submitPassword(page, main.email, main.password);
      await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
      // The code of the next time step: the one that switched two-factor on cannot be used again.
      await page.getByLabel("Code", { exact: true }).fill(await totpNow(totpSecret, 30));
      await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
      await expect(page).toHaveURL(/\/uebersicht$/);
    });

    test("invite a staff user, who accepts in a second browser and sees only what staff may", async () => {
      await page.goto("/organization/users");
      await expect(page.getByRole("heading", { name: "Benutzer", level: 1 })).toBeVisible();
      await page.getByLabel("E-Mail-Adresse").fill(staff.email);
      await expect(page.getByRole("radio", { name: /Teamzugang/ })).toBeChecked();
      await page.getByRole("button", { name: "Einladung senden" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(`Einladung an ${staff.email} (Teamzugang) ist unterwegs.`);
      await expect(page.getByRole("table", { name: "Einladungen, die noch nicht angenommen wurden" })).toContainText(staff.email);

      const invitation = linkIn(await newestMailTo(server.mailbox, staff.email), "/einladung");
      await staffPage.goto(invitation.href);
      await expect(staffPage.getByText(`Sie melden sich künftig mit ${staff.email} an.`)).toBeVisible();
      await staffPage.getByLabel("Ihr Name").fill(staff.name);
      await staffPage.getByLabel("Passwort", { exact: true }).fill(staff.password);
      await staffPage.getByLabel("Passwort wiederholen").fill(staff.password);
      await staffPage.getByRole("button", { name: "Zugang anlegen und anmelden" }).click();
      await expect(staffPage).toHaveURL(/\/uebersicht$/);
      await expect(staffPage.getByRole("heading", { name: "Übersicht", level: 1 })).toBeVisible();

      const nav = portalNav(staffPage);
      for (const item of ["Übersicht", "Konto"]) await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
      for (const item of ["Benutzer", "Protokoll", "Organisation"]) await expect(nav.getByRole("link", { name: item, exact: true })).toHaveCount(0);
      for (const path of ["/organization/apikey", "/organization/webhooks", "/organization/settings", "/organization/users", "/organization/audit"]) {
        const response = await staffPage.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(staffPage.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
      }
    });

    test("a main-only server action refuses a staff user who calls it directly", async () => {
      await page.goto("/organization/users");
      const staffRow = page.getByRole("row", { name: new RegExp(staff.email.replace(/[.]/g, "\\.")) });
      await expect(staffRow).toContainText("Teamzugang");
      await expectAccessible(page);
      await screenshots(page, server.name, "organization-users");

      // Capture the main user's "make main user" POST without letting it reach the server.
      let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
      await page.route("**/organization/users", async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.continue();
        const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !["cookie", "content-length", "host"].includes(name)));
        captured = { url: request.url(), headers, body: request.postDataBuffer()! };
        await route.abort();
      });
      await staffRow.getByRole("button", { name: "Zum Hauptzugang machen" }).click();
      await expect.poll(() => captured !== undefined, { timeout: 5_000 }).toBe(true);
      await page.unroute("**/organization/users");

      // The staff user sends it with their own session: forbidden, and nothing changes.
      const answer = await staffPage.request.post(captured!.url, { headers: captured!.headers, data: captured!.body, maxRedirects: 0 });
      expect(answer.status()).toBe(403);
      expect(await answer.text()).not.toContain("Die Rolle ist jetzt");
      await page.goto("/organization/users");
      await expect(staffRow).toContainText("Teamzugang");
      expect((await staffPage.goto("/organization/users"))?.status()).toBe(403);
    });

    test("the main user removes the staff user, whose open session ends on the next click", async () => {
      await staffPage.goto("/uebersicht");
      await page.goto("/organization/users");
      const staffRow = page.getByRole("row", { name: new RegExp(staff.email.replace(/[.]/g, "\\.")) });
      await staffRow.getByRole("button", { name: "Entfernen" }).click();
      const dialog = page.getByRole("dialog", { name: "Benutzer entfernen?" });
      await expect(dialog).toContainText(`${staff.name} (${staff.email}) kann sich danach nicht mehr anmelden`);
      await dialog.getByRole("button", { name: "Entfernen" }).click();
      await expect(dialog).toBeHidden();
      await expect(staffRow).toHaveCount(0);

      await portalNav(staffPage).getByRole("link", { name: "Konto", exact: true }).click();
      await expect(staffPage).toHaveURL(/\/anmelden/);
      await expect(staffPage.getByRole("heading", { name: "Anmelden", level: 1 })).toBeVisible();
    });

    test("password reset by e-mail link: sessions end, the old password fails, the new one works", async () => {
      // Asked for in the other browser: the main user's session here must end with the reset.
      await staffPage.goto("/anmelden");
      await staffPage.getByRole("link", { name: "Passwort vergessen?" }).click();
      await expect(staffPage.getByRole("heading", { name: "Passwort vergessen?" })).toBeVisible();
      await expectAccessible(staffPage);
      await staffPage.getByLabel("E-Mail-Adresse").fill(main.email);
      await staffPage.getByRole("button", { name: "Link anfordern" }).click();
      await expect(staffPage.getByRole("main").getByRole("status")).toContainText("Wenn zu dieser Adresse ein Zugang besteht");

      const reset = linkIn(await newestMailTo(server.mailbox, main.email, { subject: "Neues Passwort" }), "/passwort-zuruecksetzen");
      await staffPage.goto(reset.href);
      await expect(staffPage.getByText(`Für den Zugang ${main.email}.`)).toBeVisible();
      await staffPage.getByLabel("Neues Passwort", { exact: true }).fill(main.newPassword);
      await staffPage.getByLabel("Neues Passwort wiederholen").fill(main.newPassword);
      await staffPage.getByRole("button", { name: "Passwort speichern" }).click();
      await expect(staffPage.getByRole("main").getByRole("status")).toContainText("Ihr neues Passwort gilt ab sofort.");

      await page.goto("/uebersicht");
      await expect(page).toHaveURL(/\/anmelden/);
      await submitPassword(page, main.email, main.password);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist nicht richtig.");
      await submitPassword(page, main.email, main.newPassword);
      // The second factor survives the reset; a recovery code stands in for the app.
      await page.getByLabel("Code", { exact: true }).fill(recoveryCodes[0]);
      await page.getByRole("button", { name: "Bestätigen", exact: true }).click();
      await expect(page).toHaveURL(/\/uebersicht$/);
    });

    test("the audit log lists what happened", async () => {
      await page.goto("/organization/audit");
      await expect(page.getByRole("heading", { name: "Protokoll", level: 1 })).toBeVisible();
      await expectAccessible(page);
      const log = page.getByRole("table", { name: /Protokoll Ihrer Praxis/ });
      for (const label of [
        "Praxis registriert",
        "E-Mail-Adresse bestätigt",
        "Anmeldung",
        "Zwei-Faktor-Anmeldung eingeschaltet",
        "Benutzer eingeladen",
        "Einladung angenommen",
        "Benutzer entfernt",
        "Passwort zurückgesetzt",
        "Anmeldung fehlgeschlagen",
        "Wiederherstellungscode verwendet",
      ]) {
        await expect(log.getByRole("cell", { name: label, exact: true }).first(), label).toBeVisible();
      }
      // Nothing of the staff user's refused call made it in.
      await expect(log.getByRole("cell", { name: "Rolle geändert", exact: true })).toHaveCount(0);
    });
  });
}
