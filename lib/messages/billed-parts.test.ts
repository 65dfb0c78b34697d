import { describe, expect, it } from "vitest";
import { startOfBerlinMonth } from "./billed-parts";

describe("the start of the Berlin month", () => {
  it("changes at Berlin midnight, in summer and winter time, whatever was asked before", () => {
    const asked = [
      ["2026-10-31T22:59:59.999Z", "2026-09-30T22:00:00.000Z"], // 31 Oct 23:59 CET: October began in summer time
      ["2026-10-31T23:00:00.000Z", "2026-10-31T23:00:00.000Z"], // 1 Nov 00:00 CET
      ["2026-10-15T12:00:00.000Z", "2026-09-30T22:00:00.000Z"], // back again: nothing remembered wrongly
      ["2026-12-31T23:30:00.000Z", "2026-12-31T23:00:00.000Z"], // 1 Jan 00:30: the new year
      ["2026-12-31T22:59:00.000Z", "2026-11-30T23:00:00.000Z"],
    ];
    for (const [now, start] of asked) expect(startOfBerlinMonth(new Date(now)), now).toBe(start);
  });
});
