import { expect, test } from "@playwright/test";
import { signWebhook } from "../../lib/carriers/webhook-signature";
import { API_BASE_URL as baseURL } from "../support/e2e-servers";
import { E2E_SIMULATOR_SECRET } from "../support/simulator-secret";

const SECRET = E2E_SIMULATOR_SECRET;

test("a forged or replayed webhook is refused with 401", async ({ request }) => {
  const url = `${baseURL}/api/webhooks/simulator`;
  const body = JSON.stringify({ type: "report", messageId: "sim-unknown", status: "DELIVRD" });

  const unsigned = await request.post(url, { data: body, headers: { "Content-Type": "application/json" } });
  expect(unsigned.status()).toBe(401);

  const forged = await request.post(url, { data: body, headers: { "Content-Type": "application/json", ...signWebhook("wrong-secret-000000", "POST", url, body) } });
  expect(forged.status()).toBe(401);

  const headers = { "Content-Type": "application/json", ...signWebhook(SECRET, "POST", url, body) };
  expect((await request.post(url, { data: body, headers })).status()).toBe(200);
  expect((await request.post(url, { data: body, headers })).status()).toBe(401);
});

test("seven.io's webhook refuses everything while no signing secret is configured", async ({ request }) => {
  const response = await request.post(`${baseURL}/api/webhooks/seven`, { data: { webhook_event: "dlr", data: { msg_id: 1, status: "DELIVERED" } } });
  expect(response.status()).toBe(401);
});

// seven.io counts a 3xx as delivered and never follows it: the route answers at the exact path
// and with a trailing slash itself, form-encoded as JSON; pages keep their canonical redirect.
test("seven.io's webhook answers itself with or without a trailing slash, never with a redirect", async ({ request }) => {
  for (const path of ["/api/webhooks/seven", "/api/webhooks/seven/"]) {
    const json = await request.post(`${baseURL}${path}`, { data: { webhook_event: "dlr", data: { msg_id: 1, status: "DELIVERED" } }, maxRedirects: 0 });
    expect(json.status(), path).toBe(401);
    const form = await request.post(`${baseURL}${path}`, { form: { webhook_event: "dlr", "data[msg_id]": "1", "data[status]": "DELIVERED" }, maxRedirects: 0 });
    expect(form.status(), path).toBe(401);
  }
  const page = await request.get(`${baseURL}/faq/`, { maxRedirects: 0 });
  expect(page.status()).toBe(308);
  expect(page.headers().location).toMatch(/\/faq$/);
});

test("the Inngest endpoint says plainly that Inngest is not configured", async ({ request }) => {
  const response = await request.get(`${baseURL}/api/inngest`);
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("inngest_not_configured");
});
