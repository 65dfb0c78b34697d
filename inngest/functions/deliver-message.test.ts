import { createHash } from "node:crypto";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { eq } from "drizzle-orm";
import type { Context, EventPayload } from "inngest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { messages } from "../../db/schema";
import {
  FakeCarrier,
  createTestPractice,
  insertMessage,
  messageRow,
  permanentError,
  statusHistory,
  temporaryError,
} from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { claimDueMessages } from "../../lib/delivery/claim";
import { TIMEOUT_REASON } from "../../lib/delivery/deadline";
import type { MessageStatus } from "../../lib/messages/status";
import { cancelMessage } from "../../lib/messages/cancel-message";
import { smsCancelled, smsFinal } from "../events";
import { testDeps } from "../testing/test-deps";
import { createDeliverMessage } from "./deliver-message";

const database = setUpTestDatabase();
afterEach(() => vi.useRealTimers());

type FinalEvent = { name: "sms/final"; data: { messageId: string; status: MessageStatus }; id: string; ts: number };
type WaitForFinal = (id: string, options: { event: unknown; timeout: string; if?: string }) => Promise<FinalEvent | null>;

/** The test engine keys step state by the SHA-1 of the step id, as Inngest does. */
const stepKey = (id: string) => createHash("sha1").update(id).digest("hex");

/** step.waitForEvent cannot be mocked through `steps` in @inngest/test 1.0.0: it is replaced here. */
function engine(carrier: FakeCarrier, waitForFinal = vi.fn<WaitForFinal>(async () => null)) {
  const t = new InngestTestEngine({
    function: createDeliverMessage(testDeps(database.db, carrier)),
    transformCtx: (ctx) => {
      const mocked = mockCtx(ctx);
      return { ...mocked, step: { ...mocked.step, waitForEvent: waitForFinal as unknown as Context.Any["step"]["waitForEvent"] } };
    },
  });
  return { t, waitForFinal };
}

const delivered = (messageId: string): FinalEvent => ({ name: "sms/final", data: { messageId, status: "delivered" }, id: "final", ts: Date.now() });
// A fixed `ts`, as Inngest gives every replay of a run (the test engine would stamp each one anew).
const accepted = (message: { id: string; sendAt: Date }, ts = Date.now()) =>
  [{ name: "sms/accepted", data: { messageId: message.id, sendAt: message.sendAt.toISOString() }, ts }] as [EventPayload];

async function dueMessage(values: Partial<typeof messages.$inferInsert> = {}) {
  return insertMessage(database.db, await createTestPractice(database.db), values);
}

