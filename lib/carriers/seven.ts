import { z } from "zod";
import type { Carrier, CarrierInbound, CarrierReport, OutgoingSms, SubmitResult } from "./carrier";
import { webhookId, webhookText } from "./webhook-fields";

// seven.io (German gateway with direct network connections), from its public REST
// documentation: POST {base}/sms with X-Api-Key, our message id as foreign_id; the answer's
// `success` is a return code, "100" meaning accepted.

export const SEVEN = "seven";

// Return codes after which a later try can succeed: their carrier failed, an unknown error,
// our credit or key needs an operator's attention. Everything else refuses this message.
const TEMPORARY_CODES = new Set(["500", "600", "700", "900", "902", "903"]);

const STATUS_MAP = {
  TRANSMITTED: "sent",
  ACCEPTED: "sent",
  BUFFERED: "buffered",
  DELIVERED: "delivered",
  NOTDELIVERED: "undelivered",
  EXPIRED: "undelivered",
  REJECTED: "undelivered",
  FAILED: "undelivered",
} as const;

const submitResponseSchema = z.object({
  success: z.union([z.string(), z.number()]).transform(String),
  messages: z
    .array(z.object({ id: z.union([z.string(), z.number()]).nullable().transform((v) => (v === null ? null : String(v))), error: z.string().nullable().optional(), error_text: z.string().nullable().optional() }))
    .optional(),
});

export interface SevenOptions {
  apiKey: string;
  baseUrl: string;
  fetch?: typeof fetch;
}

export class SevenCarrier implements Carrier {
  readonly name = SEVEN;

  constructor(private readonly options: SevenOptions) {}

  async submit(sms: OutgoingSms): Promise<SubmitResult> {
    const response = await (this.options.fetch ?? fetch)(`${this.options.baseUrl.replace(/\/$/, "")}/sms`, {
      method: "POST",
      headers: { "X-Api-Key": this.options.apiKey, "Content-Type": "application/json", Accept: "application/json", SentWith: "Praxisbote" },
      body: JSON.stringify({ to: sms.to, from: sms.from, text: sms.text, foreign_id: sms.id, json: 1 }),
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 429 || response.status >= 500) {
      return { ok: false, temporary: true, code: `http-${response.status}`, message: `seven.io antwortet ${response.status}` };
    }
    if (!response.ok) return { ok: false, temporary: false, code: `http-${response.status}`, message: `seven.io antwortet ${response.status}` };
    const parsed = submitResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return { ok: false, temporary: true, code: "bad-response", message: "Unerwartete Antwort von seven.io" };
    const { success, messages } = parsed.data;
    const carrierMessageId = messages?.[0]?.id;
    if (success === "100" && carrierMessageId) return { ok: true, carrierMessageId };
    const code = success === "100" ? (messages?.[0]?.error ?? "unknown") : success;
    return { ok: false, temporary: TEMPORARY_CODES.has(code), code, message: messages?.[0]?.error_text ?? `Rückgabecode ${code}` };
  }
}

const sevenId = z.union([z.string(), z.number()]).transform(String).pipe(webhookId);

const sevenWebhookSchema = z.discriminatedUnion("webhook_event", [
  z.object({
    webhook_event: z.literal("dlr"),
    data: z.object({ msg_id: sevenId, status: webhookId }),
  }),
  z.object({
    webhook_event: z.literal("sms_mo"),
    data: z.object({
      id: sevenId,
      sender: webhookId,
      system: webhookId,
      text: webhookText,
      time: z.union([z.string(), z.number()]).optional(),
    }),
  }),
]);

export type SevenWebhookEvent = { report: CarrierReport } | { inbound: CarrierInbound } | { ignored: string };

/** Parses a verified seven.io webhook body; unknown statuses and other events are ignored. */
export function parseSevenWebhook(body: unknown, receivedAt: Date): SevenWebhookEvent | null {
  const parsed = sevenWebhookSchema.safeParse(body);
  if (!parsed.success) {
    const event = (body as { webhook_event?: unknown } | null)?.webhook_event;
    return typeof event === "string" && event !== "dlr" && event !== "sms_mo" ? { ignored: `event ${event}` } : null;
  }
  if (parsed.data.webhook_event === "dlr") {
    const { msg_id, status } = parsed.data.data;
    const mapped = STATUS_MAP[status.toUpperCase() as keyof typeof STATUS_MAP];
    if (!mapped) return { ignored: `unknown status ${status}` };
    return { report: { carrier: SEVEN, carrierMessageId: msg_id, status: mapped, carrierStatus: status } };
  }
  const { id, sender, system, text } = parsed.data.data;
  return { inbound: { carrier: SEVEN, carrierMessageId: id, from: sender, to: system, text, receivedAt } };
}
