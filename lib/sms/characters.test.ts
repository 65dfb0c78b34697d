import { describe, expect, it } from "vitest";
import { countCharacters, exceedsCharacterLimit, MAX_CHARACTERS } from "./characters";

describe("countCharacters", () => {
  it("counts code points, so an emoji is one character", () => {
    expect(countCharacters("Hallo 😀")).toBe(7);
    expect(countCharacters("äöüß")).toBe(4);
  });

  it("counts the code points of flags and ZWJ sequences", () => {
    expect(countCharacters("🇩🇪")).toBe(2);
    expect(countCharacters("👨\u200d👩\u200d👧")).toBe(5);
  });

  it("counts a lone surrogate as one character", () => {
    expect(countCharacters("a\ud800b")).toBe(3);
  });
});

describe("the 600-character limit", () => {
  it("allows 600 characters and rejects 601", () => {
    expect(MAX_CHARACTERS).toBe(600);
    expect(exceedsCharacterLimit("a".repeat(600))).toBe(false);
    expect(exceedsCharacterLimit("a".repeat(601))).toBe(true);
  });

  it("allows 600 emoji although they are 1200 UTF-16 units", () => {
    expect(exceedsCharacterLimit("😀".repeat(600))).toBe(false);
    expect(exceedsCharacterLimit("😀".repeat(601))).toBe(true);
  });
});
