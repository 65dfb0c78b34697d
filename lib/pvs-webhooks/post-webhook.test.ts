import { afterEach, describe, expect, it } from "vitest";
import { startReceiver } from "../../db/testing/webhook-fixtures";
import { MAX_RESPONSE_BYTES, postWebhook, WEBHOOK_USER_AGENT, type SendPolicy } from "./post-webhook";

const allowPrivate: SendPolicy = { production: false, allowPrivate: true };
const production: SendPolicy = { production: true, allowPrivate: false };
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(() => receiver?.close());

describe("posting one webhook", () => {
  it("posts the JSON with our headers; 2xx is success", async () => {
    receiver = await startReceiver(() => 200);
    const result = await postWebhook(receiver.url, { "webhook-id": "msg_1" }, '{"a":1}', allowPrivate);
    expect(result).toMatchObject({ ok: true, httpStatus: 200, error: null });
    expect(receiver.received[0].body).toBe('{"a":1}');
    expect(receiver.received[0].headers).toMatchObject({ "webhook-id": "msg_1", "content-type": "application/json", "user-agent": WEBHOOK_USER_AGENT });
  });

  it("does not follow a redirect: 3xx is a failure", async () => {
    receiver = await startReceiver((_, response) => {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    });
    const result = await postWebhook(receiver.url, {}, "{}", allowPrivate);
    expect(result).toMatchObject({ ok: false, httpStatus: 302 });
    expect(result.error).toMatch(/Weiterleitung/);
    expect(receiver.received).toHaveLength(1);
  });

  it("gives up after the timeout", async () => {
    receiver = await startReceiver(() => {});
    const result = await postWebhook(receiver.url, {}, "{}", { ...allowPrivate, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, httpStatus: null });
    expect(result.error).toMatch(/Keine Antwort/);
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it("reads at most 4 KiB of an endless answer", async () => {
    let written = 0;
    receiver = await startReceiver((_, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(1024, "x");
      // Keeps writing until the socket closes: a receiver that never ends its body.
      const timer = setInterval(() => {
        if (response.destroyed || written > 10 * 1024 * 1024) return clearInterval(timer);
        response.write(chunk);
        written += chunk.length;
      }, 1);
      response.on("close", () => clearInterval(timer));
    });
    const result = await postWebhook(receiver.url, {}, "{}", { ...allowPrivate, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: true, httpStatus: 200 });
    expect(result.durationMs).toBeLessThan(2000);
    expect(written).toBeLessThan(1024 * 1024);
    expect(MAX_RESPONSE_BYTES).toBe(4096);
  });

  describe("in production without WEBHOOK_ALLOW_PRIVATE_NETWORKS", () => {
    it.each(["https://127.0.0.1/hook", "https://10.0.0.8/hook", "https://169.254.169.254/latest/meta-data", "http://127.0.0.1/hook"])("refuses %s without connecting", async (url) => {
      const result = await postWebhook(url, {}, "{}", production);
      expect(result).toMatchObject({ ok: false, httpStatus: null });
      expect(result.error).toMatch(/internes Netz|https/);
    });

    it("refuses a host name that resolves to a private address, checked at connect time", async () => {
      const asked: string[] = [];
      const resolve = async (hostname: string) => {
        asked.push(hostname);
        return [{ address: "10.20.30.40", family: 4 }];
      };
      const result = await postWebhook("https://pvs.example.test/hook", {}, "{}", { ...production, resolve });
      expect(asked).toEqual(["pvs.example.test"]);
      expect(result).toMatchObject({ ok: false, httpStatus: null });
      expect(result.error).toMatch(/10\.20\.30\.40/);
    });

    it("refuses a name that resolves to a mix of public and private addresses (DNS rebinding)", async () => {
      const resolve = async () => [
        { address: "93.184.216.34", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ];
      const result = await postWebhook("https://rebind.example.test/hook", {}, "{}", { ...production, resolve });
      expect(result.error).toMatch(/127\.0\.0\.1/);
    });

    it("refuses localhost by name", async () => {
      receiver = await startReceiver(() => 204);
      const result = await postWebhook(receiver.url.replace("127.0.0.1", "localhost").replace("http:", "https:"), {}, "{}", production);
      expect(result.ok).toBe(false);
      expect(receiver.received).toHaveLength(0);
    });
  });
});
