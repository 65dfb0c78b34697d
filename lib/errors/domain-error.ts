import { MAX_CHARACTERS } from "../sms/characters";

// What the domain refuses, in words for the practice's staff. It knows no HTTP: the PVS API
// maps its codes to statuses at its edge (lib/api/errors.ts), a server action shows the message
// next to the form field named in `field` (the input's own names: to, from, text, email …).

/** Refusals a PVS can meet; each has a status in the API's table. */
export const MESSAGE_ERROR_MESSAGES = {
  missing_parameter: "Eine Pflichtangabe fehlt.",
  invalid_recipient: "Die Empfängernummer ist ungültig.",
  invalid_sender: "Der Absender ist ungültig.",
  sender_not_allowed: "Dieser Absender ist für Ihre Praxis nicht registriert. Bitte senden Sie mit einem registrierten Absender.",
  text_too_long: `Der Text ist zu lang (höchstens ${MAX_CHARACTERS} Zeichen).`,
  invalid_send_at: "Der Versandzeitpunkt ist ungültig.",
  invalid_expires_at: "Der Ablaufzeitpunkt ist ungültig: Er muss nach dem Versandzeitpunkt liegen.",
  invalid_location: "Diesen Standort gibt es in Ihrer Praxis nicht.",
  invalid_request: "Die Angaben sind ungültig.",
  recipient_opted_out:
    "Die Empfängerin oder der Empfänger hat per SMS-Antwort (z. B. STOP) keine weiteren SMS Ihrer Praxis gewünscht. Wir senden an diese Nummer nichts mehr. Willigt die Person wieder ein, kann ein Hauptzugang die Sperre im Portal unter „Abmeldungen“ aufheben.",
  monthly_limit_reached: "Das monatliche SMS-Limit Ihrer Praxis ist erreicht.",
  account_not_confirmed:
    "Ihre Praxis hat ihre E-Mail-Adresse noch nicht bestätigt. Bis dahin verschicken wir keine echten SMS: Bitte klicken Sie auf den Link in unserer Willkommens-E-Mail oder fordern Sie in der Übersicht des Portals einen neuen an.",
  // Also for ids of another practice: whether they exist elsewhere is none of the caller's business.
  not_found: "Diesen Eintrag gibt es in Ihrer Praxis nicht (mehr).",
  not_cancellable: "Die SMS kann nicht mehr gelöscht werden: Sie wird gerade an den Netzbetreiber übergeben, wurde schon übergeben oder ist schon gelöscht.",
  idempotency_conflict: "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet.",
} as const;

/** Refusals of the portal and the operator commands (users, invitations, senders). */
const ACCOUNT_ERROR_MESSAGES = {
  forbidden: "Das darf nur ein Hauptzugang Ihrer Praxis.",
  last_main_user: "Ihre Praxis braucht mindestens einen Hauptzugang. Ernennen Sie zuerst einen anderen Benutzer zum Hauptzugang.",
  email_taken: "Für diese E-Mail-Adresse gibt es schon einen Praxisbote-Zugang.",
  invitation_invalid: "Diese Einladung gilt nicht mehr: Sie ist abgelaufen, wurde schon angenommen oder zurückgezogen.",
  weak_password: "Das Passwort ist zu schwach.",
  mail_failed: "Die E-Mail konnte nicht versendet werden. Bitte versuchen Sie es später noch einmal.",
  practice_not_found: "Diese Praxis gibt es nicht.",
  sender_taken: "Dieser Absender ist schon vergeben.",
  too_soon: "Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.",
  code_not_sent: "Der Code konnte nicht gesendet werden. Bitte versuchen Sie es gleich noch einmal.",
  no_verification: "Es wurde kein Code angefordert.",
  wrong_code: "Der Code ist nicht richtig.",
  code_expired: "Der Code ist abgelaufen. Bitte fordern Sie einen neuen an.",
  too_many_attempts: "Der Code wurde zu oft falsch eingegeben. Bitte fordern Sie einen neuen an.",
  location_in_use: "Dieser Standort hat schon SMS oder einen eigenen API-Key und kann nicht gelöscht werden. Sie können ihn umbenennen.",
} as const;

export const DOMAIN_ERROR_MESSAGES = { ...MESSAGE_ERROR_MESSAGES, ...ACCOUNT_ERROR_MESSAGES };

export type MessageErrorCode = keyof typeof MESSAGE_ERROR_MESSAGES;
export type DomainErrorCode = keyof typeof DOMAIN_ERROR_MESSAGES;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string = DOMAIN_ERROR_MESSAGES[code],
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "DomainError";
  }
}
