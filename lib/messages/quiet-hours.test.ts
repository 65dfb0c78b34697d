import { describe, expect, it } from "vitest";
import { applyQuietHours, formatClockTime, parseClockTime, type QuietHours } from "./quiet-hours";

const day: QuietHours = { start: 8 * 60, end: 20 * 60 };
const night: QuietHours = { start: 20 * 60, end: 8 * 60 };
const held = (at: string, window: QuietHours | null, country: "DE" | "AT" = "DE") => {
  const result = applyQuietHours(new Date(at), window, country);
  return { sendAt: result.sendAt.toISOString(), held: result.heldForQuietHours };
};

describe("quiet hours", () => {
  it("changes nothing when off or inside the window", () => {
    expect(held("2026-11-27T22:30:00Z", null)).toEqual({ sendAt: "2026-11-27T22:30:00.000Z", held: false });
    expect(held("2026-11-27T07:00:00Z", day)).toEqual({ sendAt: "2026-11-27T07:00:00.000Z", held: false }); // 08:00 CET, the opening itself
    expect(held("2026-11-27T18:59:59Z", day)).toEqual({ sendAt: "2026-11-27T18:59:59.000Z", held: false }); // 19:59:59
  });

  it("holds a message until 08:00 the same or the next morning", () => {
    expect(held("2026-11-27T05:00:00Z", day)).toEqual({ sendAt: "2026-11-27T07:00:00.000Z", held: true }); // 06:00 → 08:00
    expect(held("2026-11-27T19:00:00Z", day)).toEqual({ sendAt: "2026-11-28T07:00:00.000Z", held: true }); // 20:00 is closed
    expect(held("2026-11-27T23:30:00Z", day)).toEqual({ sendAt: "2026-11-28T07:00:00.000Z", held: true }); // 00:30, after midnight
    expect(held("2026-12-31T22:59:00Z", day)).toEqual({ sendAt: "2027-01-01T07:00:00.000Z", held: true }); // 23:59 on New Year's Eve
  });

  it("takes a window across midnight (20:00–08:00)", () => {
    expect(held("2026-11-27T22:30:00Z", night)).toEqual({ sendAt: "2026-11-27T22:30:00.000Z", held: false }); // 23:30
    expect(held("2026-11-28T06:59:00Z", night)).toEqual({ sendAt: "2026-11-28T06:59:00.000Z", held: false }); // 07:59
    expect(held("2026-11-28T07:00:00Z", night)).toEqual({ sendAt: "2026-11-28T19:00:00.000Z", held: true }); // 08:00 → 20:00
    expect(held("2026-11-27T18:59:00Z", night)).toEqual({ sendAt: "2026-11-27T19:00:00.000Z", held: true });
  });

  it("ends at midnight when the end is 00:00", () => {
    const evening = { start: 18 * 60, end: 0 };
    expect(held("2026-11-27T22:59:00Z", evening).held).toBe(false); // 23:59
    expect(held("2026-11-27T23:00:00Z", evening)).toEqual({ sendAt: "2026-11-28T17:00:00.000Z", held: true });
  });

  for (const country of ["DE", "AT"] as const) {
    describe(`on the days the clocks change (${country === "DE" ? "Berlin" : "Vienna"})`, () => {
      it("29 March 2026: the night is an hour shorter, 08:00 is summer time", () => {
        // 22:00 CET on the 28th → 08:00 CEST = 06:00 UTC.
        expect(held("2026-03-28T21:00:00Z", day, country)).toEqual({ sendAt: "2026-03-29T06:00:00.000Z", held: true });
        // 03:30 CEST, just after the jump.
        expect(held("2026-03-29T01:30:00Z", day, country)).toEqual({ sendAt: "2026-03-29T06:00:00.000Z", held: true });
        // Across midnight: noon CEST → 20:00 CEST = 18:00 UTC; 07:59 CEST is still inside.
        expect(held("2026-03-29T10:00:00Z", night, country)).toEqual({ sendAt: "2026-03-29T18:00:00.000Z", held: true });
        expect(held("2026-03-29T05:59:00Z", night, country).held).toBe(false);
      });

      it("29 March 2026: a window opening at 02:30, a time that day does not have, opens at the jump", () => {
        const early = { start: 2 * 60 + 30, end: 6 * 60 };
        expect(held("2026-03-29T00:30:00Z", early, country)).toEqual({ sendAt: "2026-03-29T01:00:00.000Z", held: true }); // 01:30 CET → 03:00 CEST
        expect(held("2026-03-29T01:00:00Z", early, country).held).toBe(false);
      });

      it("25 October 2026: the night is an hour longer, 08:00 is winter time", () => {
        // 21:00 CEST on the 24th → 08:00 CET = 07:00 UTC.
        expect(held("2026-10-24T19:00:00Z", day, country)).toEqual({ sendAt: "2026-10-25T07:00:00.000Z", held: true });
        expect(held("2026-10-25T06:30:00Z", day, country)).toEqual({ sendAt: "2026-10-25T07:00:00.000Z", held: true }); // 07:30 CET
        expect(held("2026-10-25T10:00:00Z", night, country)).toEqual({ sendAt: "2026-10-25T19:00:00.000Z", held: true });
        expect(held("2026-10-25T06:59:00Z", night, country).held).toBe(false); // 07:59 CET
      });

      it("25 October 2026: the clock passes 02:30 twice, and the window opens again at the second", () => {
        const early = { start: 2 * 60 + 30, end: 6 * 60 };
        expect(held("2026-10-25T00:00:00Z", early, country)).toEqual({ sendAt: "2026-10-25T00:30:00.000Z", held: true }); // 02:00 CEST → 02:30 CEST
        expect(held("2026-10-25T00:45:00Z", early, country).held).toBe(false); // 02:45 CEST
        expect(held("2026-10-25T01:15:00Z", early, country)).toEqual({ sendAt: "2026-10-25T01:30:00.000Z", held: true }); // 02:15 CET → 02:30 CET
      });
    });
  }

  it("reads and writes times of day", () => {
    expect(parseClockTime("08:00")).toBe(480);
    expect(parseClockTime(" 8.30 ")).toBe(510);
    expect(parseClockTime("24:00")).toBe(0);
    for (const bad of ["", "8", "25:00", "24:01", "12:60", "8 Uhr", "-1:00"]) expect(parseClockTime(bad)).toBeNull();
    expect(formatClockTime(480)).toBe("08:00");
    expect(formatClockTime(1439)).toBe("23:59");
  });
});
