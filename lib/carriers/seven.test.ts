import { describe, expect, it, vi } from "vitest";
import { parseSevenWebhook, SevenCarrier } from "./seven";
import { classifyReturnCode, parseSevenAnswer } from "./seven/answer";
import { listHooks, subscribeHook } from "./seven/account";
import { accepted, setUpSevenTestServer } from "./seven/test-server";

const seven = setUpSevenTestServer();

const sms = { id: "0b6f0a8e-3d1c-4b3f-9a55-1f1f2c3d4e5f", to: "+4917612345678", from: "Praxis", text: "Hallo", encoding: "GSM-7" as const };
const carrier = (options: { apiKey?: string; timeoutMs?: number } = {}) =>
  new SevenCarrier({ apiKey: options.apiKey ?? seven.apiKey, baseUrl: seven.baseUrl, timeoutMs: options.timeoutMs });
const lastSms = () => JSON.parse(seven.requests.filter((r) => r.path === "/api/sms").at(-1)!.body);

describe("SevenCarrier.submit", () => {
  it("sends our id as foreign_id with the key in a header, seven's 48-hour validity by default, and keeps seven's id", async () => {
    seven.smsAnswers.push(accepted("77123"));
    expect(await carrier().submit(sms)).toEqual({ ok: true, carrierMessageId: "77123" });
    expect(seven.requests[0].apiKey).toBe("seven-test-key");
    expect(lastSms()).toEqual({ to: sms.to, from: "Praxis", text: "Hallo", foreign_id: sms.id, ttl: 2880, json: 1 });
  });

  it("passes the remaining validity as ttl in minutes", async () => {
    await carrier().submit({ ...sms, validityMinutes: 95.7 });
    expect(lastSms().ttl).toBe(95);
    await carrier().submit({ ...sms, validityMinutes: 0.2 });
    expect(lastSms().ttl).toBe(1);
  });

  it.each([
    ["a string", "202"],
    ["a number", 202],
  ])("reads a recipient's error given as %s", async (_, error) => {
    seven.smsAnswers.push({ body: JSON.stringify({ success: "100", messages: [{ id: null, success: false, error, error_text: "Empfänger ungültig" }] }) });
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: false, code: "202" });
  });

  it.each([
    ["bare text", "900"],
    ["a JSON number", "500"],
    ["a JSON string", '"11"'],
  ])("reads a whole answer that is a bare return code (%s)", async (_, body) => {
    seven.smsAnswers.push({ body });
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: true, code: body.replaceAll('"', "") });
  });

  it("answers a wrong key (seven's bare 900) by pausing hand-overs, not by blaming the number", async () => {
    expect(await carrier({ apiKey: "wrong" }).submit(sms)).toMatchObject({ ok: false, temporary: true, code: "900", pauseHandOvers: true });
  });

  it("treats HTTP 5xx and a timeout as an unknown outcome, 429 as a plain retry, 400 as final", async () => {
    seven.smsAnswers.push({ status: 503, body: "Service Unavailable" });
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: true, outcomeUnknown: true });
    seven.smsAnswers.push({ status: 429, body: "{}" });
    const throttled = await carrier().submit(sms);
    expect(throttled).toMatchObject({ ok: false, temporary: true });
    expect(throttled).not.toHaveProperty("outcomeUnknown");
    seven.smsAnswers.push({ status: 400, body: "{}" });
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: false });
    seven.smsAnswers.push({ ...accepted("77124"), hang: true });
    expect(await carrier({ timeoutMs: 500 }).submit(sms)).toMatchObject({ ok: false, temporary: true, code: "network", outcomeUnknown: true });
    seven.smsAnswers.push({ body: "<html>oops</html>" });
    expect(await carrier().submit(sms)).toMatchObject({ ok: false, temporary: true, code: "bad-response", outcomeUnknown: true });
  });
});

describe("seven.io's return codes", () => {
  it.each([
    ["11", { temporary: true }],
    ["600", { temporary: true }],
    ["500", { temporary: true, pauseHandOvers: true }],
    ["900", { temporary: true, pauseHandOvers: true }],
    ["202", { temporary: false }],
    ["306", { temporary: false }],
    ["401", { temporary: false }],
    ["402", { temporary: true, outcomeUnknown: true }],
    ["700", { temporary: true, maxAttempts: 8 }],
  ])("classifies %s", (code, expected) => {
    expect(classifyReturnCode(code)).toMatchObject({ ok: false, code, ...expected });
  });

  it("retries a code it does not know a bounded number of times, with the code in the reason", () => {
    expect(classifyReturnCode("777", "Neu")).toEqual({ ok: false, temporary: true, code: "777", maxAttempts: 8, message: "seven.io: unbekannter Rückgabecode 777 (Neu)" });
  });

  it("prefers the recipient's own error over an overall 100 or 101, and refuses what is not an answer", () => {
    expect(parseSevenAnswer(JSON.stringify({ success: "101", messages: [{ id: "1", success: false, error: 202 }] }))).toMatchObject({ code: "202" });
    expect(parseSevenAnswer(JSON.stringify({ success: 100, messages: [{ id: 5, success: true, error: null }] }))).toEqual({ code: "100", messageId: "5", errorText: null });
    expect(parseSevenAnswer(JSON.stringify({ success: "500", messages: [] }))).toMatchObject({ code: "500", messageId: null });
    expect(parseSevenAnswer("{}")).toBeNull();
    expect(parseSevenAnswer("")).toBeNull();
  });
});

