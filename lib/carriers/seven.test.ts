import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseSevenWebhook, SevenCarrier } from "./seven";
import { signWebhook, verifyWebhook } from "./webhook-signature";

// A local server that speaks seven.io's documented SMS endpoint: X-Api-Key, JSON in, a
// return code in `success` and one entry per message out.
let server: Server;
let baseUrl: string;
const received: { apiKey: string | undefined; body: Record<string, unknown> }[] = [];
let answer: { status: number; json: unknown } = { status: 200, json: {} };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ apiKey: request.headers["x-api-key"] as string | undefined, body: JSON.parse(body || "{}") });
      response.writeHead(answer.status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

const sms = { id: "0b6f0a8e-3d1c-4b3f-9a55-1f1f2c3d4e5f", to: "+4917612345678", from: "Praxis", text: "Hallo", encoding: "GSM-7" as const };
const carrier = () => new SevenCarrier({ apiKey: "seven-test-key", baseUrl });

describe("SevenCarrier.submit", () => {
  it("sends our id as foreign_id with the key in a header and keeps seven's message id", async () => {
    answer = { status: 200, json: { success: "100", total_price: 0.075, messages: [{ id: "77123", success: true, error: null }] } };
    expect(await carrier().submit(sms)).toEqual({ ok: true, carrierMessageId: "77123" });
    expect(received[0]).toEqual({
      apiKey: "seven-test-key",
      body: { to: sms.to, from: "Praxis", text: "Hallo", foreign_id: sms.id, json: 1 },
    });
  });

  it.each([
    ["202", false],
    ["306", false],
    ["401", false],
    ["500", true],
    ["600", true],
    ["900", true],
  ])("treats return code %s as temporary: %s", async (code, temporary) => {
    answer = { status: 200, json: { success: code, messages: [] } };
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary, code });
  });

  it("retries after HTTP 503 and 429, gives up on 400", async () => {
    answer = { status: 503, json: {} };
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: true });
    answer = { status: 429, json: {} };
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: true });
    answer = { status: 400, json: {} };
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: false });
  });
});

describe("seven.io webhooks", () => {
  const url = "https://praxisbote.example/api/webhooks/seven";
  const body = JSON.stringify({ webhook_event: "dlr", webhook_timestamp: "2026-11-26 10:00:00", data: { msg_id: "77123", status: "DELIVERED" } });

  it("verifies the documented HMAC and refuses a changed body, another URL or an old timestamp", () => {
    const headers = new Headers(signWebhook("secret", "POST", url, body));
    expect(verifyWebhook("secret", headers, "POST", url, body).ok).toBe(true);
    expect(verifyWebhook("secret", headers, "POST", url, body.replace("DELIVERED", "REJECTED"))).toMatchObject({ ok: false });
    expect(verifyWebhook("secret", headers, "POST", url.replace("seven", "simulator"), body)).toMatchObject({ ok: false });
    expect(verifyWebhook("other", headers, "POST", url, body)).toMatchObject({ ok: false, reason: "bad signature" });
    const old = new Headers(signWebhook("secret", "POST", url, body, new Date(Date.now() - 10 * 60_000)));
    expect(verifyWebhook("secret", old, "POST", url, body)).toMatchObject({ ok: false, reason: "stale timestamp" });
  });

  it.each([
    ["TRANSMITTED", "sent"],
    ["ACCEPTED", "sent"],
    ["BUFFERED", "buffered"],
    ["DELIVERED", "delivered"],
    ["NOTDELIVERED", "undelivered"],
    ["EXPIRED", "undelivered"],
    ["REJECTED", "undelivered"],
    ["FAILED", "undelivered"],
  ])("maps %s to %s", (status, ours) => {
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: 1, status } }, new Date())).toEqual({
      report: { carrier: "seven", carrierMessageId: "1", status: ours, carrierStatus: status },
    });
  });

  it("reads a reply and ignores what it does not know", () => {
    const now = new Date();
    expect(parseSevenWebhook({ webhook_event: "sms_mo", data: { id: "9", sender: "4917612345678", system: "4915112345600", text: "Ja" } }, now)).toEqual({
      inbound: { carrier: "seven", carrierMessageId: "9", from: "4917612345678", to: "4915112345600", text: "Ja", receivedAt: now },
    });
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: 1, status: "WHATEVER" } }, now)).toEqual({ ignored: "unknown status WHATEVER" });
    expect(parseSevenWebhook({ webhook_event: "voice_status", data: {} }, now)).toEqual({ ignored: "event voice_status" });
    expect(parseSevenWebhook({ webhook_event: "dlr", data: {} }, now)).toBeNull();
    expect(parseSevenWebhook("kaputt", now)).toBeNull();
  });

  // PostgreSQL refuses U+0000: such a body used to fail after verification, on every retry.
  it("keeps a reply whose text holds a NUL without it, and refuses ids and statuses that cannot be stored", () => {
    const now = new Date();
    expect(parseSevenWebhook({ webhook_event: "sms_mo", data: { id: "9", sender: "4917612345678", system: "4915112345600", text: "J\u0000a" } }, now)).toMatchObject({ inbound: { text: "Ja" } });
    expect(parseSevenWebhook({ webhook_event: "sms_mo", data: { id: "9", sender: "4917\u0000", system: "4915112345600", text: "Ja" } }, now)).toBeNull();
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: "77\u0000", status: "DELIVERED" } }, now)).toBeNull();
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: "77", status: "DELIVERED\u0000" } }, now)).toBeNull();
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: "", status: "DELIVERED" } }, now)).toBeNull();
  });
});
