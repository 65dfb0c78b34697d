import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { apiPractice, mobile, type ApiPractice } from "../support/api-practice";

// expiresAt over HTTP: accepted and shown, refused with a 400 naming the field, item by item in a batch.
let practice: ApiPractice;
let api: APIRequestContext;

test.beforeAll(async () => {
  practice = await apiPractice();
  api = await playwrightRequest.newContext({ baseURL: practice.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${practice.apiKey}` } });
});
test.afterAll(() => api.dispose());

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

test("accepts expiresAt, shows it and delivers in time", async () => {
  const expiresAt = inMinutes(90);
  const response = await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Termin in 90 Minuten", expiresAt } });
  expect(response.status()).toBe(202);
  const sms = await response.json();
  expect(sms.expiresAt).toBe(expiresAt);
  await expect
    .poll(async () => (await (await api.get(`/api/v1/sms/${sms.id}`)).json()).status, { timeout: 15_000, intervals: [200] })
    .toBe("delivered");
  expect((await (await api.get(`/api/v1/sms/${sms.id}`)).json()).expiresAt).toBe(expiresAt);
  const plain = await (await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "Ohne Ablauf" } })).json();
  expect(plain.expiresAt).toBeNull();
});

test("refuses an expiresAt that is not after sendAt, naming the field, and stores nothing", async () => {
  const response = await api.post("/api/v1/sms", {
    data: { to: mobile("00"), from: practice.sender, text: "Zu spät", sendAt: inMinutes(120), expiresAt: inMinutes(60) },
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatchObject({ code: "invalid_expires_at", field: "expiresAt", message: expect.stringContaining("nach sendAt") });
  const withoutZone = await api.post("/api/v1/sms", { data: { to: mobile("00"), from: practice.sender, text: "x", expiresAt: "2027-08-18T10:30:00" } });
  expect((await withoutZone.json()).error).toMatchObject({ code: "invalid_expires_at", field: "expiresAt" });
});

test("answers each batch item's expiresAt on its own", async () => {
  const response = await api.post("/api/v1/sms/batch", {
    data: {
      messages: [
        { to: mobile("00"), from: practice.sender, text: "Recall gültig", expiresAt: inMinutes(60 * 24) },
        { to: mobile("00"), from: practice.sender, text: "Recall abgelaufen", expiresAt: inMinutes(-5) },
      ],
    },
  });
  const body = await response.json();
  expect(body.results.map((result: { status: number }) => result.status)).toEqual([202, 400]);
  expect(body.results[0].sms.expiresAt).not.toBeNull();
  expect(body.results[1].error).toMatchObject({ code: "invalid_expires_at", field: "expiresAt" });
});
