import { Webhook } from "standardwebhooks";

/** The stable `webhook-id` of an outbox row: a receiver drops a repeat by it. */
export const webhookIdFor = (deliveryId: string) => `msg_${deliveryId.replaceAll("-", "")}`;

/**
 * The Standard Webhooks headers for one body, signed by the official package. During a secret
 * rotation both secrets sign; the spec lets a receiver accept any of the space-separated signatures.
 */
export function signedHeaders(secrets: string[], webhookId: string, timestamp: Date, body: string): Record<string, string> {
  return {
    "webhook-id": webhookId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(webhookId, timestamp, body)).join(" "),
  };
}
