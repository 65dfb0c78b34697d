import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Carrier, CarrierReport, HandedOverSms, OutgoingSms, SubmitResult } from "./carrier";
import { webhookId, webhookText, webhookTime } from "./webhook-fields";

// The built-in carrier for local use and tests. It "delivers" in-process and reports back to
// our own webhook over HTTP, signed like a real carrier, so the whole path runs. Like a real
// carrier it keeps what it accepted and the reports it owes (in our database), so a restart of
// the app loses none of them. What happens depends on the recipient's last two digits
// (documented in README.md):
//   00 delivered after ~1 s · 01 buffered, then delivered · 02 undelivered (invalid number)
//   03 buffered, never final (the 3-day timeout) · 04 two temporary errors, then accepted
//   05 duplicate and out-of-order reports · 06 the patient replies a few seconds later
//   07 delivered, but the report is lost (found by reconciliation after 6 hours)
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

type Step = { afterMs: number; status: SimulatorStatus; lost?: boolean } | { afterMs: number; reply: string };

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
    case "07":
      return [{ afterMs: 1000, status: "DELIVRD", lost: true }];
    default:
      return [{ afterMs: 1000, status: "DELIVRD" }];
  }
}

/** A webhook call the simulator owes. */
export interface OwedCall {
  dueAt: Date;
  payload: SimulatorWebhook;
  /** Never sent: the carrier believes it delivered the report, but it got lost on the way. */
  lost?: boolean;
}

export interface TakenCall {
  id: number;
  carrierMessageId: string;
  payload: SimulatorWebhook;
  attempts: number;
}

export interface KnownStatus {
  carrierMessageId: string;
  status: string;
  at: Date;
}

/**
 * Where the simulator keeps what it accepted and the calls it owes, so that they outlive the
 * process, as a real carrier's do (lib/delivery/simulator-store.ts: our database).
 */
export interface SimulatorStore {
  /** One more temporary failure of a submission not yet accepted; null once it was accepted. */
  countFailedSubmission(messageId: string): Promise<number | null>;
  /** Accepts under `carrierMessageId` with its calls, unless accepted before (then its first id). */
  recordAcceptance(messageId: string, carrierMessageId: string, calls: OwedCall[], now: Date): Promise<{ carrierMessageId: string; created: boolean }>;
  resendReports(carrierMessageId: string, now: Date): Promise<void>;
  /** Due calls nobody is delivering, locked for one delivery. */
  takeDueCalls(now: Date, limit: number): Promise<TakenCall[]>;
  markDelivered(id: number, now: Date): Promise<void>;
  postponeCall(call: TakenCall, now: Date): Promise<void>;
  nextDueAt(now: Date): Promise<Date | null>;
  latestStatuses(carrierMessageIds: string[], now: Date): Promise<KnownStatus[]>;
  prune(now: Date): Promise<void>;
}

export interface SimulatorOptions {
  store: SimulatorStore;
  /** Sends one webhook call; the default posts it, signed, to our own webhook route. */
  deliver(payload: SimulatorWebhook): Promise<void>;
  /** Multiplies every delay; tests use 0 or a small fraction. */
  delayScale?: number;
  now?: () => Date;
  /** Deliver owed calls on time by a timer of this process (default); off, only deliverOwed does. */
  deliverOnTime?: boolean;
}

// Calls delivered at once per run; one carrier message's calls go in order, others side by side.
const CALLS_PER_RUN = 100;
const PRUNE_EVERY_MS = 60_000;

export class SimulatorCarrier implements Carrier {
  readonly name = SIMULATOR;
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeAt = Infinity;
  private lastPrune = 0;

