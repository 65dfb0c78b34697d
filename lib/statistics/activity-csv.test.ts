import { describe, expect, it } from "vitest";
import type { Activity } from "./activity";
import { activityCsv, activityCsvFileName, toCsv } from "./activity-csv";

const activity: Activity = {
  days: [],
  months: [
    { month: "2026-10", messages: 1200, parts: 1534, delivered: 1190, undelivered: 8, open: 2 },
    { month: "2026-11", messages: 3, parts: 4, delivered: 0, undelivered: 0, open: 3 },
  ],
  locations: [
    { location: { code: "nord", name: 'Praxis "Nord"; Haus 2' }, messages: 2, parts: 5 },
    { location: { code: "x", name: "=HYPERLINK(1)" }, messages: 1, parts: 1 },
    { location: null, messages: 1, parts: 1 },
  ],
  totals: { messages: 0, parts: 0, delivered: 0, undelivered: 0, open: 0, deliveryRate: null },
};

describe("activityCsv", () => {
  it("starts with a byte-order mark, separates with semicolons and ends lines with CRLF", () => {
    expect(activityCsv(activity, "monate")).toBe(
      "\uFEFFMonat;SMS;SMS-Teile;Zugestellt;Nicht ausgeliefert;Ohne abschließenden Status;Zustellquote (%)\r\n" +
        "Oktober 2026;1200;1534;1190;8;2;99,3\r\nNovember 2026;3;4;0;0;3;\r\n",
    );
  });

  it("quotes separators and quotes, and defuses formulas", () => {
    expect(activityCsv(activity, "standorte").split("\r\n")).toEqual([
      "\uFEFFStandort;Kürzel;SMS;SMS-Teile",
      '"Praxis ""Nord""; Haus 2";nord;2;5',
      "'=HYPERLINK(1);x;1;1",
      "Ohne Standort;;1;1",
      "",
    ]);
  });

  it("keeps UTF-8 text as it is", () => {
    expect(new TextEncoder().encode(toCsv([["Süd"]]))).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0x53, 0xc3, 0xbc, 0x64, 0x0d, 0x0a]));
  });

  it("names the file after the view and the day", () => {
    expect(activityCsvFileName("tage", "2026-11-27")).toBe("praxisbote-statistik-tage-2026-11-27.csv");
  });
});
