import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { E2E_DATABASE_URL } from "../support/e2e-database";
import { demoPractice, mobile, newPostgresPractice, type ApiPractice } from "../support/api-practice";
import { E2E_SERVERS, type E2eServer } from "../support/flow-practice";
import { pageChecks } from "../support/portal-checks";

// Issue 13's story of a PVS vendor, in a browser: a main user makes a test key (pb_test_…) and
// registers an endpoint pointing at a receiver this test starts, sends a test event, posts an
// SMS with the test key and sees message.sent and message.delivered arrive signed (checked with
// the official package), then finds the attempts and the "Test" mark in the portal. The servers run with WEBHOOK_ALLOW_PRIVATE_NETWORKS=1,
// as a self-hosted installation would, since the receiver listens on 127.0.0.1.

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A PVS's webhook receiver: keeps every request and answers 204. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/praxisbote`, received };
}

/** The embedded server's demo practice, or a fresh one on the PostgreSQL server. */
async function practiceOn(server: E2eServer): Promise<ApiPractice> {
  return server.name === "postgres" ? newPostgresPractice(E2E_DATABASE_URL!) : demoPractice();
}

async function logIn(page: Page, practice: ApiPractice) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(practice.login.email);
  await page.getByLabel("Passwort", { exact: true }).fill(practice.login.password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/uebersicht$/);
}

for (const server of E2E_SERVERS) {
  const { expectAccessible } = pageChecks(server);
  test(`signed status webhooks reach the PVS from the ${server.name} server`, async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const practice = await practiceOn(server);
    const receiver = await startReceiver();
    const context = await browser.newContext({ baseURL: server.baseURL });
    const api = await playwright.request.newContext({ baseURL: server.baseURL });
    try {
      const page = await context.newPage();
      await logIn(page, practice);
      await page.goto("/organization/apikey");
      await page.getByLabel("Name", { exact: true }).fill("PVS Integrationstest");
      await page.getByLabel("Test-Schlüssel (Sandbox)").check();
      await page.getByRole("button", { name: "API-Key erstellen" }).click();
      await expect(page.getByText("Der Test-Schlüssel „PVS Integrationstest“ ist erstellt.")).toBeVisible();
      const testKey = (await page.getByTestId("issued-api-key").innerText()).trim();
      expect(testKey).toMatch(/^pb_test_[A-Za-z0-9]{32}$/);

      await page.goto("/organization/webhooks");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");

      await page.getByLabel("Adresse (URL)").fill(receiver.url);
      await page.getByLabel("Beschreibung (optional)").fill("PVS Empfang (E2E)");
      await page.getByRole("checkbox", { name: /message\.sent/ }).check();
      await page.getByRole("checkbox", { name: /message\.delivered/ }).check();
      await page.getByRole("button", { name: "Endpunkt hinzufügen" }).click();
      const secret = (await page.getByTestId("issued-webhook-secret").innerText()).trim();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      await expectAccessible(page);
      const verifier = new Webhook(secret);
      const endpoint = page.getByRole("article").filter({ hasText: receiver.url });

      await endpoint.getByRole("button", { name: "Test-Event senden" }).click();
      await expect(endpoint.getByRole("status")).toContainText("Angekommen: HTTP 204");
      const test = receiver.received.find((request) => JSON.parse(request.body).type === "webhook.test");
      expect(test, "the test event reached the receiver").toBeDefined();
      expect(verifier.verify(test!.body, test!.headers as Record<string, string>)).toMatchObject({ type: "webhook.test" });

      const reference = `termin-${Date.now()}`;
      const posted = await api.post("/api/v1/sms", {
        headers: { Authorization: `Bearer ${testKey}` },
        data: { to: mobile("00"), from: practice.sender, text: "Ihr Termin ist morgen um 9 Uhr.", reference },
      });
      expect(posted.status(), await posted.text()).toBe(202);
      const { id, sandbox, price } = (await posted.json()) as { id: string; sandbox: boolean; price: { amount: string } };
      expect({ sandbox, price: price.amount }).toEqual({ sandbox: true, price: "0.00" });

      const eventsFor = () =>
        receiver.received
          .map((request) => ({ request, event: JSON.parse(request.body) as { type: string; timestamp: string; data: { id: string; status: string; reference: string } } }))
          .filter(({ event }) => event.data?.id === id);
      await expect.poll(() => eventsFor().map(({ event }) => event.type).sort(), { timeout: 60_000 }).toEqual(["message.delivered", "message.sent"]);
      for (const { request, event } of eventsFor()) {
        // Signed with the endpoint's secret; a changed byte would not verify.
        expect(verifier.verify(request.body, request.headers as Record<string, string>)).toEqual(event);
        expect(() => verifier.verify(request.body.replace(reference, "termin-0"), request.headers as Record<string, string>)).toThrow();
        expect(request.headers["webhook-id"]).toMatch(/^msg_/);
        expect(event.data).toMatchObject({ id, reference, sandbox: true, status: event.type.slice("message.".length) });
      }
      const ids = eventsFor().map(({ request }) => request.headers["webhook-id"]);
      expect(new Set(ids).size).toBe(2);

      // The attempts, newest first, in the portal.
      await page.reload();
      const attempts = page.getByRole("table", { name: `Letzte Zustellversuche an ${receiver.url}, neueste zuerst` });
      for (const type of ["message.sent", "message.delivered", "webhook.test"]) {
        await expect(attempts.getByRole("row").filter({ hasText: type }).first()).toContainText("204");
      }
      await expectAccessible(page);

      // The portal marks the message as a test.
      await page.goto(`/sms/${id}`);
      await expect(page.getByText("Test", { exact: true }).first()).toBeVisible();

      // Removed again, so that later tests of this practice send nothing to a receiver that is gone.
      await page.goto("/organization/webhooks");
      await endpoint.getByRole("button", { name: "Löschen" }).click();
      await page.getByRole("button", { name: "Endpunkt löschen" }).click();
      await expect(page.getByRole("article").filter({ hasText: receiver.url })).toHaveCount(0);
    } finally {
      await api.dispose();
      await context.close();
      receiver.server.close();
    }
  });
}
