import { describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { signWebhook } from "../carriers/webhook-signature";
import { releaseNonce } from "./nonce-store";
import { handleVerifiedWebhook, MAX_WEBHOOK_BYTES, verifiedBody, verifiedJson } from "./verified-webhook";

const getDb = vi.hoisted(() => vi.fn());
vi.mock("../../db/client", async (original) => ({ ...(await original<typeof import("../../db/client")>()), getDb }));

const url = "https://praxisbote.example/api/webhooks/seven";
const body = JSON.stringify({ webhook_event: "dlr", webhook_timestamp: "2026-11-26 10:00:00", data: { msg_id: "77123", status: "DELIVERED" } });

const database = setUpTestDatabase();

describe("replays", () => {
  it("accepts a nonce once", async () => {
    const headers = signWebhook("secret", "POST", url, body);
    const request = () => new Request(url, { method: "POST", headers, body });
    expect(await verifiedBody(database.db, request(), "seven", "secret", url)).toBe(body);
    expect(await verifiedBody(database.db, request(), "seven", "secret", url)).toBeNull();
  });

  it("accepts the carrier's retry once the nonce was released", async () => {
    const headers = signWebhook("secret", "POST", url, body);
    const request = () => new Request(url, { method: "POST", headers, body });
    expect(await verifiedBody(database.db, request(), "seven", "secret", url)).toBe(body);
    await releaseNonce(database.db, "seven", headers["X-Nonce"]);
    expect(await verifiedBody(database.db, request(), "seven", "secret", url)).toBe(body);
  });
});

describe("verifiedJson", () => {
  it("answers 401 for a wrong signature or an oversized body, 400 for a body that is not JSON", async () => {
    const forged = await verifiedJson(database.db, new Request(url, { method: "POST", headers: signWebhook("other", "POST", url, body), body }), "seven", "secret", url);
    expect("response" in forged && forged.response.status).toBe(401);
    const large = "x".repeat(MAX_WEBHOOK_BYTES + 1);
    const oversized = await verifiedJson(database.db, new Request(url, { method: "POST", headers: signWebhook("secret", "POST", url, large), body: large }), "seven", "secret", url);
    expect("response" in oversized && oversized.response.status).toBe(401);
    const garbled = await verifiedJson(database.db, new Request(url, { method: "POST", headers: signWebhook("secret", "POST", url, "{"), body: "{" }), "seven", "secret", url);
    expect("response" in garbled && (await garbled.response.json())).toEqual({ error: { code: "invalid_request", message: "Unbekanntes Format." } });
  });
});

describe("handleVerifiedWebhook", () => {
  it("answers a bug of ours with JSON and one log line without stack or request data, not Next's empty 500", async () => {
    getDb.mockRejectedValueOnce(new TypeError("boom"));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secretBody = JSON.stringify({ webhook_event: "sms_mo", data: { id: "1", sender: "4917612345678", system: "4915112345600", text: "Geheim" } });
    const response = await handleVerifiedWebhook(
      new Request(url, { method: "POST", headers: signWebhook("secret", "POST", url, secretBody), body: secretBody }),
      { carrier: "seven", secret: "secret", publicUrl: url },
      async () => Response.json({ ok: true }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal_error", message: expect.stringMatching(/\S/) } });
    const logged = log.mock.calls.flat().map(String).join(" ");
    log.mockRestore();
    expect(logged).toContain("TypeError: boom");
    expect(logged).not.toMatch(/\n\s+at /);
    expect(logged).not.toContain("4917612345678");
  });
});