  constructor(private readonly options: SimulatorOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async submit(sms: OutgoingSms): Promise<SubmitResult> {
    const { store } = this.options;
    if (sms.to.endsWith("04")) {
      const failures = await store.countFailedSubmission(sms.id);
      if (failures !== null && failures <= 2) {
        return { ok: false, temporary: true, code: "503", message: "Netz vorübergehend überlastet (Simulator)" };
      }
    }
    const now = this.now();
    const proposedId = `sim-${randomUUID()}`;
    const calls: OwedCall[] = scriptFor(sms.to).map((step) => {
      const dueAt = new Date(now.getTime() + step.afterMs * (this.options.delayScale ?? 1));
      if ("status" in step) return { dueAt, payload: { type: "report", messageId: proposedId, status: step.status }, lost: step.lost };
      const reply: SimulatorWebhook = { type: "inbound", id: `sim-in-${randomUUID()}`, from: sms.to, to: sms.from, text: step.reply, receivedAt: dueAt.toISOString() };
      return { dueAt, payload: reply };
    });
    const accepted = await store.recordAcceptance(sms.id, proposedId, calls, now);
    if (!accepted.created) await store.resendReports(accepted.carrierMessageId, now);
    this.wakeUpAt(accepted.created ? Math.min(...calls.map((call) => call.dueAt.getTime())) : now.getTime());
    return { ok: true, carrierMessageId: accepted.carrierMessageId };
  }

  /** What the simulator's records say now: the latest status it reached, reported to us or not. */
  async lookUpStatuses(messages: HandedOverSms[]): Promise<CarrierReport[]> {
    const known = await this.options.store.latestStatuses(messages.map((message) => message.carrierMessageId), this.now());
    return known
      .filter((entry): entry is typeof entry & { status: SimulatorStatus } => entry.status in STATUS_MAP)
      .map((entry) => ({ ...reportFromSimulator({ type: "report", messageId: entry.carrierMessageId, status: entry.status }), carrierTime: entry.at }));
  }

  /** Delivers every call that is due; a call our app does not take is tried again with backoff. */
  async deliverOwed(now = this.now()): Promise<number> {
    const { store } = this.options;
    let delivered = 0;
    for (;;) {
      const calls = await store.takeDueCalls(now, CALLS_PER_RUN);
      const byMessage = new Map<string, TakenCall[]>();
      for (const call of calls) byMessage.set(call.carrierMessageId, [...(byMessage.get(call.carrierMessageId) ?? []), call]);
      await Promise.all(
        [...byMessage.values()].map(async (inOrder) => {
          for (const [index, call] of inOrder.entries()) {
            try {
              await this.options.deliver(call.payload);
              await store.markDelivered(call.id, this.now());
              delivered++;
            } catch (error) {
              if (call.attempts === 1 || call.attempts % 5 === 0) console.error(`[simulator] webhook failed (try ${call.attempts}):`, (error as Error).message);
              // This message's later calls wait too, so that they keep their order.
              for (const waiting of inOrder.slice(index)) await store.postponeCall(waiting, this.now());
              return;
            }
          }
        }),
      );
      if (calls.length < CALLS_PER_RUN) break;
    }
    if (now.getTime() - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now.getTime();
      await store.prune(now);
    }
    return delivered;
  }

  // The dispatcher's runs deliver what is owed after a restart; a timer delivers it on time
  // while this process lives. Either takes each call once (the outbox rows are claimed).
  private wakeUpAt(at: number) {
    if (this.options.deliverOnTime === false || at >= this.wakeAt) return;
    clearTimeout(this.wakeTimer);
    this.wakeAt = at;
    this.wakeTimer = setTimeout(() => void this.wake(), Math.max(0, at - this.now().getTime()));
    this.wakeTimer.unref?.();
  }

  private async wake() {
    this.wakeAt = Infinity;
    try {
      await this.deliverOwed();
      const next = await this.options.store.nextDueAt(this.now());
      if (next) this.wakeUpAt(Math.max(next.getTime(), this.now().getTime() + 200));
    } catch (error) {
      console.error("[simulator] delivering reports failed:", (error as Error).message);
      this.wakeUpAt(this.now().getTime() + 5_000);
    }
  }
}