describe("deliver-message", () => {
  it("is cancelled by sms/cancelled for its message and throttled to the carrier's rate", () => {
    const { opts } = createDeliverMessage(testDeps(database.db));
    expect(opts.cancelOn).toEqual([{ event: smsCancelled, if: "async.data.messageId == event.data.messageId" }]);
    expect(opts.throttle).toMatchObject({ period: "1s", limit: expect.any(Number) });
  });

  it("hands a due message over exactly once, records it as sent and waits for the final report", async () => {
    const message = await dueMessage();
    const carrier = new FakeCarrier();
    const { t, waitForFinal } = engine(carrier, vi.fn<WaitForFinal>(async () => delivered(message.id)));
    const { result, ctx } = await t.execute({ events: accepted(message) });

    expect(result).toEqual({ messageId: message.id, outcome: "final-report", status: "delivered" });
    expect(ctx.step.sleepUntil).not.toHaveBeenCalled();
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id]);
    const row = await messageRow(database.db, message.id);
    expect(row).toMatchObject({ status: "sent", carrier: "fake", carrierMessageId: "fake-1", attempts: 1, claimedUntil: null });
    expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["queued", "sent"]);
    expect(waitForFinal).toHaveBeenCalledWith("wait-for-final-report", {
      event: smsFinal,
      timeout: "3d",
      if: "async.data.messageId == event.data.messageId",
    });

    // The same event again (or the sweep after it): nothing left to send.
    const again = await engine(carrier).t.execute({ events: accepted(message) });
    expect(again.result).toEqual({ messageId: message.id, outcome: "nothing-to-do" });
    expect(carrier.submissions).toHaveLength(1);
  });

  it("sleeps until a scheduled message's send time, then hands it over", async () => {
    const sendAt = new Date(Date.now() + 60 * 60_000);
    const message = await dueMessage({ sendAt });
    const carrier = new FakeCarrier();
    const { result, ctx } = await engine(carrier, vi.fn<WaitForFinal>(async () => delivered(message.id))).t.execute({
      events: accepted(message),
      steps: [
        {
          id: "wait-for-send-time",
          handler: () => {
            // The hour passes.
            vi.useFakeTimers({ toFake: ["Date"] });
            vi.setSystemTime(sendAt.getTime() + 1000);
            return null;
          },
        },
      ],
    });
    expect(ctx.step.sleepUntil).toHaveBeenCalledWith("wait-for-send-time", sendAt);
    expect(result).toMatchObject({ outcome: "final-report" });
    expect(carrier.submissions.map((s) => s.id)).toEqual([message.id]);
  });

  it("does not send a message that was cancelled before the claim", async () => {
    const message = await dueMessage();
    await cancelMessage(database.db, message.practiceId, message.id);
    const carrier = new FakeCarrier();
    const { result } = await engine(carrier).t.execute({ events: accepted(message) });
    expect(result).toEqual({ messageId: message.id, outcome: "nothing-to-do" });
    expect(carrier.submissions).toHaveLength(0);
    expect((await messageRow(database.db, message.id)).status).toBe("cancelled");
  });

  describe("on a temporary carrier error", () => {
    it("throws from the hand-over step for a retry and keeps the message queued", async () => {
      const message = await dueMessage();
      const carrier = new FakeCarrier(() => temporaryError);
      const { t, waitForFinal } = engine(carrier);
      const { result, error } = await t.execute({ events: accepted(message) });

      expect(result).toBeUndefined();
      expect(error).toMatchObject({ name: "RetryAfterError", message: expect.stringContaining("vorübergehend") });
      expect(waitForFinal).not.toHaveBeenCalled();
      const row = await messageRow(database.db, message.id);
      expect(row.status).toBe("queued");
      expect(row.statusReason).toContain("vorübergehend nicht erreichbar");
      expect(row.claimedUntil!.getTime()).toBeGreaterThan(Date.now());
      expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["queued"]);
    });

    // A retry replays the memoized claim and runs hand-over again, as Inngest does.
    async function retryAfterTemporaryError(message: { id: string; sendAt: Date }, carrier: FakeCarrier) {
      const first = await engine(carrier).t.execute({ events: accepted(message) });
      expect(first.error).toBeDefined();
      const claim = await first.state[stepKey("claim")];
      expect(claim).toMatchObject({ id: message.id, attempts: 1 });
      return () =>
        engine(carrier, vi.fn<WaitForFinal>(async () => delivered(message.id))).t.execute({
          events: accepted(message),
          steps: [{ id: "claim", handler: () => claim }],
        });
    }

    it("hands it over on the retry, once", async () => {
      const message = await dueMessage();
      const carrier = new FakeCarrier((_sms, attempt) => (attempt === 1 ? temporaryError : "accept"));
      const retry = await retryAfterTemporaryError(message, carrier);
      const { result } = await retry();

      expect(result).toMatchObject({ outcome: "final-report" });
      expect(carrier.submissions.map((s) => s.id)).toEqual([message.id, message.id]);
      expect(carrier.sent.size).toBe(1);
      expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", statusReason: null });
      expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["queued", "sent"]);
    });

    it("steps aside when the sweep claimed the message before the retry", async () => {
      const message = await dueMessage();
      const carrier = new FakeCarrier((_sms, attempt) => (attempt === 1 ? temporaryError : "accept"));
      const retry = await retryAfterTemporaryError(message, carrier);
      // The lease ran out and the sweep claimed it (and is handing it over itself).
      await database.db.update(messages).set({ claimedUntil: new Date(Date.now() - 1) }).where(eq(messages.id, message.id));
      expect(await claimDueMessages(database.db, new Date(), 1, message.id)).toHaveLength(1);

      const { result } = await retry();
      expect(result).toEqual({ messageId: message.id, outcome: "lost-claim" });
      expect(carrier.submissions).toHaveLength(1);
    });

    it("can be cancelled while it waits for the retry, which then sends and records nothing", async () => {
      const message = await dueMessage();
      const carrier = new FakeCarrier((_sms, attempt) => (attempt === 1 ? temporaryError : "accept"));
      const retry = await retryAfterTemporaryError(message, carrier);
      expect(await messageRow(database.db, message.id)).toMatchObject({ status: "queued", submitting: false });
      await cancelMessage(database.db, message.practiceId, message.id);

      // Inngest would cancel the run on sms/cancelled; should the retry run anyway, the row stops it.
      const { result } = await retry();
      expect(result).toEqual({ messageId: message.id, outcome: "lost-claim" });
      expect(carrier.submissions).toHaveLength(1);
      expect(await messageRow(database.db, message.id)).toMatchObject({ status: "cancelled", submitting: false });
      expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["queued", "cancelled"]);
    });
  });

  it("marks the message undelivered on a permanent carrier error", async () => {
    const message = await dueMessage();
    const { t, waitForFinal } = engine(new FakeCarrier(() => permanentError));
    const { result } = await t.execute({ events: accepted(message) });

    expect(result).toEqual({ messageId: message.id, outcome: "undelivered" });
    expect(waitForFinal).not.toHaveBeenCalled();
    const row = await messageRow(database.db, message.id);
    expect(row).toMatchObject({ status: "undelivered", statusReason: "Vom Netzbetreiber abgelehnt: Ungültige Nummer" });
    expect(row.finalAt).not.toBeNull();
    expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["queued", "undelivered"]);
  });

  it("marks the message undelivered when no final report comes within 3 days", async () => {
    const message = await dueMessage();
    const { result, ctx } = await engine(new FakeCarrier()).t.execute({ events: accepted(message) });

    expect(result).toEqual({ messageId: message.id, outcome: "timed-out", expired: true });
    expect(ctx.step.run).toHaveBeenCalledWith("expire-after-3-days", expect.any(Function));
    const row = await messageRow(database.db, message.id);
    expect(row).toMatchObject({ status: "undelivered", statusReason: TIMEOUT_REASON });
    expect(await statusHistory(database.db, message.id)).toEqual([
      { status: "queued", detail: null },
      { status: "sent", detail: null },
      { status: "undelivered", detail: TIMEOUT_REASON },
    ]);
  });

  it("leaves a final status alone when the wait missed a report that was applied", async () => {
    const message = await dueMessage();
    const waitForFinal = vi.fn<WaitForFinal>(async () => {
      await database.db.update(messages).set({ status: "delivered" }).where(eq(messages.id, message.id));
      return null;
    });
    const { result } = await engine(new FakeCarrier(), waitForFinal).t.execute({ events: accepted(message) });
    expect(result).toEqual({ messageId: message.id, outcome: "timed-out", expired: false });
    expect((await messageRow(database.db, message.id)).status).toBe("delivered");
  });
});
