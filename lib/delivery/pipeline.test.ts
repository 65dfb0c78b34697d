import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows } from "../../db/rows";
import { dailyUsage } from "../../db/schema";
import { createCaller, FakeCarrier, messageRow, noMail, statusHistory } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { ApiError } from "../api/errors";
import { rollUpDailyUsage } from "../billing/daily-usage";
import { acceptMessage, hashRequest } from "../messages/accept-message";
import { cancelMessage } from "../messages/cancel-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { claimDueMessages, CLAIM_LEASE_MS } from "./claim";
import { TIMEOUT_REASON } from "./deadline";
import { recordReport, expireUnreportedMessages } from "./record-report";
import { dispatchDue, sweep } from "./sweep";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

async function send(callerSetup: Awaited<ReturnType<typeof createCaller>>, body: Record<string, unknown>, now = t0, idempotencyKey?: string) {
  const draft = validateSmsRequest(body, callerSetup.caller.practice, now);
  return acceptMessage(database.db, callerSetup.caller, draft, { now, idempotencyKey, requestHash: idempotencyKey ? hashRequest(draft.requestFields) : undefined });
}

const statusOf = (id: string) => messageRow(database.db, id);

async function historyOf(id: string) {
  return (await statusHistory(database.db, id)).map((event) => event.status);
}

const reminder = { to: "+4917612345678", text: "Ihr Termin ist morgen um 10 Uhr." };

describe("accepting and handing over", () => {
  it("hands a due message to the carrier once and records each step", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const carrier = new FakeCarrier();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => t0 });
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(1000) });
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id]);
    expect((await statusOf(message.id)).status).toBe("sent");
    expect(await historyOf(message.id)).toEqual(["pending", "queued", "sent"]);
  });

  it("keeps a message for tomorrow until tomorrow, whoever runs the sweep", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, { ...reminder, sendAt: "2026-11-27T08:00:00+01:00" });
    const beforeRestart = new FakeCarrier();
    await sweep({ db: database.db, carrier: beforeRestart, mailer: noMail, now: () => at(60_000) });
    expect(beforeRestart.submissions).toHaveLength(0);
    // A new process: nothing in memory, only the rows.
    const afterRestart = new FakeCarrier();
    await sweep({ db: database.db, carrier: afterRestart, mailer: noMail, now: () => new Date("2026-11-27T07:00:01Z") });
    expect(afterRestart.submissions.map((s) => s.id)).toEqual([message.id]);
  });

  it("creates exactly one message for 20 concurrent requests with the same Idempotency-Key", async () => {
    const caller = await createCaller(database.db);
    const results = await Promise.all(Array.from({ length: 20 }, () => send(caller, reminder, t0, "termin-4711")));
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const [{ count }] = await selectRows<{ count: string }>(database.db, sql`select count(*) as count from messages`);
    expect(Number(count)).toBe(1);
    await rollUpDailyUsage(database.db, t0);
    const [usage] = await database.db.select().from(dailyUsage);
    expect(usage.messages).toBe(1);
    await expect(send(caller, { ...reminder, text: "Anderer Text" }, t0, "termin-4711")).rejects.toMatchObject({ code: "idempotency_conflict" });
    // Fields the API does not read change nothing, however deep they are nested.
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const replay = await send(caller, { ...reminder, extra: deep }, t0, "termin-4711");
    expect(replay).toMatchObject({ replayed: true, message: { id: results[0].message.id } });
  });

  it("refuses a message over the practice's monthly limit", async () => {
    const caller = await createCaller(database.db, { monthlyPartLimit: 3 });
    await send(caller, { ...reminder, text: "a".repeat(200) });
    await expect(send(caller, { ...reminder, text: "a".repeat(200) })).rejects.toMatchObject({ code: "monthly_limit_reached" });
    await send(caller, reminder);
  });
});