describe("SevenCarrier journal lookups", () => {
  it("finds an SMS seven.io took although its answer was lost, by our foreign_id", async () => {
    seven.smsAnswers.push({ ...accepted("88001"), hang: true });
    expect(await carrier({ timeoutMs: 1000 }).submit(sms)).toMatchObject({ outcomeUnknown: true });
    await vi.waitFor(() => expect(seven.journal).toHaveLength(1));
    expect(await carrier().findSubmission(sms, new Date())).toEqual({ carrierMessageId: "88001" });
    const lookup = seven.requests.find((r) => r.path === "/api/journal/outbound")!;
    expect(lookup.query).toMatchObject({ to: "4917612345678", limit: "100" });
    expect(lookup.query.date_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await carrier().findSubmission({ ...sms, id: "another-message" }, new Date())).toBeNull();
  });

  it("throws when the journal cannot be read, so nothing is sent twice on a guess", async () => {
    await expect(carrier({ apiKey: "wrong" }).findSubmission(sms, new Date())).rejects.toThrow(/900/);
  });

  it("reads the last report of handed-over messages with seven's time (reconciliation)", async () => {
    seven.journal.push(
      { id: "1", to: "4917612345678", foreign_id: "a", dlr: "DELIVERED", dlr_timestamp: "2026-11-27 10:00:05", timestamp: "2026-11-27 10:00:00" },
      { id: "2", to: "4917612345678", foreign_id: "b", dlr: null, dlr_timestamp: null, timestamp: "2026-11-27 10:00:00" },
      { id: "3", to: "4917612345678", foreign_id: "c", dlr: "UNKNOWN", dlr_timestamp: null, timestamp: "2026-11-27 10:00:00" },
    );
    const handedOverAt = new Date();
    const reports = await carrier().lookUpStatuses(["1", "2", "3", "4"].map((id) => ({ id, carrierMessageId: id, handedOverAt })));
    expect(reports).toEqual([
      { carrier: "seven", carrierMessageId: "1", status: "delivered", carrierStatus: "DELIVERED", carrierTime: new Date("2026-11-27T09:00:05Z") },
    ]);
  });
});

describe("SevenCarrier.balance and the hooks API", () => {
  it("reads the balance as JSON or as a bare amount, and throws on a return code", async () => {
    expect(await carrier().balance()).toEqual({ amount: 42.5, currency: "EUR" });
    seven.balanceBody = "7.25";
    expect(await carrier().balance()).toEqual({ amount: 7.25, currency: "EUR" });
    seven.balanceBody = JSON.stringify({ amount: 42.5, currency: "EUR" });
    await expect(carrier({ apiKey: "wrong" }).balance()).rejects.toThrow(/900/);
  });

  it("registers a hook form-encoded with request_method JSON and lists it", async () => {
    const options = { apiKey: seven.apiKey, baseUrl: seven.baseUrl };
    await subscribeHook(options, { targetUrl: "https://praxisbote.example/api/webhooks/seven", eventType: "dlr" });
    expect(seven.requests.at(-1)).toMatchObject({ method: "POST", path: "/api/hooks" });
    expect(Object.fromEntries(new URLSearchParams(seven.requests.at(-1)!.body))).toEqual({
      action: "subscribe",
      target_url: "https://praxisbote.example/api/webhooks/seven",
      event_type: "dlr",
      request_method: "JSON",
    });
    expect(await listHooks(options)).toMatchObject([{ id: "1", target_url: "https://praxisbote.example/api/webhooks/seven", event_type: "dlr", request_method: "JSON" }]);
    await expect(subscribeHook(options, { targetUrl: "https://praxisbote.example/api/webhooks/seven", eventType: "dlr" })).rejects.toThrow(/already exists/);
  });
});

describe("seven.io webhook bodies", () => {
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
      report: { carrier: "seven", carrierMessageId: "1", status: ours, carrierStatus: status, carrierTime: null },
    });
  });

  it("keeps UNKNOWN as a note that changes no status, with seven's time", () => {
    expect(parseSevenWebhook({ webhook_event: "dlr", data: { msg_id: "77", status: "UNKNOWN", timestamp: "2026-07-01 12:00:00" } }, new Date())).toEqual({
      note: { carrier: "seven", carrierMessageId: "77", carrierStatus: "UNKNOWN", carrierTime: new Date("2026-07-01T10:00:00Z") },
    });
  });

  it("reads a reply with seven's time next to ours and ignores what it does not know", () => {
    const now = new Date();
    expect(parseSevenWebhook({ webhook_event: "sms_mo", data: { id: "9", sender: "4917612345678", system: "4915112345600", text: "Ja", time: 1795777200 } }, now)).toEqual({
      inbound: { carrier: "seven", carrierMessageId: "9", from: "4917612345678", to: "4915112345600", text: "Ja", receivedAt: now, carrierTime: new Date(1795777200_000) },
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
