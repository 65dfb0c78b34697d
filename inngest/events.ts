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
    /** ISO time the carrier gives for the report, if any. */
    carrierTime: z.string().nullish(),
  }),
});

/** Sent once a message reached a final status, so the delivery run can stop waiting. */
export const smsFinal = eventType("sms/final", {
  schema: z.object({ messageId: z.uuid(), status: z.enum(MESSAGE_STATUSES) }),
});

export const smsInboundReceived = eventType("sms/inbound.received", {
  schema: z.object({ inboundId: z.uuid() }),
});

/** One practice's invoice for a month ("2026-10"), fanned out by the monthly invoicing cron. */
export const invoiceRequested = eventType("billing/invoice.requested", {
  schema: z.object({ practiceId: z.uuid(), month: z.string().regex(/^\d{4}-\d{2}$/) }),
});

/** The outbox holds webhooks due now: a status just changed, a reply came in (debounced by its function). */
export const webhookDeliveriesDue = eventType("webhooks/deliveries.due", {
  schema: z.object({}),
});
