import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { webhookDeliveries } from "../../db/schema";
import { createTestPractice, insertMessage, messageRow, statusHistory } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { insertEndpoint } from "../../db/testing/webhook-fixtures";
import { recordReport } from "../delivery/record-report";
import { recordInbound } from "../inbound/record-inbound";
import { cancelMessage } from "../messages/cancel-message";

const database = setUpTestDatabase();
const HOOK = "https://pvs.example.test/hook";

async function sentMessage(db: Database, practiceId: string, carrierMessageId = "c-1") {
  return insertMessage(db, practiceId, { status: "sent", carrier: "fake", carrierMessageId, handedOverAt: new Date(), sender: "+4915112345678" });
}

const deliveriesOf = (db: Database) =>
  db.select().from(webhookDeliveries).orderBy(webhookDeliveries.eventType, webhookDeliveries.createdAt);

describe("the webhook outbox", () => {
  it("is written by the status change itself, for enabled endpoints that subscribed to the event", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    const other = await createTestPractice(db);
    const wants = await insertEndpoint(db, practiceId, { url: HOOK, eventTypes: ["message.delivered", "message.sent"] });
    const also = await insertEndpoint(db, practiceId, { url: `${HOOK}/2`, eventTypes: ["message.delivered"] });
    await insertEndpoint(db, practiceId, { url: `${HOOK}/3`, eventTypes: ["message.undelivered"] });
    await insertEndpoint(db, practiceId, { url: `${HOOK}/4`, eventTypes: ["message.delivered"], disabledAt: new Date() });
    await insertEndpoint(db, other, { url: `${HOOK}/5`, eventTypes: ["message.delivered"] });
    const message = await sentMessage(db, practiceId);
    const now = new Date("2026-11-27T09:15:00Z");

    expect(await recordReport(db, { carrier: "fake", carrierMessageId: "c-1", status: "delivered", carrierStatus: "DELIVERED" }, now)).toBe("applied");
    const rows = await deliveriesOf(db);
    expect(rows.map((row) => row.endpointId).sort()).toEqual([wants.id, also.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ practiceId, eventType: "message.delivered", messageId: message.id, eventStatus: "delivered", occurredAt: now, nextAttemptAt: now, attempts: 0, payload: null });
    }

    // A repeated report moves nothing and owes nothing.
    expect(await recordReport(db, { carrier: "fake", carrierMessageId: "c-1", status: "delivered", carrierStatus: "DELIVERED" }, now)).toBe("ignored");
    expect(await deliveriesOf(db)).toHaveLength(2);
  });

  it("is rolled back with the status change: a rollback leaves neither", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: HOOK, eventTypes: ["message.delivered"] });
    const message = await sentMessage(db, practiceId);
    await expect(
      db.transaction(async (tx) => {
        await recordReport(tx as unknown as Database, { carrier: "fake", carrierMessageId: "c-1", status: "delivered", carrierStatus: "DELIVERED" });
        expect(await tx.select().from(webhookDeliveries)).toHaveLength(1);
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash before commit");
    expect((await messageRow(db, message.id)).status).toBe("sent");
    expect(await statusHistory(db, message.id)).toEqual([]);
    expect(await deliveriesOf(db)).toEqual([]);
  });

  it("is written by a cancellation, and not for statuses the PVS does not hear about", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: HOOK, eventTypes: ["message.cancelled", "message.sent"] });
    const message = await insertMessage(db, practiceId, { sendAt: new Date(Date.now() + 3_600_000) });
    await cancelMessage(db, practiceId, message.id);
    const rows = await deliveriesOf(db);
    expect(rows.map((row) => [row.eventType, row.eventStatus])).toEqual([["message.cancelled", "cancelled"]]);
  });

  it("owes reply.received for a reply, and recipient.opted_out for a STOP, in the same statement", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: HOOK, eventTypes: ["reply.received", "recipient.opted_out"] });
    await insertEndpoint(db, practiceId, { url: `${HOOK}/2`, eventTypes: ["message.delivered"] });
    await sentMessage(db, practiceId);
    const receivedAt = new Date("2026-11-27T10:00:00Z");

    const replyId = await recordInbound(db, { carrier: "fake", carrierMessageId: "in-1", from: "+4917612345678", to: "+4915112345678", text: "Ja, ich komme", receivedAt });
    const stopId = await recordInbound(db, { carrier: "fake", carrierMessageId: "in-2", from: "+4917612345678", to: "+4915112345678", text: " Stopp! ", receivedAt });
    // The carrier repeating its webhook stores nothing and owes nothing.
    await recordInbound(db, { carrier: "fake", carrierMessageId: "in-2", from: "+4917612345678", to: "+4915112345678", text: " Stopp! ", receivedAt });

    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id)).orderBy(webhookDeliveries.eventType, webhookDeliveries.inboundId);
    expect(rows.map((row) => ({ type: row.eventType, inbound: row.inboundId, recipient: row.recipient, at: row.occurredAt }))).toEqual(
      [
        { type: "recipient.opted_out", inbound: stopId, recipient: "+4917612345678", at: receivedAt },
        { type: "reply.received", inbound: replyId, recipient: null, at: receivedAt },
        { type: "reply.received", inbound: stopId, recipient: null, at: receivedAt },
      ].sort((a, b) => a.type.localeCompare(b.type) || String(a.inbound).localeCompare(String(b.inbound))),
    );
    // The other endpoint subscribed to neither.
    expect(await deliveriesOf(db)).toHaveLength(3);
  });
});
