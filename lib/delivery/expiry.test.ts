import { describe, expect, it } from "vitest";
import { DEFAULT_VALIDITY_MINUTES, validityMinutes } from "./expiry";

const now = new Date("2026-11-26T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("the validity a carrier gets", () => {
  it("is 48 hours without expiresAt, and never more", () => {
    expect(validityMinutes(null, now)).toBe(48 * 60);
    expect(validityMinutes(later(7 * 24 * 3600_000), now)).toBe(DEFAULT_VALIDITY_MINUTES);
  });

  it("is what is left, rounded down to whole minutes so that it never outlasts expiresAt", () => {
    expect(validityMinutes(later(90 * 60_000), now)).toBe(90);
    expect(validityMinutes(later(90 * 60_000 + 59_999), now)).toBe(90);
    expect(validityMinutes(later(60_000), now)).toBe(1);
  });

  it("is none (expired) with less than a minute left", () => {
    expect(validityMinutes(later(59_999), now)).toBeNull();
    expect(validityMinutes(now, now)).toBeNull();
    expect(validityMinutes(later(-1), now)).toBeNull();
  });
});