describe("crashes and a carrier that is down", () => {
  it("takes over a message whose dispatcher died after the claim, and sends it once", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const [claimed] = await claimDueMessages(database.db, t0, 10);
    expect(claimed.id).toBe(message.id);
    const carrier = new FakeCarrier();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(CLAIM_LEASE_MS - 1000) });
    expect(carrier.submissions).toHaveLength(0);
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(CLAIM_LEASE_MS + 1000) });
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id]);
    expect((await statusOf(message.id)).status).toBe("sent");
  });

  it("lets a dispatcher whose lease ran out while it waited step aside instead of sending again", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const carrier = new FakeCarrier();
    let clock = t0;
    let waited = false;
    // Dispatcher A waits on its rate limiter past the lease; meanwhile dispatcher B takes over.
    const slowLimiter = {
      take: async () => {
        if (waited) return;
        waited = true;
        clock = at(CLAIM_LEASE_MS + 1000);
        await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => clock });
      },
    };
    const outcomes = await dispatchDue({ db: database.db, carrier, mailer: noMail, limiter: slowLimiter, now: () => clock });
    expect(outcomes["lost-claim"]).toBe(1);
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id]);
    expect(await historyOf(message.id)).toEqual(["pending", "queued", "sent"]);
  });

  it("resubmits with the same id after a crash between hand-over and record, so the carrier sends once", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const carrier = new FakeCarrier();
    const [claimed] = await claimDueMessages(database.db, t0, 10);
    await carrier.submit(claimed); // the process dies before it records the result
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(CLAIM_LEASE_MS + 1000) });
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id, message.id]);
    expect(carrier.sent.size).toBe(1);
    expect((await statusOf(message.id)).carrierMessageId).toBe(carrier.sent.get(message.id));
  });

  it("delivers everything once the carrier is back, nothing twice", async () => {
    const caller = await createCaller(database.db);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await send(caller, { ...reminder, text: `Termin ${i}` })).message.id);
    let clock = t0;
    const backAt = at(3 * 60_000);
    const carrier = new FakeCarrier(() =>
      clock < backAt ? { ok: false, temporary: true, code: "503", message: "down" } : "accept",
    );
    for (let step = 0; step < 40; step++) {
      await sweep({ db: database.db, carrier, mailer: noMail, now: () => clock });
      clock = new Date(clock.getTime() + 15_000);
    }
    expect(carrier.sent.size).toBe(5);
    for (const id of ids) {
      const row = await statusOf(id);
      expect(row.status).toBe("sent");
      expect(carrier.submissions.filter((s) => s.id === id && s).length).toBeGreaterThan(1);
    }
    expect(await historyOf(ids[0])).toEqual(["pending", "queued", "sent"]);
  });

  it("marks a message the carrier refuses as undelivered", async () => {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const carrier = new FakeCarrier(() => ({ ok: false, temporary: false, code: "202", message: "Empfänger ungültig" }));
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => t0 });
    const row = await statusOf(message.id);
    expect(row.status).toBe("undelivered");
    expect(row.statusReason).toContain("Empfänger ungültig");
  });
});

