import { MAX_CHARACTERS } from "../sms/characters";

// What the domain refuses, in words for the practice's staff. It knows no HTTP: the PVS API
// maps each code to a status at its edge (lib/api/errors.ts), the portal maps `field` to a form
// field. Fields are the names of the SMS input (to, from, text, sendAt, reference, location).
export const DOMAIN_ERROR_MESSAGES = {
  missing_parameter: "Eine Pflichtangabe fehlt.",
  invalid_recipient: "Die Empfängernummer ist ungültig.",
  invalid_sender: "Der Absender ist ungültig.",
  text_too_long: `Der Text ist zu lang (höchstens ${MAX_CHARACTERS} Zeichen).`,
  invalid_send_at: "Der Versandzeitpunkt ist ungültig.",
  invalid_location: "Diesen Standort gibt es in Ihrer Praxis nicht.",
  invalid_request: "Die Angaben sind ungültig.",
  monthly_limit_reached: "Das monatliche SMS-Limit Ihrer Praxis ist erreicht.",
  not_found: "Diese SMS gibt es nicht.",
  not_cancellable: "Die SMS wurde schon an den Netzbetreiber übergeben und kann nicht mehr gelöscht werden.",
  idempotency_conflict: "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet.",
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_MESSAGES;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string = DOMAIN_ERROR_MESSAGES[code],
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
