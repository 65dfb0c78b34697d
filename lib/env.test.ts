import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("treats empty values from a copied .env template as unset", () => {
    const env = parseEnv({ DEMO_DATA: "", SEVEN_BASE_URL: "", DATABASE_URL: " ", DISPATCH_INTERVAL_MS: "" });
    expect(env.DEMO_DATA).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ SEVEN_BASE_URL: "https://gateway.seven.io/api", DISPATCH_INTERVAL_MS: 1000 });
  });

  it("still refuses a value that is set but wrong, naming the variable", () => {
    expect(() => parseEnv({ DEMO_DATA: "ja" })).toThrow(/DEMO_DATA/);
  });

  it("derives APP_URL from the port the server listens on when it is unset", () => {
    expect(parseEnv({ PORT: "4000" })).toMatchObject({ APP_URL: "http://localhost:4000", APP_URL_FROM_PORT: true });
    expect(parseEnv({})).toMatchObject({ APP_URL: "http://localhost:3000", APP_URL_FROM_PORT: true });
    expect(parseEnv({ PORT: "4000", APP_URL: "https://praxisbote.example" })).toMatchObject({ APP_URL: "https://praxisbote.example", APP_URL_FROM_PORT: false });
  });
});
