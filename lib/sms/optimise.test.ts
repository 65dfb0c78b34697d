import { describe, expect, it } from "vitest";
import { isGsmText, classifyCharacter } from "./gsm-charset";
import { applyReplacements, GSM_REPLACEMENTS, optimiseSms, replacementFor } from "./optimise";

describe("the replacement table", () => {
  it("only replaces characters outside GSM-7, and only with GSM-7 text", () => {
    expect(GSM_REPLACEMENTS.length).toBeGreaterThan(250);
    for (const { from, to } of GSM_REPLACEMENTS) {
      expect(classifyCharacter(from), `U+${from.codePointAt(0)?.toString(16)}`).toBe("unicode");
      expect(isGsmText(to)).toBe(true);
    }
  });

  it("has one entry per character", () => {
    const froms = GSM_REPLACEMENTS.map((entry) => entry.from);
    expect(new Set(froms).size).toBe(froms.length);
  });

  it.each([
    ["„", '"'],
    ["“", '"'],
    ["’", "'"],
    ["–", "-"],
    ["\u00a0", " "],
    ["…", "..."],
  ])("replaces %s with %s", (from, to) => {
    expect(replacementFor(from)).toBe(to);
  });
});

describe("applyReplacements", () => {
  it("never changes GSM characters", () => {
    const gsm = "Grüße € [ ] { } ^ ~ | \\ Ç @ £ ¥ è é ù ì ò Ø ø Å å Δ _ Φ Æ æ ß É ¡ ¿ § à";
    expect(applyReplacements(gsm)).toBe(gsm);
  });

  it("replaces typographic characters", () => {
    expect(applyReplacements("„Termin“ – morgen…")).toBe('"Termin" - morgen...');
  });
});

describe("optimiseSms", () => {
  it("turns a UCS-2 text back into GSM-7 when that saves parts", () => {
    const text = "Sehr geehrte Frau Müller, wir erinnern Sie an Ihren Termin am 12.03. um 10:30 Uhr – bitte sagen Sie „rechtzeitig“ ab, falls Sie verhindert sind.";
    const result = optimiseSms(text);
    expect(result.before).toMatchObject({ encoding: "UCS-2", segments: 3 });
    expect(result.after).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(result.applied).toBe(true);
    expect(result.text).toContain('"rechtzeitig"');
  });

  it("leaves a text alone that stays UCS-2 because of an emoji", () => {
    const text = "Bis bald… 😀";
    const result = optimiseSms(text);
    expect(result.applied).toBe(false);
    expect(result.text).toBe(text);
  });

  it("leaves a text alone when the replacement would not save a part", () => {
    // 70 ellipses fit one UCS-2 part; as "..." they would need two GSM-7 parts.
    const text = "…".repeat(70);
    const result = optimiseSms(text);
    expect(result.applied).toBe(false);
    expect(result.text).toBe(text);
    expect(result.after.segments).toBe(1);
  });

  it("does nothing to a GSM text", () => {
    const result = optimiseSms("Ihr Termin am 12.03. um 10:30 Uhr.");
    expect(result).toMatchObject({ applied: false, text: "Ihr Termin am 12.03. um 10:30 Uhr." });
  });
});
