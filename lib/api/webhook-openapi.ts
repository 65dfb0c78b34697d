import { z } from "zod";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "../pvs-webhooks/event-types";
import { WEBHOOK_TIMEOUT_MS } from "../pvs-webhooks/post-webhook";
import { GIVE_UP_AFTER_MS, RETRY_DELAYS_MS } from "../pvs-webhooks/retry-schedule";
import { ROTATION_OVERLAP_MS } from "../pvs-webhooks/secrets";
import { replySchema } from "./reply-schemas";
import { messageSchema } from "./schemas";

// The webhooks a PVS receives, for the OpenAPI document's `webhooks` section (OpenAPI 3.1) and
// the docs page: the event list, the retry schedule and the receiver's rules come from the
// modules the sender uses.

export const optOutEventDataSchema = z
  .object({
    to: z.string().describe("Die abgemeldete Nummer, E.164."),
    optedOutAt: z.iso.datetime().describe("Wann die Antwort mit dem Stoppwort einging."),
    replyId: z.uuid().nullable().describe("Die Antwort mit dem Stoppwort, wie bei GET /replies."),
  })
  .meta({ id: "WebhookOptOut" });

export const testEventDataSchema = z
  .object({ endpointId: z.uuid(), text: z.string() })
  .meta({ id: "WebhookTest" });

const HOUR = 3_600_000;
const formatDelay = (ms: number) => (ms < 60_000 ? `${ms / 1000} s` : ms < HOUR ? `${ms / 60_000} min` : `${ms / HOUR} h`);

export const WEBHOOK_GIVE_UP_DAYS = GIVE_UP_AFTER_MS / (24 * HOUR);
export const WEBHOOK_OVERLAP_HOURS = ROTATION_OVERLAP_MS / HOUR;
export const WEBHOOK_TIMEOUT_SECONDS = WEBHOOK_TIMEOUT_MS / 1000;

/** "5 s, 5 min, …, 10 h, dann alle 10 h bis 3 Tage nach dem Ereignis". */
export const RETRY_SCHEDULE_TEXT = `${RETRY_DELAYS_MS.map(formatDelay).join(", ")}, dann alle ${formatDelay(RETRY_DELAYS_MS.at(-1)!)} bis ${WEBHOOK_GIVE_UP_DAYS} Tage nach dem Ereignis`;

export const WEBHOOK_HEADERS = {
  "webhook-id": "Kennung des Ereignisses (msg_…): bei jeder Wiederholung dieselbe. Ein Ereignis, dessen webhook-id Sie schon verarbeitet haben, bestätigen Sie mit 2xx und verwerfen es.",
  "webhook-timestamp": "Zeitpunkt dieses Versuchs in Sekunden seit 1970 (UTC). Weicht er mehr als 5 Minuten von Ihrer Uhr ab, lehnen Sie das Ereignis ab.",
  "webhook-signature": `v1,<Base64 der HMAC-SHA256 über „webhook-id.webhook-timestamp.Body“ mit dem Secret>. Nach einer Erneuerung des Secrets ${WEBHOOK_OVERLAP_HOURS} Stunden lang zwei Signaturen, durch ein Leerzeichen getrennt: Eine passende genügt.`,
} as const;

export const WEBHOOK_RULES_TEXT = [
  `Signiert nach der Standard-Webhooks-Spezifikation (v1). Jedes Ereignis ist ein POST mit JSON {type, timestamp, data}.`,
  `2xx binnen ${WEBHOOK_TIMEOUT_SECONDS} Sekunden gilt als angenommen; jede andere Antwort, eine Weiterleitung oder keine Antwort als Fehlversuch. Wiederholt wird nach ${RETRY_SCHEDULE_TEXT}; danach geben wir das Ereignis auf. Scheitert ein Endpunkt ${WEBHOOK_GIVE_UP_DAYS} Tage lang, schalten wir ihn ab und benachrichtigen den Hauptzugang per E-Mail.`,
  "Ereignisse können doppelt und in anderer Reihenfolge ankommen: Wiederholungen an webhook-id erkennen; bei einer SMS den Status mit dem höchsten Rang behalten (pending < queued < sent < buffered < delivered/undelivered/cancelled; die letzten drei sind endgültig), bei gleichem Rang den mit dem späteren updatedAt.",
].join(" ");

type Ref = (schema: z.ZodType) => { $ref: string };

function operation(type: string, summary: string, data: object) {
  return {
    post: {
      operationId: `webhook-${type.replace(".", "-")}`,
      summary,
      description: WEBHOOK_RULES_TEXT,
      parameters: Object.entries(WEBHOOK_HEADERS).map(([name, description]) => ({ name, in: "header", required: true, description, schema: { type: "string" } })),
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["type", "timestamp", "data"],
              properties: {
                type: { const: type },
                timestamp: { type: "string", format: "date-time", description: "Wann das Ereignis eintrat (bei SMS: die Zeit des Status)." },
                data,
              },
            },
          },
        },
      },
      responses: {
        "2XX": { description: "Angenommen. Antworten Sie sofort und verarbeiten Sie danach." },
        default: { description: `Fehlversuch: wird wiederholt (${RETRY_SCHEDULE_TEXT}).` },
      },
    },
  };
}

function dataOf(type: WebhookEventType, ref: Ref) {
  if (type === "reply.received") return ref(replySchema);
  if (type === "recipient.opted_out") return ref(optOutEventDataSchema);
  const status = type.slice("message.".length);
  return { allOf: [ref(messageSchema)], description: `Die SMS wie bei GET /sms/{id} (ohne history), mit status „${status}“ und updatedAt = Zeit dieses Status.` };
}

/** The OpenAPI 3.1 `webhooks` map: one POST per event type we send, and the portal's test event. */
export function buildWebhooks(ref: Ref) {
  return {
    ...Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, operation(type, WEBHOOK_EVENT_LABELS[type], dataOf(type, ref))])),
    [TEST_EVENT_TYPE]: operation(TEST_EVENT_TYPE, "Test-Event aus dem Portal („Test-Event senden“)", ref(testEventDataSchema)),
  };
}
