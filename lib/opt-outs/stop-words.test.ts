import { describe, expect, it } from "vitest";
import { isStopWord } from "./stop-words";

describe("stop words", () => {
  it.each([
    "STOP",
    "stop",
    "Stopp!",
    " stop. ",
    "ENDE",
    "Ende.",
    "abmelden",
    "Abbestellen!!!",
    "„Stopp“",
    "(STOP)",
    "stop\n",
    "Stopp 🛑",
    "\u200bSTOP\u200b",
    "ＳＴＯＰ",
  ])("%j opts out", (text) => {
    expect(isStopWord(text)).toBe(true);
  });

  it.each([
    "Stopp bitte nicht",
    "Ende Mai passt",
    "stop stop",
    "S.T.O.P.",
    "Stoppen",
    "Ende gut, alles gut",
    "Ich möchte mich abmelden",
    "STOPPT",
    "ok",
    "",
    "   ",
    "!!!",
  ])("%j does not", (text) => {
    expect(isStopWord(text)).toBe(false);
  });

  it("takes an erased reply (null) as no stop word", () => {
    expect(isStopWord(null)).toBe(false);
  });
});
