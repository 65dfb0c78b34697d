import { describe, expect, it } from "vitest";
import { berlinDate, berlinDayString, startOfBerlinDay } from "./berlin";

describe("Berlin calendar", () => {
  it("starts a winter day at 23:00 UTC the day before", () => {
    expect(startOfBerlinDay(2026, 12, 1).toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });

  it("starts a summer day at 22:00 UTC the day before", () => {
    expect(startOfBerlinDay(2026, 7, 1).toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("rolls month 13 into January of the next year", () => {
    expect(startOfBerlinDay(2026, 13, 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("reads the Berlin day of an instant late in the UTC evening", () => {
    expect(berlinDate(new Date("2026-11-30T23:30:00Z"))).toEqual({ year: 2026, month: 12, day: 1 });
    expect(berlinDayString(new Date("2026-03-29T22:30:00Z"))).toBe("2026-03-30");
  });
});
