import { eventType } from "inngest";
import { z } from "zod";
import { MESSAGE_STATUSES } from "../lib/messages/status";

// The durable pipeline's events: names and payloads in one place.

export const smsAccepted = eventType("sms/accepted", {
  schema: z.object({ messageId: z.uuid(), sendAt: z.string() }),
});

export const smsCancelled = eventType("sms/cancelled", {
  schema: z.object({ messageId: z.uuid() }),
});

export const smsReportReceived = eventType("sms/report.received", {
  schema: z.object({
    carrier: z.string(),
    carrierMessageId: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    carrierStatus: z.string(),
  }),
});

/** Sent once a message reached a final status, so the delivery run can stop waiting. */
export const smsFinal = eventType("sms/final", {
  schema: z.object({ messageId: z.uuid(), status: z.enum(MESSAGE_STATUSES) }),
});

export const smsInboundReceived = eventType("sms/inbound.received", {
  schema: z.object({ inboundId: z.uuid() }),
});
