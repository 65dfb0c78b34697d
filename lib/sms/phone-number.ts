import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max";

export type RecipientProblem = "empty" | "invalid_characters" | "invalid_number" | "not_mobile";

export type RecipientResult =
  | { ok: true; e164: string; country: string | undefined }
  | { ok: false; problem: RecipientProblem; message: string };

// Digits with the usual typing aids; letters ("0171-ZAHNARZT") are refused outright
// because libphonenumber would silently drop or translate them.
const ALLOWED_INPUT = /^\+?[0-9 ()\-/.]+$/;

// Types an SMS can reach. In some countries (USA, Canada …) the numbering plan does not
// tell mobile from fixed line, so those numbers are accepted too.
const SMS_CAPABLE_TYPES = new Set<NumberType>(["MOBILE", "FIXED_LINE_OR_MOBILE"]);

const MESSAGES: Record<RecipientProblem, string> = {
  empty: "Bitte geben Sie die Mobilfunknummer des Empfängers an.",
  invalid_characters:
    "Die Empfängernummer darf nur Ziffern, ein führendes + sowie Leerzeichen, Klammern, Binde- und Schrägstriche enthalten.",
  invalid_number:
    "Die Empfängernummer ist ungültig. Bitte international (+4917612345678 oder 004367612345678) oder als deutsche Mobilfunknummer (017612345678) angeben.",
  not_mobile: "Die Empfängernummer ist keine Mobilfunknummer (z. B. Festnetz oder Sonderrufnummer) und kann keine SMS empfangen.",
};

/**
 * Normalises a recipient to E.164. "+43…" and "0043…" are international; a number
 * without country code is read as German, as a German practice's PVS stores it.
 */
export function normaliseRecipient(input: string): RecipientResult {
  const trimmed = input.trim();
  if (trimmed === "") return failure("empty");
  if (!ALLOWED_INPUT.test(trimmed)) return failure("invalid_characters");
  const phoneNumber = parsePhoneNumberFromString(trimmed, "DE");
  if (!phoneNumber || !phoneNumber.isValid()) return failure("invalid_number");
  const type = phoneNumber.getType();
  if (!type || !SMS_CAPABLE_TYPES.has(type)) return failure("not_mobile");
  return { ok: true, e164: phoneNumber.number, country: phoneNumber.country };
}

function failure(problem: RecipientProblem): RecipientResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

/** "+49 176 ••••• 678": enough for staff to recognise a number, too little to leak it. */
export function maskPhoneNumber(e164: string): string {
  if (e164.length <= 7) return e164;
  return `${e164.slice(0, 6)}${"•".repeat(e164.length - 9)}${e164.slice(-3)}`;
}
