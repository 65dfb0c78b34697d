import { eq, sum } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, apiRateLimits, messages, optOuts, practices } from "../../db/schema";
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
