import { DomainError } from "../errors/domain-error";
import { domainErrorFromZod } from "../errors/from-zod";
import { countCharacters, MAX_CHARACTERS } from "../sms/characters";
import { containsRefusedControlCharacter } from "../sms/control-characters";
import { optimiseSms } from "../sms/optimise";
import { normaliseRecipient, type HomeCountry } from "../sms/phone-number";
import { segmentSms, type SmsEncoding } from "../sms/segments";
import { validateSender } from "../sms/sender";
import { applyQuietHours, type QuietHours } from "./quiet-hours";
import { parseExpiresAt, parseSendAt } from "./send-at";
import { sendSmsRequestSchema, SMS_FIELD_LABELS } from "./sms-request-schema";

export interface SmsDraft {
  /** The request's own fields as sent: what an Idempotency-Key is compared on. */
  requestFields: Record<string, string>;
  recipient: string;
  sender: string;
  /** The text as it will be sent: after the practice's optimisation, if it saves parts. */
  text: string;
  encoding: SmsEncoding;
  characters: number;
  segments: number;
  /** The time it will really go: the requested one, or the opening of the practice's sending window. */
  sendAt: Date;
  heldForQuietHours: boolean;
  /** Not handed over by then, it is not sent; null: no limit. */
  expiresAt: Date | null;
  reference: string | null;
  locationCode: string | null;
}

export interface SenderDefaults {
  optimiseCharacters: boolean;
  /** A rented reply number wins over the default sender: replies must reach it. */
  replyNumber: string | null;
  defaultSender: string | null;
  /** The practice's country: a national number ("0664 …", "0171 …") is read as one of its. */
  country: HomeCountry;
  /** The practice's sending window (in its country's time zone); null or absent: none. */
  quietHours?: QuietHours | null;
}

const FIELD_NAMES = ["to", "from", "text", "sendAt", "expiresAt", "reference", "location"] as const;

/** Checks one message of a request and turns it into what we store; throws DomainError. */
export function validateSmsRequest(body: unknown, defaults: SenderDefaults, now: Date): SmsDraft {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("invalid_request", "Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
  }
  const parsed = sendSmsRequestSchema.safeParse(body);
  if (!parsed.success) throw domainErrorFromZod(parsed.error, body, SMS_FIELD_LABELS);
  const input = parsed.data;

  if (input.to.trim() === "") throw new DomainError("missing_parameter", "Der Empfänger fehlt.", "to");
  const recipient = normaliseRecipient(input.to, defaults.country);
  if (!recipient.ok) throw new DomainError("invalid_recipient", recipient.message, "to");

  const senderInput = input.from?.trim() || defaults.replyNumber || defaults.defaultSender;
  if (!senderInput) {
    throw new DomainError("missing_parameter", "Der Absender fehlt, und für Ihre Praxis ist kein Standardabsender hinterlegt.", "from");
  }
  const sender = validateSender(senderInput);
  if (!sender.ok) throw new DomainError("invalid_sender", sender.message, "from");

  if (input.text.trim() === "") throw new DomainError("missing_parameter", "Der Text fehlt oder ist leer.", "text");
  if (!input.text.isWellFormed()) throw new DomainError("invalid_request", "Der Text enthält ungültige Unicode-Zeichen.", "text");
  if (containsRefusedControlCharacter(input.text)) throw new DomainError("invalid_request", "Der Text enthält unsichtbare Steuerzeichen.", "text");
  const characters = countCharacters(input.text);
  if (characters > MAX_CHARACTERS) {
    throw new DomainError("text_too_long", `Der Text hat ${characters} Zeichen; erlaubt sind höchstens ${MAX_CHARACTERS}.`, "text");
  }

  const requested = parseSendAt(input.sendAt, now);
  if (!requested.ok) throw new DomainError("invalid_send_at", requested.message, "sendAt");
  const sendAt = applyQuietHours(requested.sendAt, defaults.quietHours ?? null, defaults.country);
  const expiresAt = parseExpiresAt(input.expiresAt, sendAt.sendAt, now);
  if (!expiresAt.ok) {
    const held = sendAt.heldForQuietHours ? `Wegen der Ruhezeit Ihrer Praxis wird die SMS erst ${sendAt.sendAt.toISOString()} versendet. ` : "";
    throw new DomainError("invalid_expires_at", `${held}${expiresAt.message}`, "expiresAt");
  }

  for (const field of ["to", "from", "sendAt", "expiresAt", "reference", "location"] as const) {
    const value = input[field];
    if (value !== undefined && (containsRefusedControlCharacter(value) || !value.isWellFormed())) {
      throw new DomainError("invalid_request", `${SMS_FIELD_LABELS[field]} enthält unzulässige Zeichen.`, field);
    }
  }

  const text = defaults.optimiseCharacters ? optimiseSms(input.text).text : input.text;
  const segmentation = segmentSms(text);
  const requestFields = Object.fromEntries(FIELD_NAMES.filter((name) => input[name] !== undefined).map((name) => [name, input[name]!]));
  return {
    requestFields,
    recipient: recipient.e164,
    sender: sender.sender,
    text,
    encoding: segmentation.encoding,
    characters: countCharacters(text),
    segments: segmentation.segments,
    sendAt: sendAt.sendAt,
    heldForQuietHours: sendAt.heldForQuietHours,
    expiresAt: expiresAt.expiresAt,
    reference: input.reference?.trim() || null,
    locationCode: input.location?.trim() || null,
  };
}
