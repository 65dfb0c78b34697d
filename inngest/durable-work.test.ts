import { describe, expect, it, vi } from "vitest";
import { createInngestWork, type SendEvents } from "./durable-work";

const messageId = "0b6f0a8e-3d1c-4b3f-9a55-1f1f2c3d4e5f";
const inboundId = "4a1d2c3b-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

function recordingWork(fail = false) {
  const sent: unknown[] = [];
  const send: SendEvents = async (payload) => {
    if (fail) throw new Error("Inngest unreachable");
    sent.push(...(Array.isArray(payload) ? payload : [payload]));
  };
  return { work: createInngestWork(send), sent };
}

describe("Inngest durable work", () => {
  it("sends one sms/accepted per message, dated at the send time only when that is later", async () => {
    const { work, sent } = recordingWork();
    const later = new Date(Date.now() + 24 * 60 * 60_000);
    const earlier = new Date(Date.now() - 60_000);
    const otherId = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    await work.messagesAccepted([
      { id: messageId, sendAt: later },
      { id: otherId, sendAt: earlier },
    ]);
    expect(sent).toEqual([
      expect.objectContaining({ name: "sms/accepted", id: `accepted-${messageId}`, ts: later.getTime(), data: { messageId, sendAt: later.toISOString() } }),
      expect.objectContaining({ name: "sms/accepted", id: `accepted-${otherId}`, data: { messageId: otherId, sendAt: earlier.toISOString() } }),
    ]);
    expect((sent[1] as { ts?: number }).ts).toBeUndefined();
  });

  it("sends cancels, reports and replies with ids of our own", async () => {
    const { work, sent } = recordingWork();
    await work.messageCancelled(messageId);
    await work.reportReceived({ carrier: "seven", carrierMessageId: "77123", status: "delivered", carrierStatus: "DELIVERED" });
    await work.inboundRecorded(inboundId);
    expect(sent).toEqual([
      expect.objectContaining({ name: "sms/cancelled", id: `cancelled-${messageId}`, data: { messageId } }),
      // A cancelled message and a reply owe their webhooks at once.
      expect.objectContaining({ name: "webhooks/deliveries.due" }),
      expect.objectContaining({ name: "sms/report.received", id: "report-seven-77123-DELIVERED" }),
      expect.objectContaining({ name: "sms/inbound.received", id: `inbound-${inboundId}`, data: { inboundId } }),
      expect.objectContaining({ name: "webhooks/deliveries.due" }),
    ]);
  });

  it("swallows a failed send for stored and cancelled messages, passes it on for reports and replies", async () => {
    const { work } = recordingWork(true);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(work.messagesAccepted([{ id: messageId, sendAt: new Date() }])).resolves.toBeUndefined();
    await expect(work.messageCancelled(messageId)).resolves.toBeUndefined();
    expect(logged.mock.calls.map(([line]) => line)).toEqual(["[pipeline] could not send sms/accepted:", "[pipeline] could not send sms/cancelled:"]);
    logged.mockRestore();
    await expect(work.reportReceived({ carrier: "seven", carrierMessageId: "1", status: "delivered", carrierStatus: "DELIVERED" })).rejects.toThrow();
    await expect(work.inboundRecorded(inboundId)).rejects.toThrow();
  });
});
