import { asc, eq, sql, sum } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, apiRateLimits, messages, messageStatusEvents, optOuts, practices } from "../../db/schema";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { DomainError } from "../errors/domain-error";
import { authenticate } from "./authenticate";
import { ApiError } from "./errors";
import { sendWithKnownKey } from "./known-key-send";

// A key seen before sends in one statement, which must decide exactly as the full path
// (authenticate, then send) would: anything it cannot vouch for goes back to that path with
// nothing stored and nothing counted.

const database = setUpTestDatabase();
const reminder = (to: string, extra: Record<string, unknown> = {}) => ({ to, text: "Ihr Termin ist morgen um 10 Uhr.", ...extra });
const withKey = (apiKey: string) => new Request("http://api.test/api/v1/sms", { method: "POST", headers: { authorization: `Bearer ${apiKey}` } });
const options = { defaultLimit: 1000, realCarrier: () => false };
const send = (apiKey: string, body: unknown, idempotencyKey?: string) => sendWithKnownKey(database.db, withKey(apiKey), body, idempotencyKey, options);

async function storedFor(practiceId: string) {
  return database.db.select({ recipient: messages.recipient, sender: messages.sender }).from(messages).where(eq(messages.practiceId, practiceId));
}

async function countedFor(apiKeyId: string) {
  const [row] = await database.db.select({ value: sum(apiRateLimits.count) }).from(apiRateLimits).where(eq(apiRateLimits.apiKeyId, apiKeyId));
  return Number(row.value ?? 0);
}

describe("sending with a key seen before", () => {
  it("stores the message and counts the request in one statement", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const counted = await countedFor(caller.apiKeyId!);
    const sent = await send(apiKey, reminder("+4917612345601"));
    expect(sent?.result.replayed).toBe(false);
    expect(sent?.result.message).toMatchObject({ recipient: "+4917612345601", status: "pending", sender: caller.practice.defaultSender });
    expect(sent?.rate).toMatchObject({ limit: 1000, remaining: 1000 - counted - 1 });
    expect(await storedFor(caller.practice.id)).toEqual([{ recipient: "+4917612345601", sender: caller.practice.defaultSender }]);
    expect(await countedFor(caller.apiKeyId!)).toBe(counted + 1);
  });

  it("leaves a key it has not seen to the full path", async () => {
    expect(await send("pb_live_nie-gesehen", reminder("+4917612345601"))).toBeNull();
  });

  it("stores and counts nothing for a key revoked or past its grace period since, which the full path refuses", async () => {
    for (const change of [{ revokedAt: new Date() }, { expiresAt: new Date(Date.now() - 1000) }]) {
      const { caller, apiKey } = await createCaller(database.db);
      const counted = await countedFor(caller.apiKeyId!);
      await database.db.update(apiKeys).set(change).where(eq(apiKeys.id, caller.apiKeyId!));
      expect(await send(apiKey, reminder("+4917612345601"))).toBeNull();
      expect(await storedFor(caller.practice.id)).toEqual([]);
      expect(await countedFor(caller.apiKeyId!)).toBe(counted);
      await expect(authenticate(database.db, withKey(apiKey), 1000)).rejects.toMatchObject({ code: "invalid_api_key" });
    }
  });

  it("goes back to the full path when the practice's settings changed, and then sends with the new ones", async () => {
    const { caller, apiKey } = await createCaller(database.db, {}, { senders: ["Neuer Name"] });
    await database.db.update(practices).set({ defaultSender: "Neuer Name" }).where(eq(practices.id, caller.practice.id));
    expect(await send(apiKey, reminder("+4917612345601"))).toBeNull();
    expect(await storedFor(caller.practice.id)).toEqual([]);

    await authenticate(database.db, withKey(apiKey), 1000);
    expect((await send(apiKey, reminder("+4917612345602")))?.result.message.sender).toBe("Neuer Name");
  });

  it("goes back to the full path when the key's own limit changed", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    await database.db.update(apiKeys).set({ requestsPerMinute: 5 }).where(eq(apiKeys.id, caller.apiKeyId!));
    expect(await send(apiKey, reminder("+4917612345601"))).toBeNull();
  });

  it("refuses a request over the key's per-minute limit with 429 and stores nothing", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    await database.db.update(apiKeys).set({ requestsPerMinute: (await countedFor(caller.apiKeyId!)) + 2 }).where(eq(apiKeys.id, caller.apiKeyId!));
    await authenticate(database.db, withKey(apiKey), 1000); // learns the new limit; counts one
    expect(await send(apiKey, reminder("+4917612345601"))).not.toBeNull();
    const refused = await send(apiKey, reminder("+4917612345602")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: "throughput_exceeded" });
    expect((await storedFor(caller.practice.id)).map((row) => row.recipient)).toEqual(["+4917612345601"]);
  });

  it("leaves a body that validation refuses to the full path, which checks the key first", async () => {
    const { apiKey } = await createCaller(database.db);
    expect(await send(apiKey, { to: "kaputt", text: "Hallo" })).toBeNull();
    expect(await send(apiKey, reminder("+4917612345601", { location: "Filiale" }))).toBeNull();
  });

  it("refuses what the full path refuses, and answers a retry with the first message", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    await database.db.insert(optOuts).values({ practiceId: caller.practice.id, number: "+4917612345609" });
    const refused = await send(apiKey, reminder("+4917612345609")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: "recipient_opted_out" });

    const first = await send(apiKey, reminder("+4917612345601"), "termin-4711");
    const retry = await send(apiKey, reminder("+4917612345601"), "termin-4711");
    expect(retry?.result).toMatchObject({ replayed: true, message: { id: first?.result.message.id } });
    await expect(send(apiKey, reminder("+4917612345602"), "termin-4711")).rejects.toMatchObject({ code: "idempotency_conflict" });
    expect(await storedFor(caller.practice.id)).toHaveLength(1);
  });
});

