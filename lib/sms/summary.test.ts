import { describe, expect, it } from "vitest";
import { encodingLabel, formatCountLabel } from "./summary";

describe("formatCountLabel", () => {
  it("counts characters and parts", () => {
    expect(formatCountLabel("a".repeat(142))).toBe("[142 Zeichen | 1 SMS]");
    expect(formatCountLabel("a".repeat(161))).toBe("[161 Zeichen | 2 SMS]");
    expect(formatCountLabel("😀".repeat(36))).toBe("[36 Zeichen | 2 SMS]");
  });

  it("names the encodings", () => {
    expect(encodingLabel("UCS-2")).toBe("Unicode (UCS-2)");
  });
});
