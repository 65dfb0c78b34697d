import { z } from "zod";
import { MAX_REFERENCE_LENGTH } from "../messages/sms-request-schema";
import { FINAL_STATUSES, MESSAGE_STATUSES } from "../messages/status";
import { DELIVERY_DEADLINE_DAYS } from "../delivery/deadline";

// The PVS API's shapes. Routes validate with them and the OpenAPI document is generated from
// them, so the documentation cannot drift from what the API accepts.

export { sendSmsRequestSchema, type SendSmsRequest } from "../messages/sms-request-schema";

export const MAX_BATCH_SIZE = 1000;

export const batchRequestSchema = z
  .object({ messages: z.array(z.unknown()).describe(`Bis ${MAX_BATCH_SIZE} Nachrichten wie bei POST /sms.`) })
  .meta({ id: "BatchSmsRequest" });

export const priceSchema = z
  .object({
    amount: z.string().describe("Nettobetrag in Euro als Dezimalzahl, z. B. \"0.16\"; bei gelöschten SMS, bei SMS, die vor dem Versand abgelaufen sind (expiresAt), und bei SMS mit einem Test-Schlüssel (sandbox: true) \"0.00\" (sie werden nicht berechnet)."),
    currency: z.literal("EUR"),
  })
  .meta({ id: "Price" });

export const messageSchema = z
  .object({
    id: z.uuid(),
    status: z
      .enum(MESSAGE_STATUSES)
      .meta({
        description: `Bewegt sich nur vorwärts. Endgültig – ändert sich danach nie mehr: ${[...FINAL_STATUSES].join(", ")}.`,
        "x-final-statuses": [...FINAL_STATUSES],
      }),
    statusReason: z
      .string()
      .nullable()
      .describe(
        `Erläuterung zum aktuellen Status, sonst null: bei nicht ausgelieferten SMS der Grund (z. B. vom Netzbetreiber abgelehnt, ungültige Nummer, keine Rückmeldung binnen ${DELIVERY_DEADLINE_DAYS} Tagen), bei einer SMS im Versand (queued) der Grund eines neuen Versuchs (z. B. „Netzbetreiber vorübergehend nicht erreichbar (Versuch 2: 503)“).`,
      ),
    to: z.string().nullable().describe("E.164; nach 60 Tagen gelöscht (null)."),
    from: z.string(),
    text: z.string().nullable().describe("Der versendete Text nach Zeichenoptimierung; nach 60 Tagen gelöscht (null)."),
    encoding: z.enum(["GSM-7", "UCS-2"]),
    characters: z.int(),
    segments: z.int().describe("Anzahl der SMS-Teile; jeder Teil wird berechnet."),
    sendAt: z.iso.datetime().describe("Wann die SMS versendet wird; fällt der gewünschte Zeitpunkt in die Ruhezeit der Praxis, der Beginn ihres nächsten Versandfensters."),
    heldForQuietHours: z
      .boolean()
      .describe("true, wenn sendAt wegen der Ruhezeit der Praxis (Versandfenster in den SMS-Einstellungen) auf den Beginn des nächsten Versandfensters verschoben wurde."),
    expiresAt: z.iso
      .datetime()
      .nullable()
      .describe("Spätester Zeitpunkt der Übergabe an den Netzbetreiber (aus der Anfrage), sonst null. Danach wird die SMS nicht mehr versendet: undelivered, „abgelaufen vor dem Versand“, price 0.00."),
    reference: z.string().nullable(),
    location: z.string().nullable(),
    price: priceSchema,
    sandbox: z
      .boolean()
      .describe("true, wenn die SMS mit einem Test-Schlüssel (pb_test_…) angenommen wurde: Sie geht an den Simulator statt an ein Mobilfunknetz, wird nicht berechnet und erscheint nicht in Statistik und Rechnung."),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().describe("Letzte Änderung, etwa ein neuer Status."),
  })
  .meta({ id: "Sms" });

export type ApiMessage = z.infer<typeof messageSchema>;

export const statusEventSchema = z
  .object({
    status: z.enum(MESSAGE_STATUSES),
    carrierStatus: z.string().nullable().describe("Der Originalcode des Netzbetreibers."),
    detail: z.string().nullable(),
    receivedAt: z.iso.datetime().describe("Wann wir den Status erhalten haben."),
    carrierTime: z.iso
      .datetime()
      .nullable()
      .describe("Wann es laut Netzbetreiber geschah (dessen Uhr); null, wenn er keine Zeit nennt oder der Status von uns stammt."),
  })
  .meta({ id: "SmsStatusEvent" });

export const messageWithHistorySchema = messageSchema
  .extend({ history: z.array(statusEventSchema) })
  .meta({ id: "SmsWithHistory" });

export const messageListSchema = z
  .object({
    data: z.array(messageSchema),
    nextCursor: z.string().nullable().describe("Für die nächste Seite als cursor übergeben; null am Ende."),
  })
  .meta({ id: "SmsList" });

// Any other query parameter is refused (lib/api/list-query.ts): a misspelt filter must not
// silently list everything.
export const listQuerySchema = z.object({
  status: z.enum(MESSAGE_STATUSES).optional().describe("Nur SMS in diesem Status."),
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Nur SMS, die sich seit diesem Zeitpunkt geändert haben (neu oder neuer Status). ISO 8601 mit Zeitzone, z. B. 2026-11-27T08:00:00Z oder 2026-11-27T09:00:00%2B01:00 – ein + in der URL als %2B."),
  reference: z.string().min(1).max(MAX_REFERENCE_LENGTH).optional().describe("Nur SMS mit genau dieser Referenz (Ihre Kennung aus POST /sms), etwa alle Erinnerungen zu einem Termin."),
  cursor: z.string().optional().describe("nextCursor der vorigen Seite, unverändert."),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe("SMS je Seite."),
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stabiler englischer Code, z. B. invalid_recipient."),
      message: z.string().describe("Deutsche Meldung für das Praxisteam."),
      field: z.string().optional().describe("Das betroffene Feld."),
    }),
  })
  .meta({ id: "Error" });

export const batchResultSchema = z
  .object({
    accepted: z.int(),
    rejected: z.int(),
    results: z.array(
      z.union([
        z.object({ index: z.int(), status: z.literal(202), sms: messageSchema }),
        z.object({ index: z.int(), status: z.int(), error: errorSchema.shape.error }),
      ]),
    ),
  })
  .meta({ id: "BatchSmsResult" });

export const keyCheckSchema = z
  .object({
    valid: z.literal(true),
    practice: z.object({ id: z.uuid(), name: z.string() }),
    location: z.string().nullable().describe("Der Standort, an den dieser Key gebunden ist."),
    sandbox: z.boolean().describe("true bei einem Test-Schlüssel (pb_test_…): SMS gehen an den Simulator und werden nicht berechnet."),
    confirmed: z
      .boolean()
      .describe("Ob die Praxis ihre E-Mail-Adresse bestätigt hat. Bis dahin lehnt der Versand echte SMS mit 403 account_not_confirmed ab."),
    hint: z.string().nullable().describe("Was noch fehlt, bevor SMS verschickt werden, in Worten für das Praxisteam; null, wenn nichts fehlt."),
  })
  .meta({ id: "KeyCheck" });
