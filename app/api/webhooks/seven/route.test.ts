import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { inboundMessages, messageStatusEvents } from "../../../../db/schema";
import { createTestPractice, insertMessage, messageRow } from "../../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../../db/testing/test-database";
import { sevenWebhookRequest } from "../../../../lib/carriers/seven/test-server";

// The route end to end over HTTP semantics: seven.io's both encodings, both signature forms,
// the exact path and a trailing slash, replays and stale signatures, UNKNOWN and replies.

const getDb = vi.hoisted(() => vi.fn());
vi.mock("../../../../db/client", async (original) => ({ ...(await original<typeof import("../../../../db/client")>()), getDb }));
vi.mock("../../../../lib/env", async (original) => {
  const actual = await original<typeof import("../../../../lib/env")>();
  return { ...actual, env: { ...actual.env, SEVEN_SIGNING_SECRET: "seven-signing-secret", SEVEN_API_KEY: "seven-test-key", APP_URL: "https://praxisbote.example", CARRIER: "seven" } };
});

const { POST } = await import("./route");

const database = setUpTestDatabase();
const SECRET = "seven-signing-secret";
const URL_EXACT = "https://praxisbote.example/api/webhooks/seven";

async function sentMessage(carrierMessageId = "77123") {
  getDb.mockResolvedValue(database.db);
  const practiceId = await createTestPractice(database.db);
  return insertMessage(database.db, practiceId, { status: "sent", carrier: "seven", carrierMessageId, handedOverAt: new Date(), attempts: 1 });
}

const events = (messageId: string) =>
  database.db
    .select({ status: messageStatusEvents.status, carrierStatus: messageStatusEvents.carrierStatus, carrierTime: messageStatusEvents.carrierTime })
    .from(messageStatusEvents)
    .where(eq(messageStatusEvents.messageId, messageId))
    .orderBy(messageStatusEvents.id);

describe("POST /api/webhooks/seven", () => {
  it.each([
    ["form", "full-url", URL_EXACT],
    ["form", "path", `${URL_EXACT}/`],
    ["json", "path", URL_EXACT],
    ["json", "full-url", `${URL_EXACT}/`],
  ] as const)("applies a %s report signed over the %s at %s, with seven's time", async (encoding, signedOver, url) => {
    const message = await sentMessage();
    const request = sevenWebhookRequest(SECRET, url, { webhook_event: "dlr", data: { msg_id: "77123", status: "DELIVERED", timestamp: "2026-11-27 10:00:00" } }, { encoding, signedOver });
    const response = await POST(request);
    expect(response.status).toBe(200);
    expect((await messageRow(database.db, message.id)).status).toBe("delivered");
    expect((await events(message.id)).at(-1)).toEqual({ status: "delivered", carrierStatus: "DELIVERED", carrierTime: new Date("2026-11-27T09:00:00Z") });
  });

  it("refuses a replayed, a stale, a forged and an unsigned request with 401", async () => {
    const message = await sentMessage();
    const payload = { webhook_event: "dlr", data: { msg_id: "77123", status: "BUFFERED" } };
    const first = sevenWebhookRequest(SECRET, URL_EXACT, payload, { encoding: "form" });
    const replay = first.clone();
    expect((await POST(first)).status).toBe(200);
    expect((await POST(replay)).status).toBe(401);
    const stale = sevenWebhookRequest(SECRET, URL_EXACT, payload, { now: new Date(Date.now() - 10 * 60_000) });
    expect((await POST(stale)).status).toBe(401);
    expect((await POST(sevenWebhookRequest("another-secret", URL_EXACT, payload))).status).toBe(401);
    expect((await POST(new Request(URL_EXACT, { method: "POST", body: JSON.stringify(payload) }))).status).toBe(401);
    expect((await messageRow(database.db, message.id)).status).toBe("buffered");
  });

  it("keeps UNKNOWN in the history without changing the status, once", async () => {
    const message = await sentMessage();
    const unknown = () => sevenWebhookRequest(SECRET, URL_EXACT, { webhook_event: "dlr", data: { msg_id: "77123", status: "UNKNOWN", timestamp: "1795777200" } }, { encoding: "form" });
    expect((await POST(unknown())).status).toBe(200);
    expect((await POST(unknown())).status).toBe(200);
    expect((await messageRow(database.db, message.id)).status).toBe("sent");
    expect((await events(message.id)).filter((event) => event.carrierStatus === "UNKNOWN")).toEqual([
      { status: "sent", carrierStatus: "UNKNOWN", carrierTime: new Date(1795777200_000) },
    ]);
  });

  it("stores a form-encoded reply with seven's time next to ours", async () => {
    await sentMessage();
    const response = await POST(
      sevenWebhookRequest(SECRET, URL_EXACT, { webhook_event: "sms_mo", data: { id: "555", sender: "4917612345678", system: "4915112345600", text: "Ich komme gerne", time: 1795777200 } }, { encoding: "form" }),
    );
    expect(response.status).toBe(200);
    const [reply] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.carrierMessageId, "555"));
    expect(reply).toMatchObject({ text: "Ich komme gerne", carrierTime: new Date(1795777200_000) });
    expect(reply.receivedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("acknowledges events it does not handle and answers 400 to a body it cannot read", async () => {
    getDb.mockResolvedValue(database.db);
    expect((await POST(sevenWebhookRequest(SECRET, URL_EXACT, { webhook_event: "voice_status", data: { id: 1 } }, { encoding: "form" }))).status).toBe(200);
    expect((await POST(sevenWebhookRequest(SECRET, URL_EXACT, { webhook_event: "dlr", data: { status: "DELIVERED" } }))).status).toBe(400);
  });
});
