import { describe, expect, it } from "vitest";
import { checkConfiguration, type ConfigurationInput } from "./production-check";

const auth = { AUTH_SECRET: "s".repeat(32), AUTH_ENCRYPTION_KEY: "k".repeat(32) };
const production: ConfigurationInput = { NODE_ENV: "production", DATABASE_URL: "postgres://db.example:5432/praxisbote", ...auth };

describe("the production check", () => {
  it("refuses a production start on silent defaults, naming the carrier and the e-mail in one message", () => {
    const check = checkConfiguration(production);
    expect(check).toMatchObject({ carrier: "simulator", mail: "file", productionSafe: false });
    expect(check.refusal).toMatch(/^Praxisbote startet nicht/);
    expect(check.refusal).toContain("CARRIER");
    expect(check.refusal).toContain("RESEND_API_KEY");
    expect(check.refusal).toContain("EMAIL_TRANSPORT=file");
    expect(check.refusal).not.toContain("SEVEN_API_KEY");
  });

  it("refuses the portal's development secrets in production", () => {
    const check = checkConfiguration({ ...production, CARRIER: "simulator", EMAIL_TRANSPORT: "file", AUTH_SECRET: undefined, AUTH_ENCRYPTION_KEY: undefined });
    expect(check.refusal).toContain("AUTH_SECRET");
    expect(check.refusal).toContain("AUTH_ENCRYPTION_KEY");
    expect(check.missing).toHaveLength(2);
  });

  it("starts when the simulator and the file mailbox are chosen on purpose (staging, demos)", () => {
    const check = checkConfiguration({ ...production, CARRIER: "simulator", EMAIL_TRANSPORT: "file" });
    expect(check).toMatchObject({ carrier: "simulator", mail: "file", missing: [], productionSafe: true, refusal: null });
  });

  it("starts with seven.io and Resend fully configured", () => {
    const check = checkConfiguration({ ...production, CARRIER: "seven", SEVEN_API_KEY: "k", SEVEN_SIGNING_SECRET: "s", RESEND_API_KEY: "re_1" });
    expect(check).toMatchObject({ carrier: "seven", mail: "resend", productionSafe: true, refusal: null });
  });

  it("lists seven.io's key and signing secret when CARRIER=seven lacks them", () => {
    const check = checkConfiguration({ ...production, CARRIER: "seven", RESEND_API_KEY: "re_1" });
    expect(check.missing).toHaveLength(2);
    expect(check.refusal).toContain("SEVEN_API_KEY");
    expect(check.refusal).toContain("SEVEN_SIGNING_SECRET");
    expect(checkConfiguration({ ...production, CARRIER: "seven", SEVEN_API_KEY: "k", RESEND_API_KEY: "re_1" }).refusal).toContain("SEVEN_SIGNING_SECRET");
  });

  it("refuses EMAIL_TRANSPORT=resend without a key", () => {
    const check = checkConfiguration({ ...production, CARRIER: "simulator", EMAIL_TRANSPORT: "resend" });
    expect(check.mail).toBe("resend");
    expect(check.refusal).toContain("RESEND_API_KEY");
  });

  it("lets development and the embedded database run on defaults, yet reports them as not production-safe", () => {
    for (const input of [{ NODE_ENV: "development" as const, DATABASE_URL: production.DATABASE_URL }, { NODE_ENV: "production" as const }]) {
      const check = checkConfiguration(input);
      expect(check.refusal).toBeNull();
      expect(check.productionSafe).toBe(false);
    }
  });

  it("does not count a server URL forced onto PGlite as a production database", () => {
    expect(checkConfiguration({ ...production, DATABASE_DRIVER: "pglite" }).refusal).toBeNull();
    expect(checkConfiguration({ NODE_ENV: "production", DATABASE_URL: "postgres://x.neon.tech/db" }).refusal).not.toBeNull();
  });
});
