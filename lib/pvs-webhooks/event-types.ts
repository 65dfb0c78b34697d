import type { MessageStatus } from "../messages/status";

// The events a practice's PVS can subscribe to, in one place: the outbox, the portal's
// checkboxes, the OpenAPI `webhooks` section and the docs page all read this list.

export const MESSAGE_EVENT_STATUSES = ["sent", "buffered", "delivered", "undelivered", "cancelled"] as const satisfies readonly MessageStatus[];

export const WEBHOOK_EVENT_TYPES = [
  "message.sent",
  "message.buffered",
  "message.delivered",
  "message.undelivered",
  "message.cancelled",
  "reply.received",
  "recipient.opted_out",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The portal's test event ("Test-Event senden"); never written to the outbox. */
export const TEST_EVENT_TYPE = "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "message.sent": "SMS an den Netzbetreiber übergeben",
  "message.buffered": "SMS beim Netzbetreiber zwischengespeichert",
  "message.delivered": "SMS zugestellt",
  "message.undelivered": "SMS nicht ausgeliefert",
  "message.cancelled": "SMS vor dem Versand gelöscht",
  "reply.received": "Antwort eines Patienten eingegangen",
  "recipient.opted_out": "Patient hat sich abgemeldet (STOP)",
};

/** The event a message status reports, or null for statuses that send none (pending, queued). */
export function eventTypeForStatus(status: MessageStatus): WebhookEventType | null {
  return (MESSAGE_EVENT_STATUSES as readonly MessageStatus[]).includes(status) ? (`message.${status}` as WebhookEventType) : null;
}
