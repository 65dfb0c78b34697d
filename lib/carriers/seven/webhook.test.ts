import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookForAny } from "../webhook-signature";
import { sevenSignedUrls } from "./signature";
import { parseSevenTime } from "./time";
import { decodeSevenWebhookBody } from "./webhook";

describe("decodeSevenWebhookBody", () => {
  const expected = { webhook_event: "dlr", webhook_timestamp: "2026-11-27 10:00:01", data: { msg_id: "77", status: "DELIVERED", timestamp: "2026-11-27 10:00:00" } };

  it("reads JSON, and the form encoding seven.io uses unless a hook asked for JSON", () => {
    expect(decodeSevenWebhookBody(JSON.stringify(expected), "application/json")).toEqual(expected);
    const nested = "webhook_event=dlr&webhook_timestamp=2026-11-27+10%3A00%3A01&data%5Bmsg_id%5D=77&data%5Bstatus%5D=DELIVERED&data%5Btimestamp%5D=2026-11-27+10%3A00%3A00";
    expect(decodeSevenWebhookBody(nested, "application/x-www-form-urlencoded")).toEqual(expected);
    const dataAsJson = new URLSearchParams({ webhook_event: "dlr", webhook_timestamp: "2026-11-27 10:00:01", data: JSON.stringify(expected.data) }).toString();
    expect(decodeSevenWebhookBody(dataAsJson, "application/x-www-form-urlencoded; charset=utf-8")).toEqual(expected);
    // A plain status callback without the webhook envelope.
    expect(decodeSevenWebhookBody("msg_id=77&status=DELIVERED&timestamp=1795777200", "application/x-www-form-urlencoded")).toEqual({
      webhook_event: "dlr",
      data: { msg_id: "77", status: "DELIVERED", timestamp: "1795777200" },
    });
    // JSON without a content type, and a form with umlauts.
    expect(decodeSevenWebhookBody(JSON.stringify(expected), null)).toEqual(expected);
    expect(decodeSevenWebhookBody("webhook_event=sms_mo&data%5Btext%5D=Gr%C3%BC%C3%9Fe", "application/x-www-form-urlencoded")).toEqual({
      webhook_event: "sms_mo",
      data: { text: "Grüße" },
    });
  });

  it("refuses what is neither", () => {
    expect(decodeSevenWebhookBody("{", "application/json")).toBeNull();
    expect(decodeSevenWebhookBody("", "application/x-www-form-urlencoded")).toBeNull();
    expect(decodeSevenWebhookBody("data=%7Bbroken", "application/x-www-form-urlencoded")).toBeNull();
  });
});

describe("parseSevenTime", () => {
  it("reads seven.io's German wall-clock times in winter and summer, Unix seconds and milliseconds, and ISO", () => {
    expect(parseSevenTime("2026-11-27 10:00:00")).toEqual(new Date("2026-11-27T09:00:00Z"));
    expect(parseSevenTime("2026-07-01 10:00:00.250")).toEqual(new Date("2026-07-01T08:00:00.250Z"));
    // The night the clocks go forward and back.
    expect(parseSevenTime("2026-03-29 03:30:00")).toEqual(new Date("2026-03-29T01:30:00Z"));
    expect(parseSevenTime("2026-10-25 01:30:00")).toEqual(new Date("2026-10-24T23:30:00Z"));
    expect(parseSevenTime(1795777200)).toEqual(new Date(1795777200_000));
    expect(parseSevenTime("1795777200123")).toEqual(new Date(1795777200123));
    expect(parseSevenTime("2026-11-27T10:00:00+01:00")).toEqual(new Date("2026-11-27T09:00:00Z"));
  });

  it("gives null for what is missing or implausible", () => {
    for (const value of [null, undefined, "", "gestern", "0000-00-00 00:00:00", "1970-01-01 01:00:00", 0, {}]) expect(parseSevenTime(value)).toBeNull();
  });
});

describe("seven.io signatures", () => {
  const publicUrl = (path: string) => new URL(path, "https://praxisbote.example").toString();
  const body = JSON.stringify({ webhook_event: "dlr", data: { msg_id: "77", status: "DELIVERED" } });

  it("accepts a signature over the full URL or over path and query, with or without the trailing slash", () => {
    const urls = sevenSignedUrls(publicUrl, "/api/webhooks/seven", "?k=1");
    expect(urls).toEqual([
      "https://praxisbote.example/api/webhooks/seven?k=1",
      "/api/webhooks/seven?k=1",
      "https://praxisbote.example/api/webhooks/seven/?k=1",
      "/api/webhooks/seven/?k=1",
    ]);
    for (const signed of urls) {
      expect(verifyWebhookForAny("secret", new Headers(signWebhook("secret", "POST", signed, body)), "POST", urls, body).ok).toBe(true);
    }
    expect(sevenSignedUrls(publicUrl, "/api/webhooks/seven/", "")).toEqual([
      "https://praxisbote.example/api/webhooks/seven/",
      "/api/webhooks/seven/",
      "https://praxisbote.example/api/webhooks/seven",
      "/api/webhooks/seven",
    ]);
  });

  it("refuses another secret, another path, a changed body and a stale timestamp", () => {
    const urls = sevenSignedUrls(publicUrl, "/api/webhooks/seven", "");
    const headers = new Headers(signWebhook("secret", "POST", "/api/webhooks/seven", body));
    expect(verifyWebhookForAny("other", headers, "POST", urls, body)).toEqual({ ok: false, reason: "bad signature" });
    expect(verifyWebhookForAny("secret", headers, "POST", sevenSignedUrls(publicUrl, "/api/webhooks/simulator", ""), body)).toMatchObject({ ok: false });
    expect(verifyWebhookForAny("secret", headers, "POST", urls, body.replace("DELIVERED", "REJECTED"))).toMatchObject({ ok: false });
    const old = new Headers(signWebhook("secret", "POST", "/api/webhooks/seven", body, new Date(Date.now() - 10 * 60_000)));
    expect(verifyWebhookForAny("secret", old, "POST", urls, body)).toEqual({ ok: false, reason: "stale timestamp" });
  });
});
