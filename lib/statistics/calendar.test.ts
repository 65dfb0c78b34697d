import { describe, expect, it } from "vitest";
import { berlinMonthsBetween, formatMonth, lastBerlinDays } from "./calendar";

describe("Berlin calendar for statistics", () => {
  it("lists months across a year end, counting the Berlin month of each instant", () => {
    expect(berlinMonthsBetween(new Date("2026-11-30T23:30:00Z"), new Date("2027-02-01T00:00:00Z"))).toEqual(["2026-12", "2027-01", "2027-02"]);
    expect(formatMonth("2027-01")).toBe("Januar 2027");
  });

  it("ends the last days with today's Berlin day, across the change to winter time", () => {
    const days = lastBerlinDays(new Date("2026-10-26T23:30:00Z"), 3);
    expect(days).toEqual(["2026-10-25", "2026-10-26", "2026-10-27"]);
  });
});
