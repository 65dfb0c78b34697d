import { describe, expect, it, vi } from "vitest";
import { createCaller, FakeCarrier, messageRow, noMail } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { findStatusHistory } from "../messages/find-messages";
import type { CarrierReport, HandedOverSms } from "../carriers/carrier";
import { SimulatorCarrier } from "../carriers/simulator";
import { acceptMessage } from "../messages/accept-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { TIMEOUT_REASON } from "./deadline";
import { checkpointsPassed, reconcileReports } from "./reconcile-reports";
import { createSimulatorStore } from "./simulator-store";
import { dispatchDue, runChores } from "./sweep";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const hours = (h: number) => new Date(t0.getTime() + h * 3600_000);

/** A carrier whose records say what `known` says, and that remembers every lookup. */
class LookingUpCarrier extends FakeCarrier {
  readonly lookups: string[][] = [];
  failing = false;
  known = new Map<string, Pick<CarrierReport, "status" | "carrierStatus">>();

  async lookUpStatuses(messages: HandedOverSms[]): Promise<CarrierReport[]> {
    if (this.failing) throw new Error("journal unavailable");
    this.lookups.push(messages.map((message) => message.id));
    return messages.flatMap((message) => {
      const known = this.known.get(message.id);
      return known ? [{ carrier: "someone-else", carrierMessageId: message.carrierMessageId, ...known, carrierTime: hours(1) }] : [];
    });
  }
}

async function handOver(carrier: FakeCarrier, count: number) {
  const { caller } = await createCaller(database.db);
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const draft = validateSmsRequest({ to: `+49176123456${10 + index}`, text: `Termin ${index}` }, caller.practice, t0);
    ids.push((await acceptMessage(database.db, caller, draft, { now: t0 })).message.id);
  }
  await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => t0 });
  return ids;
}

const chores = (carrier: FakeCarrier, at: Date) => runChores({ db: database.db, carrier, mailer: noMail, now: () => at });

describe("reconciling lost reports", () => {
  it("asks 6 and 48 hours after the hand-over, once each, and records what the carrier knows as a report", async () => {
    const carrier = new LookingUpCarrier();
    const [delivered, late, never] = await handOver(carrier, 3);
    carrier.known.set(delivered, { status: "delivered", carrierStatus: "DELIVERED" });
    carrier.known.set(late, { status: "buffered", carrierStatus: "BUFFERED" });

    await chores(carrier, hours(5.9));
    expect(carrier.lookups).toEqual([]);
    await chores(carrier, hours(6));
    expect(carrier.lookups.map((ids) => ids.sort())).toEqual([[delivered, late, never].sort()]);
    for (const h of [6.1, 7, 24, 47.9]) await chores(carrier, hours(h));
    expect(carrier.lookups).toHaveLength(1);

    expect(await messageRow(database.db, delivered)).toMatchObject({ status: "delivered", reconciledChecks: 1 });
    const history = await findStatusHistory(database.db, delivered);
    expect(history.at(-1)).toMatchObject({ status: "delivered", carrierStatus: "DELIVERED" });
    expect(await messageRow(database.db, late)).toMatchObject({ status: "buffered" });

    carrier.known.set(late, { status: "delivered", carrierStatus: "DELIVERED" });
    await chores(carrier, hours(48));
    expect(carrier.lookups[1].sort()).toEqual([late, never].sort());
    expect(await messageRow(database.db, late)).toMatchObject({ status: "delivered", reconciledChecks: 2 });
    await chores(carrier, hours(60));
    expect(carrier.lookups).toHaveLength(2);

    // Only what is still open reaches the 3-day timeout.
    await chores(carrier, hours(72.1));
    expect(await messageRow(database.db, never)).toMatchObject({ status: "undelivered", statusReason: TIMEOUT_REASON });
    expect(await messageRow(database.db, delivered)).toMatchObject({ status: "delivered" });
  });

  it("asks once after a long pause, for both checkpoints", async () => {
    const carrier = new LookingUpCarrier();
    const [id] = await handOver(carrier, 1);
    await chores(carrier, hours(50));
    await chores(carrier, hours(51));
    expect(carrier.lookups).toEqual([[id]]);
    expect(await messageRow(database.db, id)).toMatchObject({ reconciledChecks: 2 });
    expect(checkpointsPassed(t0, hours(6))).toBe(1);
  });

  it("asks again at the next run when the lookup fails", async () => {
    const carrier = new LookingUpCarrier();
    const [id] = await handOver(carrier, 1);
    carrier.failing = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await chores(carrier, hours(6));
    logged.mockRestore();
    expect(await messageRow(database.db, id)).toMatchObject({ reconciledChecks: 0 });
    carrier.failing = false;
    await chores(carrier, hours(6.1));
    expect(carrier.lookups).toEqual([[id]]);
  });

  it("skips carriers that cannot look up", async () => {
    const carrier = new FakeCarrier();
    const [id] = await handOver(carrier, 1);
    expect(await reconcileReports(database.db, carrier, hours(7))).toEqual({ asked: 0, applied: 0 });
    expect(await messageRow(database.db, id)).toMatchObject({ status: "sent", reconciledChecks: 0 });
  });

  it("finds the simulator's lost report (recipient ending in 07) after 6 hours", async () => {
    const clock = { now: t0 };
    const posted: unknown[] = [];
    const simulator = new SimulatorCarrier({
      store: createSimulatorStore(async () => database.db),
      deliver: async (payload) => void posted.push(payload),
      now: () => clock.now,
      deliverOnTime: false,
    });
    const { caller } = await createCaller(database.db);
    const draft = validateSmsRequest({ to: "+4917612345607", text: "Termin" }, caller.practice, t0);
    const { message } = await acceptMessage(database.db, caller, draft, { now: t0 });
    await dispatchDue({ db: database.db, carrier: simulator, mailer: noMail, now: () => t0 });
    clock.now = hours(1);
    await simulator.deliverOwed(clock.now);
    expect(posted).toEqual([]);
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent" });

    clock.now = hours(6);
    await runChores({ db: database.db, carrier: simulator, mailer: noMail, now: () => clock.now });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "delivered", reconciledChecks: 1 });
    const [event] = (await findStatusHistory(database.db, message.id)).slice(-1);
    expect(event).toMatchObject({ status: "delivered", carrierStatus: "DELIVRD" });
  });
});

