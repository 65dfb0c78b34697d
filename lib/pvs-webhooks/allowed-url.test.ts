import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isBlockedAddress } from "./allowed-url";

const production = { production: true, allowPrivate: false };
const development = { production: false, allowPrivate: false };
const selfHosted = { production: true, allowPrivate: true };

describe("where webhooks may go", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd12::1", "::ffff:127.0.0.1", "::ffff:a00:1"])(
    "blocks %s",
    (address) => expect(isBlockedAddress(address)).toBe(true),
  );

  it.each(["93.184.216.34", "8.8.8.8", "2a00:1450:4001:82a::200e", "172.32.0.1"])("lets %s through", (address) => expect(isBlockedAddress(address)).toBe(false));

  it("wants https in production, and a public address", () => {
    expect(checkWebhookUrl("https://pvs.example.de/hook", production)).toBeNull();
    expect(checkWebhookUrl("http://pvs.example.de/hook", production)).toMatch(/https/);
    expect(checkWebhookUrl("http://localhost:3000/hook", production)).toMatch(/https/);
    for (const url of ["https://127.0.0.1/hook", "https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://localhost/hook"]) {
      expect(checkWebhookUrl(url, production), url).toMatch(/internes Netz/);
    }
  });

  it("allows http for localhost only outside production", () => {
    expect(checkWebhookUrl("http://localhost:4000/hook", development)).toBeNull();
    expect(checkWebhookUrl("http://127.0.0.1:4000/hook", development)).toBeNull();
    expect(checkWebhookUrl("http://pvs.example.de/hook", development)).toMatch(/localhost/);
    expect(checkWebhookUrl("https://10.0.0.5/hook", development)).toBeNull();
  });

  it("allows private networks and http with WEBHOOK_ALLOW_PRIVATE_NETWORKS", () => {
    expect(checkWebhookUrl("http://192.168.1.10:8080/hook", selfHosted)).toBeNull();
  });

  it("refuses what is no web address, and credentials in it", () => {
    expect(checkWebhookUrl("pvs.example.de", production)).toMatch(/vollständige Adresse/);
    expect(checkWebhookUrl("ftp://pvs.example.de", production)).toMatch(/https/);
    expect(checkWebhookUrl("https://user:pw@pvs.example.de/hook", production)).toMatch(/Zugangsdaten/);
  });
});
