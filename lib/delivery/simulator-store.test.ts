import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createCaller, messageRow, noMail, statusHistory } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { selectRows } from "../../db/rows";
import { reportFromSimulator, SIMULATOR, SimulatorCarrier, type SimulatorWebhook } from "../carriers/simulator";
import { recordInbound } from "../inbound/record-inbound";
import { acceptMessage } from "../messages/accept-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { recordReport } from "./record-report";
import { createSimulatorStore } from "./simulator-store";
import { dispatchDue } from "./sweep";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/** One simulator "process": its own instance, nothing in memory but what it is given. */
function simulatorProcess(clock: { now: Date }, webhook: (payload: SimulatorWebhook) => Promise<void> = applyWebhook) {
  return new SimulatorCarrier({
    store: createSimulatorStore(async () => database.db),
    deliver: webhook,
    now: () => clock.now,
    // Only the dispatcher's runs deliver: no timers that outlive a "killed" instance.
    deliverOnTime: false,
  });
}

/** What our webhook route does with a call, without HTTP. */
async function applyWebhook(payload: SimulatorWebhook) {
  if (payload.type === "report") {
    if ((await recordReport(database.db, reportFromSimulator(payload))) === "unknown-message") throw new Error("unknown message");
  } else {
    await recordInbound(database.db, { carrier: SIMULATOR, carrierMessageId: payload.id, from: payload.from, to: payload.to, text: payload.text, receivedAt: new Date(payload.receivedAt) });
  }
}

async function acceptAll(recipients: string[]) {
  const { caller } = await createCaller(database.db);
  const ids: string[] = [];
  for (const to of recipients) {
    const draft = validateSmsRequest({ to, text: `Termin für ${to}` }, caller.practice, t0);
    ids.push((await acceptMessage(database.db, caller, draft, { now: t0 })).message.id);
  }
  return ids;
}

const owedCount = async () =>
  Number((await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from simulator_outbox where delivered_at is null`))[0].n);

describe("the simulator across restarts", () => {
  it("delivers the reports a killed instance owed from a new one", async () => {
    const clock = { now: t0 };
    const ids = await acceptAll(["+4917612345600", "+4917612345601", "+4917612345602", "+4917612345605", "+4917612345606", "+4917612345699"]);
    const first = simulatorProcess(clock);
    await dispatchDue({ db: database.db, carrier: first, mailer: noMail, now: () => clock.now });
    for (const id of ids) expect((await messageRow(database.db, id)).status).toBe("sent");
    expect(await owedCount()).toBe(10);

    // The process dies before any report is due. A new one knows nothing but the database.
    clock.now = at(5_000);
    const second = simulatorProcess(clock);
    await dispatchDue({ db: database.db, carrier: second, mailer: noMail, now: () => clock.now });

    expect(await owedCount()).toBe(0);
    const statuses = await Promise.all(ids.map(async (id) => (await messageRow(database.db, id)).status));
    expect(statuses).toEqual(["delivered", "delivered", "undelivered", "delivered", "delivered", "delivered"]);
    expect((await statusHistory(database.db, ids[1])).map((event) => event.status)).toEqual(["pending", "queued", "sent", "buffered", "delivered"]);
    const [reply] = await selectRows<{ text: string; received_at: string }>(database.db, sql`select text, received_at from inbound_messages`);
    expect(reply.text).toContain("Danke");
    // The patient replied when the carrier says, not when the restarted app heard of it.
    expect(new Date(reply.received_at)).toEqual(at(3_000));
  });

  it("answers a repeated submission from its records after a restart, and sends the reports again", async () => {
    const clock = { now: t0 };
    const [id] = await acceptAll(["+4917612345600"]);
    const sms = { id, to: "+4917612345600", from: "Praxis", text: "Termin", encoding: "GSM-7" as const };
    const first = await simulatorProcess(clock).submit(sms);
    // Our side died between submit and record; the report that came meanwhile found nothing.
    clock.now = at(2_000);
    const lost: SimulatorWebhook[] = [];
    await simulatorProcess(clock, async (payload) => {
      lost.push(payload);
      await applyWebhook(payload).catch(() => {});
    }).deliverOwed(clock.now);
    expect(lost).toHaveLength(1);

    const again = await simulatorProcess(clock).submit(sms);
    expect(again).toEqual(first);
    const sent = await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from simulator_messages`);
    expect(sent[0].n).toBe(1);
    expect(await owedCount()).toBe(1);
  });

  it("keeps counting the temporary failures of 04 across restarts", async () => {
    const clock = { now: t0 };
    const sms = { id: "00000000-0000-4000-8000-000000000004", to: "+4917612345604", from: "Praxis", text: "Termin", encoding: "GSM-7" as const };
    expect((await simulatorProcess(clock).submit(sms)).ok).toBe(false);
    expect((await simulatorProcess(clock).submit(sms)).ok).toBe(false);
    const accepted = await simulatorProcess(clock).submit(sms);
    expect(accepted.ok).toBe(true);
    expect(await simulatorProcess(clock).submit(sms)).toEqual(accepted);
  });

  it("retries a webhook our app did not take, with backoff, until it is taken", async () => {
    const clock = { now: t0 };
    const [id] = await acceptAll(["+4917612345600"]);
    let down = true;
    const flaky = async (payload: SimulatorWebhook) => {
      if (down) throw new Error("503");
      await applyWebhook(payload);
    };
    await dispatchDue({ db: database.db, carrier: simulatorProcess(clock, flaky), mailer: noMail, now: () => clock.now });
    clock.now = at(1_000);
    expect(await simulatorProcess(clock, flaky).deliverOwed(clock.now)).toBe(0);
    // Not again within the backoff (1 s after the first try).
    clock.now = at(1_500);
    down = false;
    expect(await simulatorProcess(clock, flaky).deliverOwed(clock.now)).toBe(0);
    clock.now = at(2_100);
    expect(await simulatorProcess(clock, flaky).deliverOwed(clock.now)).toBe(1);
    expect((await messageRow(database.db, id)).status).toBe("delivered");
  });

  it("lets only one of two instances deliver each call", async () => {
    const clock = { now: t0 };
    await acceptAll(Array.from({ length: 20 }, (_, index) => `+49176123456${String(index + 10).padStart(2, "0")}`));
    await dispatchDue({ db: database.db, carrier: simulatorProcess(clock), mailer: noMail, now: () => clock.now });
    clock.now = at(5_000);
    const calls: SimulatorWebhook[] = [];
    const counting = async (payload: SimulatorWebhook) => {
      calls.push(payload);
      await applyWebhook(payload);
    };
    const delivered = await Promise.all([simulatorProcess(clock, counting).deliverOwed(clock.now), simulatorProcess(clock, counting).deliverOwed(clock.now)]);
    expect(delivered[0] + delivered[1]).toBe(20);
    expect(calls).toHaveLength(20);
  });
});
