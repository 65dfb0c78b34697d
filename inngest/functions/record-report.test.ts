import { InngestTestEngine } from "@inngest/test";
import type { EventPayload } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { createTestPractice, insertMessage, messageRow, statusHistory } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import type { CarrierReport } from "../../lib/carriers/carrier";
import { testDeps } from "../testing/test-deps";
import { createRecordReport } from "./record-report";

const database = setUpTestDatabase();

const report = (values: Partial<CarrierReport> = {}): [EventPayload] => [
  { name: "sms/report.received", data: { carrier: "fake", carrierMessageId: "fake-1", status: "delivered", carrierStatus: "DELIVRD", ...values } },
];

function engine(announceWebhooks?: () => Promise<void>) {
  // step.sendEvent would call the Inngest API: its step is answered here.
  return new InngestTestEngine({
    function: createRecordReport({ ...testDeps(database.db), announceWebhooks }),
    steps: [{ id: "emit-final", handler: () => ({ ids: ["sent-event"] }) }],
  });
}

async function handedOverMessage() {
  const practiceId = await createTestPractice(database.db);
  return insertMessage(database.db, practiceId, { status: "sent", carrier: "fake", carrierMessageId: "fake-1", handedOverAt: new Date() });
}

describe("record-report", () => {
  it("applies a final report and emits sms/final for its message", async () => {
    const message = await handedOverMessage();
    const { result, ctx } = await engine().execute({ events: report() });

    expect(result).toEqual({ outcome: "applied", messageId: message.id, finalEventSent: true });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "delivered" });
    expect((await statusHistory(database.db, message.id)).map((e) => e.status)).toEqual(["delivered"]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "emit-final",
      expect.objectContaining({ name: "sms/final", data: { messageId: message.id, status: "delivered" }, id: `final-${message.id}` }),
    );
  });

  it("announces webhooks due when a report changed a status, and only then", async () => {
    await handedOverMessage();
    const announce = vi.fn(async () => {});
    await engine(announce).execute({ events: report({ status: "buffered", carrierStatus: "ENROUTE" }) });
    expect(announce).toHaveBeenCalledTimes(1);
    await engine(announce).execute({ events: report({ status: "buffered", carrierStatus: "ENROUTE" }) });
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it("applies an intermediate report without ending the wait", async () => {
    const message = await handedOverMessage();
    const { result, ctx } = await engine().execute({ events: report({ status: "buffered", carrierStatus: "ENROUTE" }) });

    expect(result).toEqual({ outcome: "applied", messageId: message.id, finalEventSent: false });
    expect((await messageRow(database.db, message.id)).status).toBe("buffered");
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it("emits sms/final again, with the same event id, when the same final report is recorded twice", async () => {
    const message = await handedOverMessage();
    await engine().execute({ events: report() });
    const { result, ctx } = await engine().execute({ events: report() });

    expect(result).toEqual({ outcome: "ignored", messageId: message.id, finalEventSent: true });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("emit-final", expect.objectContaining({ id: `final-${message.id}` }));
    expect(await statusHistory(database.db, message.id)).toHaveLength(1);
  });

  it("does not emit anything for a report that changes nothing", async () => {
    const message = await handedOverMessage();
    await engine().execute({ events: report({ status: "undelivered", carrierStatus: "UNDELIV" }) });
    const late = await engine().execute({ events: report() });
    expect(late.result).toEqual({ outcome: "ignored", messageId: message.id, finalEventSent: false });
    expect(late.ctx.step.sendEvent).not.toHaveBeenCalled();

    // A fresh report for an id we do not know yet may have overtaken the hand-over: retried.
    const fresh = await engine().execute({ events: report({ carrierMessageId: "nobody" }) });
    expect(fresh.error).toBeDefined();
    // An old one is given up.
    const [old] = report({ carrierMessageId: "nobody" });
    const unknown = await engine().execute({ events: [{ ...old, ts: Date.now() - 60 * 60_000 }] });
    expect(unknown.result).toEqual({ outcome: "unknown-message", messageId: null, finalEventSent: false });
  });
});
