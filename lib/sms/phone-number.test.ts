import { describe, expect, it } from "vitest";
import { maskPhoneNumber, normaliseRecipient, type HomeCountry } from "./phone-number";

describe("normaliseRecipient", () => {
  it.each([
    ["+4367612345678", "+4367612345678"],
    ["004367612345678", "+4367612345678"],
    ["0043 676 1234567", "+436761234567"],
    ["01711234567", "+491711234567"],
    ["0171 / 123 45-67", "+491711234567"],
    ["(0171) 1234567", "+491711234567"],
    ["+49 176 12345678", "+4917612345678"],
    ["+41 79 123 45 67", "+41791234567"],
  ])("reads %s as %s for a German practice", (input, e164) => {
    expect(normaliseRecipient(input, "DE")).toMatchObject({ ok: true, e164 });
  });

  it.each([
    ["0664 1234567", "+436641234567"],
    ["0676 1234567", "+436761234567"],
    ["0699 12345678", "+4369912345678"],
    ["0650 1234567", "+436501234567"],
    ["0660 1234567", "+436601234567"],
    ["(0664) 123 45 67", "+436641234567"],
    ["+49 176 12345678", "+4917612345678"],
    ["0049 171 1234567", "+491711234567"],
    ["0043 664 1234567", "+436641234567"],
  ])("reads %s as %s for an Austrian practice", (input, e164) => {
    expect(normaliseRecipient(input, "AT")).toMatchObject({ ok: true, e164 });
  });

  it.each<[string, HomeCountry, string]>([
    ["", "DE", "empty"],
    ["   ", "DE", "empty"],
    ["0171ZAHNARZT", "DE", "invalid_characters"],
    ["12ab", "AT", "invalid_characters"],
    ["+49 176 1234", "DE", "invalid_number"],
    ["0049171123456789012", "DE", "invalid_number"],
    ["+49 30 1234567", "DE", "not_mobile"],
    ["030 1234567", "DE", "not_mobile"],
    ["0800 1234567", "DE", "not_mobile"],
    ["+43 1 5344400", "DE", "not_mobile"],
    ["+43 1 5344400", "AT", "not_mobile"],
    ["01 5344400", "AT", "not_mobile"],
    ["0800 1234567", "AT", "not_mobile"],
    ["+49 30 1234567", "AT", "not_mobile"],
  ])("rejects %j (%s practice) as %s with a German reason", (input, homeCountry, problem) => {
    const result = normaliseRecipient(input, homeCountry);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) {
      expect(result.message).toMatch(/Empfänger/);
      // A landline is a landline in either country: no hint that would suggest otherwise.
      expect(result.message).not.toMatch(/bitte mit \+4[39]/);
    }
  });

  it("keeps a German practice's national numbers German and points to +43 for an Austrian mobile", () => {
    expect(normaliseRecipient("0171 1234567", "DE")).toMatchObject({ ok: true, e164: "+491711234567" });
    const austrian = normaliseRecipient("0664 1234567", "DE");
    expect(austrian).toMatchObject({ ok: false, problem: "not_mobile" });
    if (!austrian.ok) expect(austrian.message).toContain("bitte mit +43 angeben: +43 664 1234567");
    const invalidInGermany = normaliseRecipient("0660 1234567", "DE");
    expect(invalidInGermany).toMatchObject({ ok: false, problem: "invalid_number" });
    if (!invalidInGermany.ok) expect(invalidInGermany.message).toContain("bitte mit +43 angeben: +43 660 1234567");
  });

  it("keeps an Austrian practice's national numbers Austrian and points to +49 for a German mobile", () => {
    expect(normaliseRecipient("0664 1234567", "AT")).toMatchObject({ ok: true, e164: "+436641234567" });
    const german = normaliseRecipient("0171 1234567", "AT");
    expect(german).toMatchObject({ ok: false, problem: "not_mobile" });
    if (!german.ok) expect(german.message).toContain("bitte mit +49 angeben: +49 171 1234567");
  });

  it("names the practice's own country in the format it asks for", () => {
    const de = normaliseRecipient("12", "DE");
    const at = normaliseRecipient("12", "AT");
    if (de.ok || at.ok) throw new Error("accepted");
    expect(de.message).toContain("deutsche Mobilfunknummer (017612345678)");
    expect(at.message).toContain("österreichische Mobilfunknummer (06641234567)");
  });
});

describe("maskPhoneNumber", () => {
  it("keeps the country code, the network prefix and the last four digits", () => {
    expect(maskPhoneNumber("+491711234567")).toBe("+49 171 ••• 4567");
    expect(maskPhoneNumber("+4917612345678")).toBe("+49 176 ••• 5678");
    expect(maskPhoneNumber("+436641234567")).toBe("+43 664 ••• 4567");
  });

  it("does not tell the length of the hidden part", () => {
    expect(maskPhoneNumber("+4915112345678").split("•").length).toBe(maskPhoneNumber("+491511234567").split("•").length);
  });

  it("shows fewer digits of a short subscriber number, and almost nothing of what it cannot read", () => {
    expect(maskPhoneNumber("+4366412345")).toMatch(/^\+43 664 ••• \d{2}$/);
    expect(maskPhoneNumber("+999123456789")).toBe("+99 ••• 6789");
    expect(maskPhoneNumber("12345")).toBe("•••");
  });
});
