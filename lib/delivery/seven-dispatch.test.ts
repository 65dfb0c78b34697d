import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { selectRows } from "../../db/rows";
import { createTestPractice, FakeMailer, insertMessage, messageRow } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { SevenCarrier } from "../carriers/seven";
import { accepted, setUpSevenTestServer } from "../carriers/seven/test-server";
import { BALANCE_CHECK_INTERVAL_MS, checkCarrierBalance } from "./balance-check";
import { OUTCOME_LOOKUP_DELAY_MS } from "./hand-over";
import { currentHandOverPause, PAUSE_MS } from "./hand-over-pause";
import { dispatchDue } from "./sweep";

// The dispatcher against a local seven.io: lost answers are looked up in seven's journal
// before anything is submitted again, no credit pauses every hand-over until credit is back,
// and a return code nobody documented is tried a bounded number of times.

const database = setUpTestDatabase();
const seven = setUpSevenTestServer();

const start = new Date("2026-11-27T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
// Long enough for a loaded test machine; a hanging answer ends with it.
const carrier = () => new SevenCarrier({ apiKey: seven.apiKey, baseUrl: seven.baseUrl, timeoutMs: 2000 });
const dispatch = (now: Date) => dispatchDue({ db: database.db, carrier: carrier(), mailer: new FakeMailer(), now: () => now });
const submissions = () => seven.requests.filter((request) => request.method === "POST" && request.path === "/api/sms");

async function dueMessage(to = "+4917612345678") {
  const practiceId = await createTestPractice(database.db);
  return insertMessage(database.db, practiceId, { recipient: to, sendAt: at(-1000) });
}

describe("a submission whose answer was lost", () => {
  it("is looked up in seven's journal and recorded as sent, never submitted twice", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ ...accepted("90001"), hang: true });
    expect(await dispatch(start)).toMatchObject({ retry: 1 });
    await vi.waitFor(() => expect(seven.journal).toHaveLength(1));
    // The carrier may have it: not cancellable, and the next try waits for the journal.
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "queued", submitting: true });
    expect(await dispatch(at(OUTCOME_LOOKUP_DELAY_MS - 1000))).toMatchObject({ sent: 0, retry: 0 });
    const outcome = await dispatch(at(OUTCOME_LOOKUP_DELAY_MS + 1000));
    expect(outcome).toMatchObject({ sent: 1 });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", carrier: "seven", carrierMessageId: "90001", submitting: false });
    expect(submissions()).toHaveLength(1);
  });

  it("is recorded as sent, not as expired, when seven had it before the appointment passed", async () => {
    const practiceId = await createTestPractice(database.db);
    const message = await insertMessage(database.db, practiceId, { sendAt: at(-1000), expiresAt: at(OUTCOME_LOOKUP_DELAY_MS + 30_000) });
    seven.smsAnswers.push({ ...accepted("90003"), hang: true });
    await dispatch(start);
    await vi.waitFor(() => expect(seven.journal).toHaveLength(1));
    expect(await dispatch(at(OUTCOME_LOOKUP_DELAY_MS + 1000))).toMatchObject({ sent: 1 });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", carrierMessageId: "90003" });
    expect((await messageRow(database.db, message.id)).priceCents).toBeGreaterThan(0);
  });

  it("is submitted again when seven's journal has no record of it", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ status: 502, body: "Bad Gateway" });
    expect(await dispatch(start)).toMatchObject({ retry: 1 });
    expect(await dispatch(at(OUTCOME_LOOKUP_DELAY_MS + 1000))).toMatchObject({ sent: 1 });
    expect(submissions()).toHaveLength(2);
    expect(seven.requests.filter((request) => request.path === "/api/journal/outbound")).toHaveLength(1);
    expect((await messageRow(database.db, message.id)).status).toBe("sent");
  });

  it("waits when the journal cannot be read rather than risk a second SMS", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ ...accepted("90002"), hang: true });
    await dispatch(start);
    const broken = new SevenCarrier({ apiKey: "wrong", baseUrl: seven.baseUrl });
    expect(await dispatchDue({ db: database.db, carrier: broken, mailer: new FakeMailer(), now: () => at(OUTCOME_LOOKUP_DELAY_MS + 1000) })).toMatchObject({ retry: 1 });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "queued", submitting: true });
    expect(submissions()).toHaveLength(1);
  });
});

