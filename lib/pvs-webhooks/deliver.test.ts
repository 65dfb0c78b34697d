import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { users, webhookAttempts, webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { insertEndpoint, startReceiver, testSenderDeps } from "../../db/testing/webhook-fixtures";
import { toApiMessage } from "../api/serialize-message";
import { recordReport } from "../delivery/record-report";
import { recordInbound } from "../inbound/record-inbound";
import { findMessage } from "../messages/find-messages";
import { deliverDueWebhooks } from "./deliver";
import { pruneWebhookHistory } from "./prune";
import { redeliver } from "./redeliver";
import { RETRY_DELAYS_MS } from "./retry-schedule";
import { sendTestEvent } from "./test-event";

const database = setUpTestDatabase();
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(() => receiver?.close());

async function deliveredMessage(db: Database, practiceId: string, now = new Date()) {
  const message = await insertMessage(db, practiceId, { status: "sent", carrier: "fake", carrierMessageId: `c-${Math.random()}`, handedOverAt: now, clientReference: "termin-42" });
  await recordReport(db, { carrier: "fake", carrierMessageId: message.carrierMessageId!, status: "delivered", carrierStatus: "DELIVERED" }, now);
  return message;
}

const deliveryRows = (db: Database) => db.select().from(webhookDeliveries);

const T0 = new Date("2026-11-27T09:00:00Z");

/**
 * An endpoint that answers 503 to an event owed since T0, sent to on the retry schedule until
 * it is given up (`mailFails`: the e-mails fail meanwhile); `clock.now` is the sender's clock.
 */
async function failForThreeDays(db: Database, { mailFails = false } = {}) {
  receiver = await startReceiver(() => 503);
  const practiceId = await createTestPractice(db);
  const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
  await deliveredMessage(db, practiceId, T0);
  const clock = { now: T0 };
  const deps = testSenderDeps(db, { now: () => clock.now });
  if (mailFails) deps.mailer.failWith = "Resend: 503";
  for (let round = 0; round < 30; round++) {
    await deliverDueWebhooks(deps);
    const [row] = await deliveryRows(db);
    if (row.abandonedAt) break;
    clock.now = row.nextAttemptAt;
  }
  return { practiceId, endpoint, deps, clock, receiver };
}
const attemptRows = (db: Database) => db.select().from(webhookAttempts).orderBy(webhookAttempts.id);

describe("sending the outbox", () => {
  it("posts the API's message object, signed so the official package verifies it, exactly once", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 204);
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    const message = await deliveredMessage(db, practiceId);

    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ succeeded: 1, failed: 0 });
    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ succeeded: 0 });

    expect(receiver.received).toHaveLength(1);
    const [webhook] = receiver.received;
    const [delivery] = await deliveryRows(db);
    expect(webhook.headers["webhook-id"]).toBe(`msg_${delivery.id.replaceAll("-", "")}`);
    const verified = new Webhook(endpoint.secret).verify(webhook.body, webhook.headers as Record<string, string>);
    const current = await findMessage(db, practiceId, message.id);
    expect(verified).toEqual({ type: "message.delivered", timestamp: delivery.occurredAt.toISOString(), data: JSON.parse(JSON.stringify(toApiMessage(current!))) });
    expect(delivery).toMatchObject({ attempts: 1, payload: webhook.body, claimedUntil: null });
    expect(delivery.succeededAt).not.toBeNull();
    expect(await attemptRows(db)).toMatchObject([{ endpointId: endpoint.id, deliveryId: delivery.id, eventType: "message.delivered", httpStatus: 204, error: null, nextAttemptAt: null }]);
  });

  it("reports the status of the event, as at the event, when the message has moved on since", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 200);
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.sent"] });
    const message = await insertMessage(db, practiceId, { status: "queued", attempts: 1 });
    const { recordSubmitResult } = await import("../delivery/hand-over");
    const sentAt = new Date(Date.now() - 2000);
    await recordSubmitResult(db, "fake", { id: message.id, to: "", from: "", text: "", encoding: "GSM-7", attempts: 1, sendAt: sentAt, expiresAt: null }, { ok: true, carrierMessageId: "c-9" }, sentAt);
    await recordReport(db, { carrier: "fake", carrierMessageId: "c-9", status: "undelivered", carrierStatus: "FAILED" });

    await deliverDueWebhooks(testSenderDeps(db));
    const body = JSON.parse(receiver.received[0].body);
    expect(body.type).toBe("message.sent");
    expect(body.data).toMatchObject({ id: message.id, status: "sent", statusReason: null, updatedAt: sentAt.toISOString() });
  });

  it("retries on the schedule with the same id and bytes, and recovers", async () => {
    const db = database.db;
    let answers = [500, 503, 200];
    receiver = await startReceiver(() => answers.shift() ?? 200);
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    const t0 = new Date("2026-11-27T09:00:00Z");
    await deliveredMessage(db, practiceId, t0);
    let now = t0;
    const deps = testSenderDeps(db, { now: () => now });

    expect(await deliverDueWebhooks(deps)).toMatchObject({ failed: 1 });
    expect((await deliveryRows(db))[0].nextAttemptAt).toEqual(new Date(t0.getTime() + RETRY_DELAYS_MS[0]));
    expect((await db.select().from(webhookEndpoints))[0].failingSince).toEqual(t0);

    now = new Date(t0.getTime() + RETRY_DELAYS_MS[0] - 1);
    expect(await deliverDueWebhooks(deps)).toMatchObject({ failed: 0, succeeded: 0 });
    now = new Date(t0.getTime() + RETRY_DELAYS_MS[0]);
    expect(await deliverDueWebhooks(deps)).toMatchObject({ failed: 1 });
    expect((await deliveryRows(db))[0].nextAttemptAt).toEqual(new Date(now.getTime() + RETRY_DELAYS_MS[1]));
    now = new Date(now.getTime() + RETRY_DELAYS_MS[1]);
    expect(await deliverDueWebhooks(deps)).toMatchObject({ succeeded: 1 });

    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect((await attemptRows(db)).map((a) => [a.httpStatus, a.nextAttemptAt !== null])).toEqual([
      [500, true],
      [503, true],
      [200, false],
    ]);
    const [after] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(after.failingSince).toBeNull();
    answers = [];
  });

  it("after three days of failures gives up, disables the endpoint and e-mails the main user", async () => {
    const db = database.db;
    const { practiceId, endpoint, deps, clock, receiver } = await failForThreeDays(db);
    const [delivery] = await deliveryRows(db);
    expect(delivery.abandonedAt).toEqual(new Date(T0.getTime() + 3 * 24 * 3_600_000));
    expect(delivery.attempts).toBe(receiver.received.length);
    expect(delivery.attempts).toBeGreaterThanOrEqual(10);
    const [disabled] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(disabled.disabledAt).toEqual(clock.now);
    expect(disabled.disabledReason).toMatch(/Drei Tage/);
    const [main] = await db.select().from(users).where(eq(users.practiceId, practiceId));
    expect(deps.mailer.sent.map((mail) => mail.to)).toEqual([main.email]);
    expect(deps.mailer.sent[0].subject).toMatch(/abgeschaltet/);
    expect(deps.mailer.sent[0].text).toContain("https://praxisbote.test/organization/webhooks");

    // Nothing more goes to a disabled endpoint: a new event is not even owed.
    await deliveredMessage(db, practiceId, clock.now);
    expect(await deliveryRows(db)).toHaveLength(1);
  });

  it("tries the e-mail about the disabling again after 5 minutes when it failed, and sends it once", async () => {
    const db = database.db;
    const { endpoint, deps, clock } = await failForThreeDays(db, { mailFails: true });
    const [disabled] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(disabled.disabledAt).toEqual(clock.now);
    expect(deps.mailer.sent).toHaveLength(0);

    deps.mailer.failWith = null;
    clock.now = new Date(disabled.disabledAt!.getTime() + 60_000);
    await deliverDueWebhooks(deps);
    expect(deps.mailer.sent).toHaveLength(0);
    clock.now = new Date(disabled.disabledAt!.getTime() + 5 * 60_000);
    await deliverDueWebhooks(deps);
    expect(deps.mailer.sent.map((mail) => mail.subject)).toEqual([expect.stringMatching(/abgeschaltet/)]);
    clock.now = new Date(disabled.disabledAt!.getTime() + 60 * 60_000);
    await deliverDueWebhooks(deps);
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("abandons what a since-disabled endpoint is owed without sending it", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 204);
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    await deliveredMessage(db, practiceId);
    await db.update(webhookEndpoints).set({ disabledAt: new Date() }).where(eq(webhookEndpoints.id, endpoint.id));
    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ abandoned: 1, succeeded: 0 });
    expect(receiver.received).toHaveLength(0);
  });

  it("drops what is owed of a type the endpoint no longer asks for, and will not send it again on request", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 204);
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered", "reply.received"] });
    await deliveredMessage(db, practiceId);
    await db.update(webhookEndpoints).set({ eventTypes: ["reply.received"] }).where(eq(webhookEndpoints.id, endpoint.id));
    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ abandoned: 1, succeeded: 0 });
    expect(receiver.received).toHaveLength(0);
    const [owed] = await deliveryRows(db);
    await expect(redeliver(db, practiceId, owed.id)).rejects.toMatchObject({ code: "invalid_request", message: expect.stringContaining("message.delivered") });
    // Ticked again, the event goes out on request.
    await db.update(webhookEndpoints).set({ eventTypes: ["message.delivered"] }).where(eq(webhookEndpoints.id, endpoint.id));
    await redeliver(db, practiceId, owed.id);
    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
  });

  it("sends replies and opt-outs with the API's reply object and the number", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 204);
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["reply.received", "recipient.opted_out"] });
    const message = await insertMessage(db, practiceId, { status: "delivered", sender: "+4915112345678", clientReference: "termin-7" });
    const receivedAt = new Date("2026-11-27T10:00:00.000Z");
    const replyId = await recordInbound(db, { carrier: "fake", carrierMessageId: "in-1", from: "+4917612345678", to: "+4915112345678", text: "STOP", receivedAt });
    await deliverDueWebhooks(testSenderDeps(db));
    const bodies = receiver.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.type.localeCompare(b.type));
    expect(bodies).toEqual([
      { type: "recipient.opted_out", timestamp: receivedAt.toISOString(), data: { to: "+4917612345678", optedOutAt: receivedAt.toISOString(), replyId } },
      {
        type: "reply.received",
        timestamp: receivedAt.toISOString(),
        data: { id: replyId, from: "+4917612345678", text: "STOP", receivedAt: receivedAt.toISOString(), inReplyTo: { id: message.id, reference: "termin-7" } },
      },
    ]);
  });

  it("sends a signed test event and records it without a delivery", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 202);
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    const deps = testSenderDeps(db);
    const result = await sendTestEvent(db, endpoint.id, { encryptionKey: deps.encryptionKey, policy: deps.policy });
    expect(result).toMatchObject({ ok: true, httpStatus: 202, error: null });
    expect(new Webhook(endpoint.secret).verify(receiver.received[0].body, receiver.received[0].headers as Record<string, string>)).toMatchObject({ type: "webhook.test" });
    expect(await attemptRows(db)).toMatchObject([{ endpointId: endpoint.id, deliveryId: null, eventType: "webhook.test", httpStatus: 202 }]);
  });

  it("sends a given-up event again on request, only for the practice's own", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 200);
    const practiceId = await createTestPractice(db);
    const other = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    await deliveredMessage(db, practiceId);
    const [owed] = await deliveryRows(db);
    await db.update(webhookDeliveries).set({ abandonedAt: new Date(), nextAttemptAt: new Date(Date.now() + 3_600_000) });

    await expect(redeliver(db, other, owed.id)).rejects.toMatchObject({ code: "not_found" });
    await redeliver(db, practiceId, owed.id);
    expect(await deliverDueWebhooks(testSenderDeps(db))).toMatchObject({ succeeded: 1 });
    expect(receiver.received[0].headers["webhook-id"]).toBe(`msg_${owed.id.replaceAll("-", "")}`);
  });

  it("keeps each endpoint's last 100 attempts", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    const endpoint = await insertEndpoint(db, practiceId, { url: "https://pvs.example.test/hook", eventTypes: ["message.delivered"] });
    const t0 = Date.now();
    await db.insert(webhookAttempts).values(
      Array.from({ length: 130 }, (_, i) => ({ endpointId: endpoint.id, eventType: "webhook.test", attemptedAt: new Date(t0 + i * 1000), durationMs: 5 })),
    );
    await pruneWebhookHistory(db, new Date(t0 - 60 * 24 * 3_600_000));
    const kept = await attemptRows(db);
    expect(kept).toHaveLength(100);
    expect(kept[0].attemptedAt).toEqual(new Date(t0 + 30_000));
  });
});
