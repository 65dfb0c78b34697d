import { describe, expect, it } from "vitest";
import { apiBaseUrl, curlExample, curlKeyCheck, exampleSender, KEY_PLACEHOLDER, SENDER_PLACEHOLDER } from "./pvs-setup";

describe("the PVS set-up values", () => {
  it("builds the base URL from APP_URL with or without a trailing slash", () => {
    expect(apiBaseUrl("https://app.praxisbote.de")).toBe("https://app.praxisbote.de/api/v1");
    expect(apiBaseUrl("https://app.praxisbote.de/")).toBe("https://app.praxisbote.de/api/v1");
  });

  it("uses the default sender, else one the practice owns, else a placeholder", () => {
    expect(exampleSender("Praxis", [])).toBe("Praxis");
    expect(exampleSender(null, [{ kind: "number", value: "+4915112345678", verifiedAt: null }, { kind: "name", value: "ZahnArzt", verifiedAt: new Date() }])).toBe("ZahnArzt");
    expect(exampleSender(null, [])).toBe(SENDER_PLACEHOLDER);
  });

  it("writes a curl call with the key, or a placeholder, quoted for the shell", () => {
    const withPlaceholder = curlExample({ baseUrl: "https://x.test/api/v1", sender: "Dr. O'Neil" });
    expect(withPlaceholder).toContain(`curl -s 'https://x.test/api/v1/sms'`);
    expect(withPlaceholder).toContain(`-H 'Authorization: Bearer ${KEY_PLACEHOLDER}'`);
    expect(withPlaceholder).toContain(`"from":"Dr. O'\\''Neil"`);
    expect(curlExample({ baseUrl: "https://x.test/api/v1", sender: "Praxis", key: "pb_live_abc", to: "+4917612345600" })).toContain(
      `-H 'Authorization: Bearer pb_live_abc'`,
    );
    expect(curlKeyCheck({ baseUrl: "https://x.test/api/v1" })).toBe(`curl -s 'https://x.test/api/v1/key-check' -H 'Authorization: Bearer ${KEY_PLACEHOLDER}'`);
  });
});
