import { describe, expect, it } from "vitest";
import { chooseDriver } from "./driver";

describe("chooseDriver", () => {
  it("uses the embedded database without a URL", () => {
    expect(chooseDriver(undefined)).toBe("pglite");
  });

  it("uses node-postgres for an ordinary PostgreSQL URL", () => {
    expect(chooseDriver("postgres://postgres@127.0.0.1:5432/test")).toBe("postgres");
    expect(chooseDriver("postgresql://u:p@db.example.com/app")).toBe("postgres");
  });

  it("uses the Neon driver for a Neon host", () => {
    expect(chooseDriver("postgresql://u:p@ep-cool-darkness-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require")).toBe("neon");
    expect(chooseDriver("postgresql://u:p@notneon.tech/db")).toBe("postgres");
  });

  it("honours a forced driver", () => {
    expect(chooseDriver("postgres://postgres@127.0.0.1:5432/test", "neon")).toBe("neon");
  });
});
