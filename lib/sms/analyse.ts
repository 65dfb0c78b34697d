import { classifyCharacter, type GsmClass } from "./gsm-charset";
import { countCharacters, MAX_CHARACTERS } from "./characters";
import { optimiseSms, replacementFor, type OptimisationResult } from "./optimise";

export interface AnalysedCharacter {
  /** One code point (an emoji outside the BMP is one entry of two UTF-16 units). */
  char: string;
  /** Offset in UTF-16 code units, for marking the character in a text field. */
  offset: number;
  kind: GsmClass;
  /** What optimisation would put instead; "" means it would be removed. */
  replacement?: string;
}

export interface SmsAnalysis {
  characters: number;
  maxCharacters: number;
  tooLong: boolean;
  /** Every code point of the text, in order. */
  analysedCharacters: AnalysedCharacter[];
  /** The original text's parts, and what optimisation would make of them. */
  optimisation: OptimisationResult;
}

/** Everything the analyser shows, from the same engine the API and billing use. */
export function analyseSms(text: string): SmsAnalysis {
  const analysedCharacters: AnalysedCharacter[] = [];
  let offset = 0;
  for (const char of text) {
    const kind = classifyCharacter(char);
    const entry: AnalysedCharacter = { char, offset, kind };
    if (kind === "unicode") {
      const replacement = replacementFor(char);
      if (replacement !== undefined) entry.replacement = replacement;
    }
    analysedCharacters.push(entry);
    offset += char.length;
  }
  const characters = countCharacters(text);
  return {
    characters,
    maxCharacters: MAX_CHARACTERS,
    tooLong: characters > MAX_CHARACTERS,
    analysedCharacters,
    optimisation: optimiseSms(text),
  };
}
