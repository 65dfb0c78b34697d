import type { AnalysedCharacter } from "@/lib/sms/analyse";
import { containsRefusedControlCharacter } from "@/lib/sms/control-characters";

// What the analyser says about a character that drives the cost. Kept beside the
// components that show it; the facts come from lib/sms.

const INVISIBLE = /[\p{Z}\p{C}]/u;

/** A visible stand-in for spaces and control characters, which would otherwise not show. */
export function displayCharacter(char: string): string {
  if (char === " ") return "␣";
  return INVISIBLE.test(char) ? "·" : char;
}

export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Why a character costs more, and what the optimisation would do about it. */
export function explainCharacter(character: Pick<AnalysedCharacter, "char" | "kind" | "replacement">): string {
  if (containsRefusedControlCharacter(character.char)) return "Unsichtbares Steuerzeichen: Die API lehnt Texte damit ab. Bitte entfernen.";
  if (character.kind === "extension") return "Gehört zum erweiterten GSM-Zeichensatz und belegt zwei Stellen.";
  const why = "Kein GSM-Zeichen: Die ganze SMS wird als Unicode verschickt (70 statt 160 Zeichen je SMS).";
  if (character.replacement === undefined) return `${why} Die Zeichenoptimierung kann es nicht ersetzen.`;
  if (character.replacement === "") return `${why} Die Zeichenoptimierung entfernt es.`;
  return `${why} Die Zeichenoptimierung ersetzt es durch ${displayCharacter(character.replacement)}`;
}

/** The same, naming the character: for a tooltip on the character itself. */
export function describeCharacter(character: Pick<AnalysedCharacter, "char" | "kind" | "replacement">): string {
  return `${displayCharacter(character.char)} (${codePointLabel(character.char)}): ${explainCharacter(character)}`;
}
