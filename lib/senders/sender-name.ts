import { validateSender } from "../sms/sender";

// Our own alphanumeric sender (verification codes); no practice may register it.
export const OUR_SENDER_NAME = "Praxisbote";

const MAX_NAME = 11;
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };
// Words that say nothing about which practice it is: titles, the kind of practice, fillers.
const FILLER_WORDS = new Set([
  "dr", "dres", "prof", "med", "dent", "univ", "mag", "msc", "dds", "dr.med", "med.dent", "dr.med.dent",
  "zahnarztpraxis", "zahnarztpraxen", "zahnaerztin", "zahnaerztinnen", "zahnarzt", "zahnaerzte", "praxis",
  "gemeinschaftspraxis", "praxisgemeinschaft", "zahnmedizin", "zahnheilkunde", "mvz", "kieferorthopaedie",
  "kieferorthopaede", "kieferorthopaedin", "zahnklinik", "gmbh", "ag", "ug", "partg", "partgmbb", "ohg", "kg",
  "am", "an", "im", "in", "der", "die", "das", "dem", "den", "zum", "zur", "von", "und", "fuer", "bei", "&", "-",
]);

/**
 * A sender name for a practice, derived from its name at sign-up: at most 11 characters of the
 * alphabet of lib/sms/sender.ts, umlauts spelled out (ä → ae). Titles and words like
 * "Zahnarztpraxis" are dropped so that what remains names the practice ("Praxis Berg",
 * "Schlosspark"); null when the name has nothing usable (no letter survives).
 */
export function senderNameFromPracticeName(practiceName: string): string | null {
  const ascii = practiceName
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => TRANSLITERATION[letter])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const words = ascii.split(/[^A-Za-z0-9.&_-]+/).map(trimSymbols).filter((word) => word !== "");
  const significant = words.filter((word) => !FILLER_WORDS.has(word.toLowerCase().replace(/\.$/, "")));
  const hasLetter = (text: string) => /[A-Za-z]/.test(text);
  let core = joinWithin(significant, MAX_NAME);
  let candidate = `Praxis ${core}`.length <= MAX_NAME ? `Praxis ${core}` : core;
  if (!hasLetter(core)) candidate = core = joinWithin(words, MAX_NAME);
  if (!hasLetter(core)) return null;
  const checked = validateSender(candidate);
  return checked.ok && checked.kind === "alphanumeric" ? checked.sender : null;
}

function trimSymbols(word: string): string {
  return word.replace(/^[.&_-]+/, "").replace(/[&_-]+$/, "").replace(/\.{2,}$/, ".");
}

// Whole words while they fit; a first word that alone is too long is cut.
function joinWithin(words: string[], max: number): string {
  let result = "";
  for (const word of words) {
    const next = result === "" ? word : `${result} ${word}`;
    if (next.length > max) break;
    result = next;
  }
  if (result === "" && words.length > 0) result = trimSymbols(words[0].slice(0, max)).replace(/\.$/, "");
  return result.replace(/[ .&_-]+$/, "");
}
