import { z } from "zod";
import { MAX_CHARACTERS } from "../sms/characters";

// One SMS as a PVS (or the portal's test form) sends it. The API validates with it and the
// OpenAPI document is generated from it, so the documentation cannot drift from what we accept.

export const MAX_REFERENCE_LENGTH = 100;
export const MAX_LOCATION_CODE_LENGTH = 100;

const optionalString = (description: string) => z.string().optional().describe(description);

export const sendSmsRequestSchema = z
  .object({
    to: z
      .string()
      .describe(
        "Mobilfunknummer, international (+4917612345678, 004367612345678) oder national ohne Ländervorwahl. Eine nationale Nummer gilt im Land der Praxis: bei einer deutschen Praxis 017612345678 → +4917612345678, bei einer österreichischen 0664 1234567 → +436641234567. Festnetz- und Sonderrufnummern werden abgelehnt.",
      ),
    from: optionalString("Absender: bis 16 Ziffern (optional mit +) oder bis 11 Zeichen A–Z a–z 0–9 Leerzeichen . - & _. Ohne Angabe gilt der Standardabsender der Praxis."),
    text: z.string().describe(`Der Text, bis ${MAX_CHARACTERS} Zeichen (Unicode-Codepunkte).`),
    sendAt: optionalString("Versandzeitpunkt, ISO 8601 mit Zeitzone (2027-08-18T09:00:00+02:00). Leer, jetzt oder vergangen: sofort. Höchstens ein Jahr im Voraus."),
    expiresAt: optionalString(
      "Spätester Zeitpunkt der Übergabe an den Netzbetreiber, ISO 8601 mit Zeitzone – meist der Termin selbst (2027-08-18T10:30:00+02:00). Mindestens eine Minute nach sendAt (ohne sendAt: nach jetzt). Ist die SMS bis dahin nicht übergeben, wird sie nicht versendet: Status undelivered, Grund „abgelaufen vor dem Versand“, nicht berechnet. Der Netzbetreiber erhält nur die verbleibende Gültigkeit (in ganzen Minuten, höchstens 48 Stunden), damit die SMS nicht nach dem Termin ankommt. Ohne Angabe gilt sie beim Netzbetreiber 48 Stunden.",
    ),
    reference: z.string().max(MAX_REFERENCE_LENGTH).optional().describe(`Ihre eigene Kennung (höchstens ${MAX_REFERENCE_LENGTH} Zeichen); wird überall zurückgegeben.`),
    location: z
      .string()
      .max(MAX_LOCATION_CODE_LENGTH)
      .optional()
      .describe(`Standort-Code (höchstens ${MAX_LOCATION_CODE_LENGTH} Zeichen), wenn die Praxis mehrere Standorte abrechnet.`),
  })
  .meta({ id: "SendSmsRequest" });

export type SendSmsRequest = z.infer<typeof sendSmsRequestSchema>;

/** How messages name each field: what the practice sees, not the JSON key. */
export const SMS_FIELD_LABELS: Record<keyof SendSmsRequest, string> = {
  to: "Der Empfänger",
  from: "Der Absender",
  text: "Der Text",
  sendAt: "Der Versandzeitpunkt",
  expiresAt: "Der Ablaufzeitpunkt",
  reference: "Die Referenz",
  location: "Der Standort-Code",
};
