// A patient's "no more messages", in the words German and Austrian patients use. Only a reply
// that is nothing but one of them counts: "Ende Mai passt" or "Stopp bitte nicht" must not
// silence a patient, so the whole reply is compared, not its first word.
const STOP_WORDS = new Set(["STOP", "STOPP", "ABMELDEN", "ABBESTELLEN", "ENDE"]);

// Spaces, punctuation, symbols (emoji) and invisible format characters around the word.
const SURROUNDING = /^[\s\p{P}\p{S}\p{Cf}]+|[\s\p{P}\p{S}\p{Cf}]+$/gu;

/** "Stopp!", " stop. ", "ENDE": yes; anything with more words in it: no. */
export function isStopWord(text: string | null): boolean {
  if (!text) return false;
  return STOP_WORDS.has(text.normalize("NFKC").replace(SURROUNDING, "").toUpperCase());
}
