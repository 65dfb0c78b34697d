import { describe, expect, it } from "vitest";
import { csvLine, guardFormula, quoteAlways } from "../csv/excel-csv";
import { csvHeader, csvRow } from "./sent-sms-csv";
import type { SentSmsRow } from "./sent-sms";

const row: SentSmsRow = {
  id: "0b8f6c1e-2f6a-4c53-9a57-5d8f4f1b2c3d",
  createdAt: new Date("2026-08-19T14:30:00Z"),
  recipient: "+491711234567",
  sender: "Praxis",
  text: 'Termin "morgen"; 10 Uhr\nBitte absagen: =HYPERLINK("x")',
  encoding: "GSM-7",
  characters: 52,
  segments: 1,
  status: "delivered",
  statusAt: new Date("2026-08-19T14:31:00Z"),
  priceCents: 8,
  sandbox: false,
  clientReference: "=1+1",
  locationName: null,
  erasedAt: null,
  cursor: "",
};

describe("CSV of the sent SMS", () => {
  it("quotes every value and doubles quotes, so ; and line breaks stay inside", () => {
    expect(quoteAlways('a"b;c\r\nd')).toBe('"a""b;c\r\nd"');
    expect(csvLine(["1", "zwei"])).toBe('"1";"zwei"\r\n');
  });

  it("starts with a UTF-8 byte order mark and German headings", () => {
    expect(csvHeader().charCodeAt(0)).toBe(0xfeff);
    expect(csvHeader()).toContain('"Empfänger";"Absender";"Text"');
  });

  it("writes German dates, labels and amounts, and defuses formulas", () => {
    const line = csvRow(row);
    expect(line).toContain('"19.08.2026";"16:30";"+491711234567";"Praxis";"Termin ""morgen""; 10 Uhr\nBitte absagen: =HYPERLINK(""x"")"');
    expect(line).toContain('"zugestellt";"19.08.2026 16:31"');
    expect(line).toContain(`"'=1+1";"0,08";"";"${row.id}"\r\n`);
    expect(guardFormula("-5")).toBe("'-5");
    expect(guardFormula("@SUM")).toBe("'@SUM");
    expect(guardFormula("Praxis")).toBe("Praxis");
  });

  it("marks a test-key message in its own column, at no price", () => {
    expect(csvHeader()).toContain('"Preis (EUR)";"Test";"ID"');
    expect(csvRow({ ...row, sandbox: true, priceCents: 0 })).toContain(`"0,00";"Test";"${row.id}"\r\n`);
  });

  it("says gelöscht for erased patient data", () => {
    expect(csvRow({ ...row, recipient: null, text: null, erasedAt: new Date() })).toContain('"gelöscht";"Praxis";"gelöscht"');
  });
});
