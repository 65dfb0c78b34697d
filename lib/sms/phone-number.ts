import { parsePhoneNumberFromString, type NumberType, type PhoneNumber } from "libphonenumber-js/max";

/** The countries our practices are in: a number without country code is read as one of theirs. */
export const HOME_COUNTRIES = ["DE", "AT"] as const;
export type HomeCountry = (typeof HOME_COUNTRIES)[number];

export function isHomeCountry(value: string): value is HomeCountry {
  return (HOME_COUNTRIES as readonly string[]).includes(value);
}

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

const COUNTRY_NAMES: Record<HomeCountry, { adjective: string; example: string }> = {
  DE: { adjective: "deutsche", example: "017612345678" },
  AT: { adjective: "österreichische", example: "06641234567" },
};

function messageFor(problem: RecipientProblem, homeCountry: HomeCountry): string {
  switch (problem) {
    case "empty":
      return "Bitte geben Sie die Mobilfunknummer des Empfängers an.";
    case "invalid_characters":
      return "Die Empfängernummer darf nur Ziffern, ein führendes + sowie Leerzeichen, Klammern, Binde- und Schrägstriche enthalten.";
    case "invalid_number": {
      const { adjective, example } = COUNTRY_NAMES[homeCountry];
      return `Die Empfängernummer ist ungültig. Bitte international (+4917612345678 oder 004367612345678) oder als ${adjective} Mobilfunknummer (${example}) angeben.`;
    }
    case "not_mobile":
      return "Die Empfängernummer ist keine Mobilfunknummer (z. B. Festnetz oder Sonderrufnummer) und kann keine SMS empfangen.";
  }
}

/**
 * Normalises a recipient to E.164. "+43…" and "0043…" are international; a number without
 * country code is read in the practice's own country, as its PVS stores it: "0171…" is German
 * for a German practice, "0664…" Austrian for an Austrian one.
 */
export function normaliseRecipient(input: string, homeCountry: HomeCountry): RecipientResult {
  const trimmed = input.trim();
  if (trimmed === "") return failure("empty", homeCountry);
  if (!ALLOWED_INPUT.test(trimmed)) return failure("invalid_characters", homeCountry);
  const phoneNumber = parsePhoneNumberFromString(trimmed, homeCountry);
  if (!phoneNumber || !phoneNumber.isValid()) return failure("invalid_number", homeCountry, otherCountryHint(trimmed, homeCountry));
  if (!isSmsCapable(phoneNumber)) return failure("not_mobile", homeCountry, otherCountryHint(trimmed, homeCountry));
  return { ok: true, e164: phoneNumber.number, country: phoneNumber.country };
}

function isSmsCapable(phoneNumber: PhoneNumber): boolean {
  const type = phoneNumber.getType();
  return type !== undefined && SMS_CAPABLE_TYPES.has(type);
}

// Patients cross the border: a German practice's PVS may hold "0664 1234567" for an Austrian
// patient, which reads as a German landline. When a refused national number is a mobile in
// the neighbouring country, say how to write it instead of only refusing it.
function otherCountryHint(input: string, homeCountry: HomeCountry): string | undefined {
  const digits = input.replace(/[^0-9+]/g, "");
  if (!digits.startsWith("0") || digits.startsWith("00")) return undefined;
  const otherCountry: HomeCountry = homeCountry === "DE" ? "AT" : "DE";
  const other = parsePhoneNumberFromString(input, otherCountry);
  if (!other || !other.isValid() || !isSmsCapable(other)) return undefined;
  const prefix = `+${other.countryCallingCode}`;
  return `Nummern ohne Ländervorwahl lesen wir als ${COUNTRY_NAMES[homeCountry].adjective} Nummern; ist eine ${COUNTRY_NAMES[otherCountry].adjective} Mobilfunknummer gemeint, bitte mit ${prefix} angeben: ${other.formatInternational()}.`;
}

function failure(problem: RecipientProblem, homeCountry: HomeCountry, hint?: string): RecipientResult {
  const message = messageFor(problem, homeCountry);
  return { ok: false, problem, message: hint ? `${message} ${hint}` : message };
}

const MASK = "•••";

/**
 * "+49 171 ••• 4567": country code, network prefix and the last four digits — enough for staff
 * to recognise a patient's number, too little to leak it. The bullets never tell the length.
 */
export function maskPhoneNumber(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  const groups = parsed?.isValid() ? parsed.formatInternational().split(" ") : null;
  if (groups && groups.length >= 3) {
    const [country, prefix, ...rest] = groups;
    const subscriber = rest.join("");
    // A short subscriber number would be nearly whole with four digits shown.
    const shown = subscriber.length >= 7 ? 4 : 2;
    return `${country} ${prefix} ${MASK} ${subscriber.slice(-shown)}`;
  }
  const digits = e164.replace(/[^0-9]/g, "");
  if (digits.length < 8) return MASK;
  return `+${digits.slice(0, 2)} ${MASK} ${digits.slice(-4)}`;
}