// Sends of one key that arrive while one of its statements runs go together in the next one
// (db/group-commit.ts). Promise.all starts them in the same moment: the first finds the key
// idle and goes alone, the others wait for it and then share a statement.
describe("sends of one key that arrive together", () => {
  const numbers = (count: number, from = 10) => Array.from({ length: count }, (_, i) => `+49176123456${from + i}`);

  /** Each stored message's recipient, its transaction and its times, in the order of recipients. */
  async function storedRows(practiceId: string) {
    return database.db
      .select({
        id: messages.id,
        recipient: messages.recipient,
        transaction: sql<string>`${messages}.xmin::text`,
        createdAt: messages.createdAt,
        eventAt: sql<Date>`(select e.received_at from message_status_events e where e.message_id = "messages"."id")`.mapWith(messages.createdAt),
      })
      .from(messages)
      .where(eq(messages.practiceId, practiceId))
      .orderBy(asc(messages.recipient));
  }

  it("stores them in one transaction, each with its own time, and counts them in their order", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const counted = await countedFor(caller.apiKeyId!);
    const recipients = numbers(8);
    const sent = await Promise.all(recipients.map((to) => send(apiKey, reminder(to))));

    expect(sent.map((answer) => answer?.result.message.recipient)).toEqual(recipients);
    expect(sent.map((answer) => answer?.rate.remaining)).toEqual(recipients.map((_, i) => 1000 - counted - 1 - i));
    expect(await countedFor(caller.apiKeyId!)).toBe(counted + 8);
    const stored = await storedRows(caller.practice.id);
    expect(stored.map((row) => row.recipient)).toEqual(recipients);
    // The first alone, the seven that waited for it in one transaction.
    expect(new Set(stored.map((row) => row.transaction)).size).toBe(2);
    expect(new Set(stored.slice(1).map((row) => row.transaction)).size).toBe(1);
    for (const [i, row] of stored.entries()) {
      expect(row.id).toBe(sent[i]?.result.message.id);
      expect(row.createdAt).toEqual(sent[i]?.result.message.createdAt);
      expect(row.eventAt).toEqual(row.createdAt);
    }
    expect(await database.db.select().from(messageStatusEvents)).toHaveLength((await database.db.select().from(messages)).length);
  });

  it("admits only as many as the per-minute limit leaves, the earliest first", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    await database.db.update(apiKeys).set({ requestsPerMinute: (await countedFor(caller.apiKeyId!)) + 4 }).where(eq(apiKeys.id, caller.apiKeyId!));
    await authenticate(database.db, withKey(apiKey), 1000); // learns the new limit; counts one
    const recipients = numbers(6);
    const outcomes = await Promise.allSettled(recipients.map((to) => send(apiKey, reminder(to))));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected", "rejected"]);
    for (const outcome of outcomes.slice(3)) expect(outcome).toMatchObject({ reason: { code: "throughput_exceeded" } });
    expect((await storedFor(caller.practice.id)).map((row) => row.recipient).sort()).toEqual(recipients.slice(0, 3));
  });

  it("refuses only the one whose recipient opted out", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const recipients = numbers(4);
    await database.db.insert(optOuts).values({ practiceId: caller.practice.id, number: recipients[2] });
    const outcomes = await Promise.allSettled(recipients.map((to) => send(apiKey, reminder(to))));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[2]).toMatchObject({ reason: { code: "recipient_opted_out" } });
    expect((await storedFor(caller.practice.id)).map((row) => row.recipient).sort()).toEqual([recipients[0], recipients[1], recipients[3]]);
  });

  it("stores one message for two sends with the same Idempotency-Key in one statement, and frees an expired key", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const [old] = await database.db
      .insert(messages)
      .values({ practiceId: caller.practice.id, recipient: "+4917612345699", sender: "Praxis", text: "alt", encoding: "GSM-7", characters: 3, segments: 1, sendAt: new Date(), priceCents: 8, idempotencyKey: "termin-alt", createdAt: new Date(Date.now() - 25 * 3_600_000) })
      .returning({ id: messages.id });
    const [first, twin, again, expired] = await Promise.all([
      send(apiKey, reminder("+4917612345610"), "termin-1"),
      send(apiKey, reminder("+4917612345611"), "termin-2"),
      send(apiKey, reminder("+4917612345611"), "termin-2"),
      send(apiKey, reminder("+4917612345612"), "termin-alt"),
    ]);

    expect(first?.result.replayed).toBe(false);
    expect([twin?.result.replayed, again?.result.replayed]).toEqual([false, true]);
    expect(again?.result.message.id).toBe(twin?.result.message.id);
    expect(expired?.result).toMatchObject({ replayed: false, message: { recipient: "+4917612345612" } });
    const keys = await database.db.select({ id: messages.id, key: messages.idempotencyKey }).from(messages).where(eq(messages.practiceId, caller.practice.id));
    expect(keys).toHaveLength(4);
    expect(keys.find((row) => row.id === old.id)?.key).toBeNull();
    const stored = await storedRows(caller.practice.id);
    expect(new Set(stored.filter((row) => row.id !== old.id && row.id !== first?.result.message.id).map((row) => row.transaction)).size).toBe(1);
  });

  it("for a practice with a monthly limit, stores one after the other and never more than the limit", async () => {
    const { caller, apiKey } = await createCaller(database.db, { monthlyPartLimit: 3 });
    const recipients = numbers(5);
    let sending: Promise<PromiseSettledResult<Awaited<ReturnType<typeof send>>>[]> | undefined;
    await database.db.transaction(async (tx) => {
      // Holds the practice's row: a statement that stores a message waits for it (the foreign
      // key's check), so sends that ran side by side would all have counted the month first.
      await tx.execute(sql`select id from practices where id = ${caller.practice.id} for update`);
      sending = Promise.allSettled(recipients.map((to) => send(apiKey, reminder(to))));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const outcomes = await sending!;

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"]);
    for (const outcome of outcomes.slice(3)) expect(outcome).toMatchObject({ reason: { code: "monthly_limit_reached" } });
    const stored = await storedRows(caller.practice.id);
    expect(stored.map((row) => row.recipient)).toEqual(recipients.slice(0, 3));
    expect(new Set(stored.map((row) => row.transaction)).size).toBe(3);
  });

  it("stores and counts nothing for any of them once the key is revoked", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const counted = await countedFor(caller.apiKeyId!);
    await database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, caller.apiKeyId!));
    expect(await Promise.all(numbers(3).map((to) => send(apiKey, reminder(to))))).toEqual([null, null, null]);
    expect(await storedFor(caller.practice.id)).toEqual([]);
    expect(await countedFor(caller.apiKeyId!)).toBe(counted);
  });
});
