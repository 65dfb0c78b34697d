export type SenderResult =
  | { ok: true; sender: string; kind: "numeric" | "alphanumeric" }
  | { ok: false; message: string };

// A numeric sender is a phone number in international format: up to 16 digits.
const NUMERIC_SENDER = /^\+?[0-9]{3,16}$/;

// Alphanumeric senders travel in GSM-7 and some networks drop anything beyond plain
// ASCII letters and digits; these few symbols pass every German and Austrian network.
const ALPHANUMERIC_SENDER = /^[A-Za-z0-9 .\-&_]{1,11}$/;
export const ALPHANUMERIC_SENDER_SYMBOLS = ". - & _ und Leerzeichen";

/** Validates an "Absender": a phone number (≤ 16 digits) or a name (≤ 11 characters). */
export function validateSender(input: string): SenderResult {
  const sender = input.trim();
  if (sender === "") return { ok: false, message: "Bitte geben Sie einen Absender an." };
  if (/^\+?[0-9]+$/.test(sender)) {
    return NUMERIC_SENDER.test(sender)
      ? { ok: true, sender, kind: "numeric" }
      : { ok: false, message: "Eine Absendernummer hat 3 bis 16 Ziffern, z. B. +4912341234567." };
  }
  if (sender.length > 11) {
    return { ok: false, message: "Ein Absendername darf höchstens 11 Zeichen lang sein." };
  }
  if (!ALPHANUMERIC_SENDER.test(sender)) {
    return {
      ok: false,
      message: `Ein Absendername darf nur Buchstaben ohne Umlaute (ä → ae), Ziffern sowie ${ALPHANUMERIC_SENDER_SYMBOLS} enthalten.`,
    };
  }
  if (!/[A-Za-z]/.test(sender)) {
    return { ok: false, message: "Ein Absendername muss mindestens einen Buchstaben enthalten." };
  }
  return { ok: true, sender, kind: "alphanumeric" };
}