describe("seven.io's 'not enough credit' (500)", () => {
  it("pauses every hand-over, marks nothing undelivered, and resumes once the balance is back", async () => {
    const first = await dueMessage("+4917612345601");
    const second = await dueMessage("+4917612345602");
    seven.smsAnswers.push({ body: JSON.stringify({ success: "500", messages: [] }) });
    await dispatchDue({ db: database.db, carrier: carrier(), mailer: new FakeMailer(), now: () => start, concurrency: 1 });
    expect(await currentHandOverPause(database.db, start)).toMatchObject({ code: "500" });
    for (const id of [first.id, second.id]) {
      const row = await messageRow(database.db, id);
      expect(["pending", "queued"]).toContain(row.status);
      expect(row.statusReason ?? "").not.toMatch(/abgelehnt|nicht ausgeliefert/);
    }
    // While paused nothing is claimed or submitted, however often the dispatcher runs.
    const before = submissions().length;
    expect(await dispatch(at(60_000))).toEqual({ sent: 0, retry: 0, undelivered: 0, "lost-claim": 0 });
    expect(submissions()).toHaveLength(before);

    // The balance is still empty: the pause stays.
    seven.balanceBody = JSON.stringify({ amount: 0.02, currency: "EUR" });
    expect(await checkCarrierBalance(database.db, carrier(), new FakeMailer(), at(120_000), { belowEur: 20 })).toMatchObject({ checked: true, resumed: false });
    expect(await currentHandOverPause(database.db, at(120_000))).not.toBeNull();
    // Topped up: the chore ends the pause and the next run hands both over.
    seven.balanceBody = JSON.stringify({ amount: 50, currency: "EUR" });
    expect(await checkCarrierBalance(database.db, carrier(), new FakeMailer(), at(180_000), { belowEur: 20 })).toMatchObject({ resumed: true });
    expect(await dispatch(at(10 * 60_000))).toMatchObject({ sent: 2 });
    expect((await messageRow(database.db, first.id)).status).toBe("sent");
    expect((await messageRow(database.db, second.id)).status).toBe("sent");
  });

  it("ends by itself when the pause time has passed", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ body: "500" });
    await dispatch(start);
    expect(await dispatch(at(PAUSE_MS - 1000))).toMatchObject({ sent: 0 });
    expect(await dispatch(at(PAUSE_MS + 1000))).toMatchObject({ sent: 1 });
    expect((await messageRow(database.db, message.id)).status).toBe("sent");
    expect(await currentHandOverPause(database.db, at(PAUSE_MS + 1000))).toBeNull();
  });
});

describe("return codes", () => {
  it("ends a message seven.io refuses for its number (202) at once", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ body: JSON.stringify({ success: "100", messages: [{ id: null, success: false, error: 202 }] }) });
    expect(await dispatch(start)).toMatchObject({ undelivered: 1 });
    expect((await messageRow(database.db, message.id)).statusReason).toBe("Vom Netzbetreiber abgelehnt: seven.io: Empfängernummer ungültig (Code 202)");
  });

  it("retries carrier trouble (11) and sends once it clears", async () => {
    const message = await dueMessage();
    seven.smsAnswers.push({ body: "11" });
    expect(await dispatch(start)).toMatchObject({ retry: 1 });
    expect(await dispatch(at(6_000))).toMatchObject({ sent: 1 });
    expect((await messageRow(database.db, message.id)).status).toBe("sent");
  });

  it("gives a code nobody documented a bounded number of tries, then ends it with the code in the reason", async () => {
    const message = await dueMessage();
    for (let i = 0; i < 20; i++) seven.smsAnswers.push({ body: "777" });
    let now = start;
    for (let i = 0; i < 20 && (await messageRow(database.db, message.id)).status !== "undelivered"; i++) {
      await dispatch(now);
      now = new Date(now.getTime() + 6 * 60_000);
    }
    const row = await messageRow(database.db, message.id);
    expect(row.status).toBe("undelivered");
    expect(row.statusReason).toMatch(/777/);
    expect(submissions()).toHaveLength(8);
  });
});

describe("the balance chore", () => {
  const settings = { belowEur: 20, operatorEmail: "betrieb@praxisbote.example" };

  it("alerts below the threshold, e-mails the operator once a day, and looks only every 15 minutes", async () => {
    seven.balanceBody = JSON.stringify({ amount: 12.5, currency: "EUR" });
    const mailer = new FakeMailer();
    expect(await checkCarrierBalance(database.db, carrier(), mailer, start, settings)).toMatchObject({ checked: true, amount: 12.5, alerted: true, mailed: true });
    expect(mailer.sent).toEqual([expect.objectContaining({ to: "betrieb@praxisbote.example", subject: expect.stringContaining("12,50 EUR") })]);
    expect(await checkCarrierBalance(database.db, carrier(), mailer, at(60_000), settings)).toEqual({ checked: false });
    expect(await checkCarrierBalance(database.db, carrier(), mailer, at(BALANCE_CHECK_INTERVAL_MS + 1), settings)).toMatchObject({ alerted: true, mailed: false });
    // The next Berlin day brings the next e-mail.
    expect(await checkCarrierBalance(database.db, carrier(), mailer, new Date("2026-11-28T09:00:00Z"), settings)).toMatchObject({ mailed: true });
    expect(mailer.sent).toHaveLength(2);
    expect(await selectRows(database.db, sql`select key from installation_settings where key = 'carrier.balance_check'`)).toHaveLength(1);
  });

  it("stays quiet above the threshold and survives an unreadable balance", async () => {
    const mailer = new FakeMailer();
    expect(await checkCarrierBalance(database.db, carrier(), mailer, start, settings)).toMatchObject({ alerted: false, mailed: false });
    const broken = new SevenCarrier({ apiKey: "wrong", baseUrl: seven.baseUrl });
    expect(await checkCarrierBalance(database.db, broken, mailer, at(BALANCE_CHECK_INTERVAL_MS + 1), settings)).toEqual({ checked: false });
    expect(mailer.sent).toEqual([]);
  });
});
