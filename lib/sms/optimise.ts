import replacementTable from "./gsm-replacements.json";
import { septetCost } from "./gsm-charset";
import { segmentSms, type SmsSegmentation } from "./segments";

export interface CharacterReplacement {
  /** One non-GSM character. */
  from: string;
  /** Its GSM-7 stand-in; empty when the character is simply dropped. */
  to: string;
  /** The Unicode name, shown on the public list. */
  name: string;
}

/** The one replacement table: the engine, the public list and the tests all read it. */
export const GSM_REPLACEMENTS: readonly CharacterReplacement[] = replacementTable;

const REPLACEMENT_BY_CHARACTER = new Map(GSM_REPLACEMENTS.map((entry) => [entry.from, entry.to]));

/** What optimisation would put in place of a character, if anything. */
export function replacementFor(character: string): string | undefined {
  return REPLACEMENT_BY_CHARACTER.get(character);
}

/** Replaces every character that has a GSM stand-in. GSM characters are never in the table. */
export function applyReplacements(text: string): string {
  let result = "";
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (septetCost(text.charCodeAt(i)) !== 0) continue;
    const replacement = REPLACEMENT_BY_CHARACTER.get(text[i]);
    if (replacement === undefined) continue;
    result += text.slice(copiedUpTo, i) + replacement;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

export interface OptimisationResult {
  /** The text to send: replaced when that saves parts, otherwise the original. */
  text: string;
  applied: boolean;
  before: SmsSegmentation;
  after: SmsSegmentation;
}

/**
 * Character optimisation as a practice switches it on. The replacements are used only
 * when they lower the number of parts: a text that stays UCS-2 because of an emoji would
 * otherwise just lose its typography, and "…" → "..." could even cost an extra part.
 */
export function optimiseSms(text: string): OptimisationResult {
  const before = segmentSms(text);
  const candidate = applyReplacements(text);
  if (candidate === text) return { text, applied: false, before, after: before };
  const candidateSegmentation = segmentSms(candidate);
  if (candidateSegmentation.segments < before.segments) {
    return { text: candidate, applied: true, before, after: candidateSegmentation };
  }
  return { text, applied: false, before, after: before };
}
