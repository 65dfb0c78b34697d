import { describe, expect, it } from "vitest";
import { startOfBerlinDay } from "../../time/berlin";
import { computeInvoice, type UsageRow } from "./compute";
import { roundHalfUp, taxFor } from "./tax";

const october = { year: 2026, month: 10 };
const trialEndedBefore = startOfBerlinDay(2026, 9, 1);
const row = (parts: number, locationId: string | null = null, messages = parts): UsageRow => ({ locationId, messages, parts, unitPriceCents: 8, amountCents: parts * 8 });
const base = { month: october, trialEndsAt: trialEndedBefore, usage: [], locations: [], replyNumbers: [], country: "DE", vatId: null };

describe("computeInvoice", () => {
  it("bills the base fee, the parts and 19 % VAT for a month after the trial", () => {
    const invoice = computeInvoice({ ...base, usage: [row(100)] })!;
    expect(invoice.lines).toEqual([
      { position: 1, kind: "base_fee", description: "Grundgebühr Oktober 2026", quantity: 1, unitCode: "MON", unitPriceCents: 1900, totalCents: 1900 },
      { position: 2, kind: "sms_parts", description: "SMS-Teile", quantity: 100, unitCode: "H87", unitPriceCents: 8, totalCents: 800 },
    ]);
    expect(invoice.netCents).toBe(2700);
    expect(invoice.tax).toEqual({ kind: "standard", ratePercent: 19, amountCents: 513 });
    expect(invoice.grossCents).toBe(3213);
    expect(invoice.statements).toEqual([]);
    expect(invoice.notes).toEqual([]);
  });

  it("still bills the base fee in a month without messages", () => {
    const invoice = computeInvoice(base)!;
    expect(invoice.lines.map((line) => line.kind)).toEqual(["base_fee"]);
    expect(invoice.grossCents).toBe(1900 + 361);
  });

  it("issues nothing for a month entirely in the trial", () => {
    expect(computeInvoice({ ...base, trialEndsAt: startOfBerlinDay(2026, 11, 1), usage: [row(5)] })).toBeNull();
    expect(computeInvoice({ ...base, trialEndsAt: startOfBerlinDay(2027, 1, 1) })).toBeNull();
  });

  it("from a trial ending mid-month bills only the parts (accepted from the trial end on), no base fee", () => {
    const invoice = computeInvoice({ ...base, trialEndsAt: startOfBerlinDay(2026, 10, 15), usage: [row(10)], replyNumbers: ["+4915112345601"] })!;
    expect(invoice.lines.map((line) => line.kind)).toEqual(["sms_parts"]);
    expect(invoice.netCents).toBe(80);
    expect(invoice.notes[0]).toContain("bis einschließlich 14.10.2026");
    // Nothing accepted after such a trial end: nothing to invoice.
    expect(computeInvoice({ ...base, trialEndsAt: startOfBerlinDay(2026, 10, 15) })).toBeNull();
  });

  it("charges the reply number once a month, whatever numbers were held", () => {
    const invoice = computeInvoice({ ...base, replyNumbers: ["+4915112345602", "+4915112345601"] })!;
    expect(invoice.lines.at(-1)).toMatchObject({ kind: "reply_number", quantity: 1, totalCents: 900, description: "Antwortnummer +4915112345601, +4915112345602 (Oktober 2026)" });
  });

  it("gives one parts line per stored unit price", () => {
    const invoice = computeInvoice({ ...base, usage: [row(3), { locationId: null, messages: 2, parts: 2, unitPriceCents: 9, amountCents: 18 }] })!;
    expect(invoice.lines.slice(1)).toEqual([
      expect.objectContaining({ description: expect.stringMatching(/^SMS-Teile zu 0,08\s€$/), quantity: 3, totalCents: 24 }),
      expect.objectContaining({ description: expect.stringMatching(/^SMS-Teile zu 0,09\s€$/), quantity: 2, totalCents: 18 }),
    ]);
  });

  it("adds a statement per location, and one without location when messages had none", () => {
    const locations = [
      { id: "b", code: "SUED", name: "Praxis Süd" },
      { id: "a", code: "NORD", name: "Praxis Nord" },
    ];
    const invoice = computeInvoice({ ...base, locations, usage: [row(4, "a", 3), row(6, "b", 6), row(1, null), row(2, "deleted")] })!;
    expect(invoice.statements).toEqual([
      { locationCode: "NORD", locationName: "Praxis Nord", messages: 3, parts: 4, amountCents: 32 },
      { locationCode: "SUED", locationName: "Praxis Süd", messages: 6, parts: 6, amountCents: 48 },
      { locationCode: null, locationName: null, messages: 3, parts: 3, amountCents: 24 },
    ]);
    expect(invoice.statements.reduce((sum, s) => sum + s.amountCents, 0)).toBe(invoice.lines.find((l) => l.kind === "sms_parts")!.totalCents);
  });
});

describe("VAT", () => {
  it("rounds half up on the net total, once", () => {
    // 19 % of 0,50 € is 9,5 ct → 10 ct; of 2,50 € 47,5 ct → 48 ct; of 19,50 € 370,5 ct → 371 ct.
    expect(taxFor("DE", null, 50).amountCents).toBe(10);
    expect(taxFor("DE", null, 250).amountCents).toBe(48);
    expect(taxFor("DE", null, 1950).amountCents).toBe(371);
    expect(taxFor("DE", null, 1901).amountCents).toBe(361);
    expect(roundHalfUp(-4750, 100)).toBe(-48);
    // Per invoice, not per line: 1 part + base fee = 1908 → 362,52 → 363.
    expect(computeInvoice({ ...base, usage: [row(1)] })!.tax.amountCents).toBe(363);
  });

  it("invoices an Austrian practice with a valid UID without German VAT (reverse charge)", () => {
    const invoice = computeInvoice({ ...base, country: "AT", vatId: "atu 1234 5678", usage: [row(10)] })!;
    expect(invoice.tax).toEqual({ kind: "reverse_charge", ratePercent: 0, amountCents: 0 });
    expect(invoice.grossCents).toBe(invoice.netCents);
  });

  it("charges German VAT to an Austrian practice without a (valid) UID, and to German ones with a VAT ID", () => {
    expect(computeInvoice({ ...base, country: "AT", vatId: null })!.tax.kind).toBe("standard");
    expect(computeInvoice({ ...base, country: "AT", vatId: "ATU1234567" })!.tax.kind).toBe("standard");
    expect(computeInvoice({ ...base, country: "AT", vatId: "DE123456789" })!.tax.kind).toBe("standard");
    expect(computeInvoice({ ...base, country: "DE", vatId: "DE123456789" })!.tax).toEqual({ kind: "standard", ratePercent: 19, amountCents: 361 });
  });
});
