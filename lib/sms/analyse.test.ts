import { describe, expect, it } from "vitest";
import { analyseSms } from "./analyse";

describe("analyseSms", () => {
  it("classifies each character and offers replacements", () => {
    const analysis = analyseSms("a€„😀");
    expect(analysis.analysedCharacters).toEqual([
      { char: "a", offset: 0, kind: "basic" },
      { char: "€", offset: 1, kind: "extension" },
      { char: "„", offset: 2, kind: "unicode", replacement: '"' },
      { char: "😀", offset: 3, kind: "unicode" },
    ]);
  });

  it("marks a removable character with an empty replacement", () => {
    const [, zeroWidthSpace] = analyseSms("a\u200bb").analysedCharacters;
    expect(zeroWidthSpace).toEqual({ char: "\u200b", offset: 1, kind: "unicode", replacement: "" });
  });

  it("shows the parts before and after optimisation", () => {
    const analysis = analyseSms("„" + "a".repeat(100) + "“");
    expect(analysis.optimisation.before.segments).toBe(2);
    expect(analysis.optimisation.after.segments).toBe(1);
  });

  it("flags texts over 600 characters", () => {
    expect(analyseSms("a".repeat(600)).tooLong).toBe(false);
    expect(analyseSms("a".repeat(601))).toMatchObject({ tooLong: true, characters: 601 });
  });
});
