import { describe, expect, it } from "vitest";
import { maskPhoneNumber, normaliseRecipient } from "./phone-number";

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
  ])("reads %s as %s", (input, e164) => {
    expect(normaliseRecipient(input)).toMatchObject({ ok: true, e164 });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["0171ZAHNARZT", "invalid_characters"],
    ["12ab", "invalid_characters"],
    ["+49 176 1234", "invalid_number"],
    ["0049171123456789012", "invalid_number"],
    ["+49 30 1234567", "not_mobile"],
    ["0800 1234567", "not_mobile"],
    ["+43 1 5344400", "not_mobile"],
  ])("rejects %j as %s with a German reason", (input, problem) => {
    const result = normaliseRecipient(input);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(/Empfänger/);
  });
});

describe("maskPhoneNumber", () => {
  it("keeps the country and network prefix and the last three digits", () => {
    expect(maskPhoneNumber("+4917612345678")).toBe("+49176•••••678");
  });
});
