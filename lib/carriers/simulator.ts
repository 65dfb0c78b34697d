import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Carrier, CarrierReport, OutgoingSms, SubmitResult } from "./carrier";
import { webhookId, webhookText, webhookTime } from "./webhook-fields";

// The built-in carrier for local use and tests. It "delivers" in-process and reports back to
// our own webhook over HTTP, signed like a real carrier, so the whole path runs. What happens
// depends on the recipient's last two digits (documented in README.md):
//   00 delivered after ~1 s · 01 buffered, then delivered · 02 undelivered (invalid number)
//   03 buffered, never final (the 3-day timeout) · 04 two temporary errors, then accepted
//   05 duplicate and out-of-order reports · 06 the patient replies a few seconds later
//   anything else: delivered.

export const SIMULATOR = "simulator";

const STATUS_MAP = { ACCEPTD: "sent", ENROUTE: "buffered", DELIVRD: "delivered", UNDELIV: "undelivered" } as const;
type SimulatorStatus = keyof typeof STATUS_MAP;

export const simulatorWebhookSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("report"), messageId: webhookId, status: z.enum(Object.keys(STATUS_MAP) as [SimulatorStatus]) }),
  z.object({
    type: z.literal("inbound"),
    id: webhookId,
    from: webhookId,
    to: webhookId,
    text: webhookText,
    receivedAt: webhookTime,
  }),
]);

export type SimulatorWebhook = z.infer<typeof simulatorWebhookSchema>;

export function reportFromSimulator(payload: Extract<SimulatorWebhook, { type: "report" }>): CarrierReport {
  return { carrier: SIMULATOR, carrierMessageId: payload.messageId, status: STATUS_MAP[payload.status], carrierStatus: payload.status };
}

type Step = { afterMs: number; status: SimulatorStatus } | { afterMs: number; reply: string };

function scriptFor(recipient: string): Step[] {
  switch (recipient.slice(-2)) {
    case "00":
      return [{ afterMs: 1000, status: "DELIVRD" }];
    case "01":
      return [{ afterMs: 500, status: "ENROUTE" }, { afterMs: 2000, status: "DELIVRD" }];
    case "02":
      return [{ afterMs: 500, status: "UNDELIV" }];
    case "03":
      return [{ afterMs: 500, status: "ENROUTE" }];
    case "05":
      return [
        { afterMs: 400, status: "DELIVRD" },
        { afterMs: 700, status: "ENROUTE" },
        { afterMs: 1000, status: "DELIVRD" },
      ];
    case "06":
      return [
        { afterMs: 500, status: "DELIVRD" },
        { afterMs: 3000, reply: "Danke für die Erinnerung, ich komme pünktlich." },
      ];
    default:
      return [{ afterMs: 1000, status: "DELIVRD" }];
  }
}

export interface SimulatorOptions {
  /** Sends one webhook call; the default posts it, signed, to our own webhook route. */
  deliver(payload: SimulatorWebhook): Promise<void>;
  /** Multiplies every delay; tests use 0 or a small fraction. */
  delayScale?: number;
}

export class SimulatorCarrier implements Carrier {
  readonly name = SIMULATOR;
  // Our message id → the carrier id it got: a repeated submission is answered, not resent.
  private readonly accepted = new Map<string, string>();
  private readonly failedAttempts = new Map<string, number>();

  constructor(private readonly options: SimulatorOptions) {}

  async submit(sms: OutgoingSms): Promise<SubmitResult> {
    const known = this.accepted.get(sms.id);
    if (known) return { ok: true, carrierMessageId: known };
    if (sms.to.endsWith("04")) {
      const failures = this.failedAttempts.get(sms.id) ?? 0;
      if (failures < 2) {
        this.failedAttempts.set(sms.id, failures + 1);
        return { ok: false, temporary: true, code: "503", message: "Netz vorübergehend überlastet (Simulator)" };
      }
    }
    const carrierMessageId = `sim-${randomUUID()}`;
    this.accepted.set(sms.id, carrierMessageId);
    for (const step of scriptFor(sms.to)) {
      const payload: SimulatorWebhook =
        "status" in step
          ? { type: "report", messageId: carrierMessageId, status: step.status }
          : { type: "inbound", id: `sim-in-${randomUUID()}`, from: sms.to, to: sms.from, text: step.reply, receivedAt: new Date().toISOString() };
      this.later(step.afterMs, payload);
    }
    return { ok: true, carrierMessageId };
  }

  private later(afterMs: number, payload: SimulatorWebhook) {
    const delay = afterMs * (this.options.delayScale ?? 1);
    const send = async (attempt: number) => {
      try {
        if (payload.type === "inbound") payload.receivedAt = new Date().toISOString();
        await this.options.deliver(payload);
      } catch (error) {
        // Like a real carrier: try again a few times, then give up (the 3-day timeout remains).
        if (attempt < 5) setTimeout(() => void send(attempt + 1), 1000 * 2 ** attempt).unref?.();
        else console.error("[simulator] webhook failed:", (error as Error).message);
      }
    };
    setTimeout(() => void send(0), delay).unref?.();
  }
}
