import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows } from "../../db/rows";
import { messages } from "../../db/schema";
import { createCaller, FakeCarrier, messageRow, noMail } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { runChores, sweep } from "../delivery/sweep";
import { acceptMessage, hashRequest } from "./accept-message";
import { cancelMessage } from "./cancel-message";
import { IDEMPOTENCY_KEY_TTL_MS } from "./idempotency-keys";
import { validateSmsRequest } from "./validate-sms-request";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const reminder = { to: "+4917612345678", text: "Ihr Termin ist morgen um 10 Uhr.", sendAt: "2026-12-01T09:00:00+01:00" };

type Caller = Awaited<ReturnType<typeof createCaller>>;

async function send(caller: Caller, body: Record<string, unknown>, now: Date, idempotencyKey: string) {
  const draft = validateSmsRequest(body, caller.caller.practice, now);
  return acceptMessage(database.db, caller.caller, draft, { now, idempotencyKey, requestHash: hashRequest(draft.requestFields) });
}

async function countMessages() {
  const [{ count }] = await selectRows<{ count: string }>(database.db, sql`select count(*) as count from messages`);
  return Number(count);
}

describe("a replayed Idempotency-Key", () => {
  it("answers with the message as it is now: cancelled", async () => {
    const caller = await createCaller(database.db);
    const first = await send(caller, reminder, t0, "termin-1");
    await cancelMessage(database.db, caller.caller.practice.id, first.message.id, at(60_000));

    const replay = await send(caller, reminder, at(120_000), "termin-1");
    expect(replay.replayed).toBe(true);
    expect(replay.message).toMatchObject({ id: first.message.id, status: "cancelled" });
    expect(replay.message.updatedAt).toEqual(at(60_000));
  });

  it("answers with the message as it is now: sent", async () => {
    const caller = await createCaller(database.db);
    const first = await send(caller, { ...reminder, sendAt: undefined }, t0, "termin-2");
    await sweep({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => at(1000) });
    const replay = await send(caller, { ...reminder, sendAt: undefined }, at(5000), "termin-2");
    expect(replay).toMatchObject({ replayed: true, message: { id: first.message.id, status: "sent" } });
  });
});

describe("an Idempotency-Key older than 24 hours", () => {
  it("replays until the 24 hours are over, then creates a new message even though the old row still has the key", async () => {
    const caller = await createCaller(database.db);
    const first = await send(caller, reminder, t0, "termin-3");
    const justBefore = await send(caller, reminder, at(IDEMPOTENCY_KEY_TTL_MS - 1000), "termin-3");
    expect(justBefore).toMatchObject({ replayed: true, message: { id: first.message.id } });

    const after = await send(caller, { ...reminder, text: "Neuer Termin" }, at(IDEMPOTENCY_KEY_TTL_MS + 1000), "termin-3");
    expect(after.replayed).toBe(false);
    expect(after.message.id).not.toBe(first.message.id);
    expect(await countMessages()).toBe(2);
    // The new message holds the key now; the old one keeps everything else.
    expect(await messageRow(database.db, first.message.id)).toMatchObject({ idempotencyKey: null, status: "pending", text: reminder.text });
    const replayOfNew = await send(caller, { ...reminder, text: "Neuer Termin" }, at(IDEMPOTENCY_KEY_TTL_MS + 5000), "termin-3");
    expect(replayOfNew).toMatchObject({ replayed: true, message: { id: after.message.id } });
  });

  it("creates exactly one new message for 20 concurrent requests reusing it", async () => {
    const caller = await createCaller(database.db);
    await send(caller, reminder, t0, "termin-4");
    const later = at(IDEMPOTENCY_KEY_TTL_MS + 1000);
    const results = await Promise.all(Array.from({ length: 20 }, () => send(caller, reminder, later, "termin-4")));
    expect(new Set(results.map((result) => result.message.id)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await countMessages()).toBe(2);
  });

  it("is cleared by the chores, younger keys stay", async () => {
    const caller = await createCaller(database.db);
    const old = await send(caller, reminder, t0, "termin-5");
    const young = await send(caller, reminder, at(IDEMPOTENCY_KEY_TTL_MS - 60_000), "termin-6");
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => at(IDEMPOTENCY_KEY_TTL_MS + 1000) });
    const [oldRow] = await database.db.select().from(messages).where(eq(messages.id, old.message.id));
    const [youngRow] = await database.db.select().from(messages).where(eq(messages.id, young.message.id));
    expect(oldRow).toMatchObject({ idempotencyKey: null, requestHash: null, updatedAt: t0 });
    expect(youngRow.idempotencyKey).toBe("termin-6");
  });
});
