import { z } from "zod";
import { MESSAGE_STATUSES } from "../messages/status";

// The PVS API's shapes. Routes validate with them and the OpenAPI document is generated from
// them, so the documentation cannot drift from what the API accepts.

export { sendSmsRequestSchema, type SendSmsRequest } from "../messages/sms-request-schema";

export const MAX_BATCH_SIZE = 1000;

export const batchRequestSchema = z
  .object({ messages: z.array(z.unknown()).describe(`Bis ${MAX_BATCH_SIZE} Nachrichten wie bei POST /sms.`) })
  .meta({ id: "BatchSmsRequest" });

export const priceSchema = z
  .object({
    amount: z.string().describe("Nettobetrag in Euro als Dezimalzahl, z. B. \"0.16\"."),
    currency: z.literal("EUR"),
  })
  .meta({ id: "Price" });

export const messageSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(MESSAGE_STATUSES),
    statusReason: z.string().nullable().describe("Grund bei nicht ausgelieferten SMS."),
    to: z.string().nullable().describe("E.164; nach 60 Tagen gelöscht (null)."),
    from: z.string(),
    text: z.string().nullable().describe("Der versendete Text nach Zeichenoptimierung; nach 60 Tagen gelöscht (null)."),
    encoding: z.enum(["GSM-7", "UCS-2"]),
    characters: z.int(),
    segments: z.int().describe("Anzahl der SMS-Teile; jeder Teil wird berechnet."),
    sendAt: z.iso.datetime(),
    reference: z.string().nullable(),
    location: z.string().nullable(),
    price: priceSchema,
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

export const listQuerySchema = z.object({
  status: z.enum(MESSAGE_STATUSES).optional(),
  since: z.iso.datetime({ offset: true }).optional().describe("Nur SMS, die sich seit diesem Zeitpunkt geändert haben (neu oder neuer Status)."),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const LIST_PARAMETER_LABELS = Object.fromEntries(
  Object.keys(listQuerySchema.shape).map((name) => [name, `Der Parameter ${name}`]),
);

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
  })
  .meta({ id: "KeyCheck" });
