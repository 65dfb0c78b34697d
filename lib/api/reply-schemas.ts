import { z } from "zod";

export const replySchema = z
  .object({
    id: z.uuid(),
    from: z.string().describe("Die Nummer der Patientin oder des Patienten, E.164."),
    text: z.string(),
    receivedAt: z.iso.datetime().describe("Wann wir die Antwort erhalten haben."),
    inReplyTo: z
      .object({
        id: z.uuid().describe("Die SMS, auf die geantwortet wurde."),
        reference: z.string().nullable().describe("Ihre Referenz dieser SMS aus POST /sms, etwa Ihre Termin-ID."),
      })
      .nullable()
      .describe("null, wenn sich die Antwort keiner SMS zuordnen ließ."),
  })
  .meta({ id: "Reply" });

export type ApiReply = z.infer<typeof replySchema>;

export const replyListQuerySchema = z.object({
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Nur Antworten, die seit diesem Zeitpunkt eingegangen sind. ISO 8601 mit Zeitzone; ein + in der URL als %2B."),
  cursor: z.string().optional().describe("nextCursor der vorigen Seite, unverändert."),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe("Antworten je Seite."),
});

export const replyListSchema = z
  .object({
    data: z.array(replySchema).describe("Älteste zuerst."),
    nextCursor: z.string().nullable().describe("Für die nächste Seite als cursor übergeben; null auf der letzten Seite."),
  })
  .meta({ id: "ReplyList" });