describe("cancelling", () => {
  it("has exactly one outcome when cancel races the dispatcher", async () => {
    const caller = await createCaller(database.db);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await send(caller, { ...reminder, text: `Termin ${i}` })).message.id);
    const carrier = new FakeCarrier();
    const cancels = ids.map((id) =>
      cancelMessage(database.db, caller.caller.practice.id, id, t0).then(
        () => "cancelled" as const,
        (error: ApiError) => error.code,
      ),
    );
    const [outcomes] = await Promise.all([Promise.all(cancels), sweep({ db: database.db, carrier, mailer: noMail, now: () => t0, batchSize: 5 })]);
    for (const [index, id] of ids.entries()) {
      const row = await statusOf(id);
      const submitted = carrier.submissions.some((s) => s.id === id);
      if (outcomes[index] === "cancelled") {
        expect(row.status).toBe("cancelled");
        expect(submitted).toBe(false);
      } else {
        expect(outcomes[index]).toBe("not_cancellable");
        expect(submitted).toBe(true);
      }
    }
    const cancelled = outcomes.filter((o) => o === "cancelled").length;
    await rollUpDailyUsage(database.db, t0);
    const [usage] = await database.db.select().from(dailyUsage);
    // A queued message not yet being submitted can be cancelled too: all 30 may be.
    expect(usage?.messages ?? 0).toBe(30 - cancelled);
  });

  it("answers not_found for another practice's message", async () => {
    const mine = await createCaller(database.db);
    const other = await createCaller(database.db);
    const { message } = await send(mine, { ...reminder, sendAt: "2026-12-24T09:00:00+01:00" });
    await expect(cancelMessage(database.db, other.caller.practice.id, message.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await statusOf(message.id)).status).toBe("pending");
  });
});

describe("delivery reports", () => {
  async function sentMessage() {
    const caller = await createCaller(database.db);
    const { message } = await send(caller, reminder);
    const carrier = new FakeCarrier();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => t0 });
    return { id: message.id, carrierMessageId: carrier.sent.get(message.id)! };
  }
  const report = (carrierMessageId: string, status: "buffered" | "delivered" | "undelivered", carrierStatus: string) => ({
    carrier: "fake",
    carrierMessageId,
    status,
    carrierStatus,
  });

  it("moves forward, and ignores repeated and out-of-order reports", async () => {
    const { id, carrierMessageId } = await sentMessage();
    expect(await recordReport(database.db, report(carrierMessageId, "buffered", "BUFFERED"))).toBe("applied");
    expect(await recordReport(database.db, report(carrierMessageId, "delivered", "DELIVERED"))).toBe("applied");
    expect(await recordReport(database.db, report(carrierMessageId, "delivered", "DELIVERED"))).toBe("ignored");
    expect(await recordReport(database.db, report(carrierMessageId, "buffered", "BUFFERED"))).toBe("ignored");
    expect(await recordReport(database.db, report(carrierMessageId, "undelivered", "NOTDELIVERED"))).toBe("ignored");
    expect((await statusOf(id)).status).toBe("delivered");
    expect(await historyOf(id)).toEqual(["pending", "queued", "sent", "buffered", "delivered"]);
  });

  it("ignores a report for a message it does not know", async () => {
    expect(await recordReport(database.db, report("nobody-knows", "delivered", "DELIVERED"))).toBe("unknown-message");
  });

  it("gives up after 3 days without a final report, and keeps a later report in the history only", async () => {
    const { id, carrierMessageId } = await sentMessage();
    await recordReport(database.db, report(carrierMessageId, "buffered", "BUFFERED"), at(1000));
    const threeDays = 3 * 24 * 60 * 60 * 1000;
    expect(await expireUnreportedMessages(database.db, at(threeDays - 1000))).toBe(0);
    expect((await statusOf(id)).status).toBe("buffered");
    expect(await expireUnreportedMessages(database.db, at(threeDays + 1000))).toBe(1);
    const expired = await statusOf(id);
    expect(expired).toMatchObject({ status: "undelivered", statusReason: TIMEOUT_REASON });

    expect(await recordReport(database.db, report(carrierMessageId, "delivered", "DELIVERED"), at(threeDays + 60_000))).toBe("late-after-timeout");
    const after = await statusOf(id);
    expect(after.status).toBe("undelivered");
    expect(after.priceCents).toBe(expired.priceCents);
    expect(await historyOf(id)).toEqual(["pending", "queued", "sent", "buffered", "undelivered", "delivered"]);
    // The carrier repeats its late report: nothing more is recorded.
    expect(await recordReport(database.db, report(carrierMessageId, "delivered", "DELIVERED"), at(threeDays + 120_000))).toBe("ignored");
    expect(await historyOf(id)).toHaveLength(6);
  });
});
