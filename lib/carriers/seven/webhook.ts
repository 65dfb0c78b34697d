import { z } from "zod";
import type { CarrierInbound, CarrierNote, CarrierReport } from "../carrier";
import { webhookId, webhookText } from "../webhook-fields";
import { SEVEN } from "./name";
import { parseSevenTime } from "./time";

// seven.io posts its webhooks as JSON only when the hook was registered with
// request_method=JSON (npm run carrier:webhooks does); otherwise form-encoded, the nested
// `data` as data[msg_id]=… (PHP style) or as a JSON string. Both arrive here as one shape.

/** The webhook body as an object, whichever encoding seven.io chose; null if it is neither. */
export function decodeSevenWebhookBody(body: string, contentType: string | null): unknown {
  const trimmed = body.trim();
  const looksJson = trimmed.startsWith("{");
  if (contentType?.includes("application/json") || (looksJson && !contentType?.includes("x-www-form-urlencoded"))) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return null;
    }
  }
  if (!trimmed || looksJson) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(trimmed)) {
    const nested = /^(\w+)\[(\w+)\]$/.exec(key);
    if (nested) {
      const parent = (fields[nested[1]] ??= {});
      if (typeof parent === "object" && parent !== null) (parent as Record<string, unknown>)[nested[2]] = value;
    } else {
      fields[key] = value;
    }
  }
  if (typeof fields.data === "string" && fields.data.trim().startsWith("{")) {
    try {
      fields.data = JSON.parse(fields.data);
    } catch {
      return null;
    }
  }
  // A plain status callback (msg_id, status, timestamp at the top) is a dlr without envelope.
  if (fields.webhook_event === undefined && fields.msg_id !== undefined && fields.status !== undefined) {
    return { webhook_event: "dlr", data: fields };
  }
  return fields;
}

export const SEVEN_STATUS_MAP = {
  TRANSMITTED: "sent",
  ACCEPTED: "sent",
  BUFFERED: "buffered",
  DELIVERED: "delivered",
  NOTDELIVERED: "undelivered",
  EXPIRED: "undelivered",
  REJECTED: "undelivered",
  FAILED: "undelivered",
} as const;

/** Reports that say nothing about the message's fate: kept in its history, status unchanged. */
const NOTE_STATUSES = new Set(["UNKNOWN"]);

const sevenId = z.union([z.string(), z.number()]).transform(String).pipe(webhookId);
const sevenTime = z.union([z.string(), z.number()]).nullish();

const sevenWebhookSchema = z.discriminatedUnion("webhook_event", [
  z.object({
    webhook_event: z.literal("dlr"),
    data: z.object({ msg_id: sevenId, status: webhookId, timestamp: sevenTime }),
  }),
  z.object({
    webhook_event: z.literal("sms_mo"),
    data: z.object({ id: sevenId, sender: webhookId, system: webhookId, text: webhookText, time: sevenTime }),
  }),
]);

export type SevenWebhookEvent = { report: CarrierReport } | { note: CarrierNote } | { inbound: CarrierInbound } | { ignored: string };

/** Maps one of seven.io's statuses onto ours: a report, a note, or null when we do not know it. */
export function sevenStatus(
  carrierMessageId: string,
  status: string,
  carrierTime: Date | null,
): { report: CarrierReport } | { note: CarrierNote } | null {
  const upper = status.toUpperCase();
  if (NOTE_STATUSES.has(upper)) return { note: { carrier: SEVEN, carrierMessageId, carrierStatus: status, carrierTime } };
  const mapped = SEVEN_STATUS_MAP[upper as keyof typeof SEVEN_STATUS_MAP];
  return mapped ? { report: { carrier: SEVEN, carrierMessageId, status: mapped, carrierStatus: status, carrierTime } } : null;
}

/** Parses a verified seven.io webhook body; unknown statuses and other events are ignored. */
export function parseSevenWebhook(body: unknown, receivedAt: Date): SevenWebhookEvent | null {
  const parsed = sevenWebhookSchema.safeParse(body);
  if (!parsed.success) {
    const event = (body as { webhook_event?: unknown } | null)?.webhook_event;
    return typeof event === "string" && event !== "dlr" && event !== "sms_mo" ? { ignored: `event ${event}` } : null;
  }
  if (parsed.data.webhook_event === "dlr") {
    const { msg_id, status, timestamp } = parsed.data.data;
    return sevenStatus(msg_id, status, parseSevenTime(timestamp)) ?? { ignored: `unknown status ${status}` };
  }
  const { id, sender, system, text, time } = parsed.data.data;
  return { inbound: { carrier: SEVEN, carrierMessageId: id, from: sender, to: system, text, receivedAt, carrierTime: parseSevenTime(time) } };
}
