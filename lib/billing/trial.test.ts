import { describe, expect, it } from "vitest";
import { trialEndFor } from "./trial";

describe("trialEndFor", () => {
  it("keeps the rest of the sign-up month and the next full month free", () => {
    expect(trialEndFor(new Date("2026-11-26T10:00:00Z")).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("uses the Berlin calendar for a sign-up late on the last evening of a month", () => {
    // 30 Nov 23:30 UTC is already 1 December in Berlin.
    expect(trialEndFor(new Date("2026-11-30T23:30:00Z")).toISOString()).toBe("2027-01-31T23:00:00.000Z");
  });
});
