import { describe, expect, it } from "vitest";
import { explainCharacter } from "./character-notes";

describe("the analyser's note on a costly character", () => {
  it("says the API refuses a control character instead of promising to remove it", () => {
    expect(explainCharacter({ char: "\u0000", kind: "unicode", replacement: "" })).toMatch(/lehnt Texte damit ab/);
  });

  it("still explains what the optimisation does with a zero-width space", () => {
    expect(explainCharacter({ char: "\u200b", kind: "unicode", replacement: "" })).toMatch(/entfernt es/);
  });
});
