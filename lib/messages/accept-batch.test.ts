import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows } from "../../db/rows";
import { locations, messages, messageStatusEvents, optOuts } from "../../db/schema";
import { createCaller, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { DomainError } from "../errors/domain-error";
import { acceptBatch, type BatchOutcome } from "./accept-batch";
import { sendOne } from "./send-one";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const reminder = { to: "+4917612345678", text: "Ihr Termin ist morgen um 10 Uhr.", sendAt: "2026-12-01T09:00:00+01:00" };
const long = { ...reminder, text: "a".repeat(200) }; // two parts

type Caller = Awaited<ReturnType<typeof createCaller>>["caller"];

const codes = (outcomes: BatchOutcome[]) => outcomes.map((outcome) => (outcome.ok ? (outcome.result.replayed ? "replayed" : "accepted") : outcome.error.code));
const ids = (outcomes: BatchOutcome[]) => outcomes.map((outcome) => (outcome.ok ? outcome.result.message.id : null));

async function countOf(practiceId: string) {
  const [{ count }] = await selectRows<{ count: string }>(database.db, sql`select count(*) as count from messages where practice_id = ${practiceId}`);
  return Number(count);
}

async function eventsOf(messageIds: string[]) {
  return database.db.select().from(messageStatusEvents).where(inArray(messageStatusEvents.messageId, messageIds));
}

/** What the single path answers for the same item: the message or the error's code. */
async function singleAnswer(caller: Caller, item: unknown) {
  try {
    return (await sendOne(database.db, caller, item)).message;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("a batch", () => {
  it("answers each item as the single path would, and stores the same columns", async () => {
    const { caller } = await createCaller(database.db, { defaultSender: "Praxis" });
    await database.db.insert(locations).values({ practiceId: caller.practice.id, code: "nord", name: "Praxis Nord" });
    const items = [
      reminder,
      { ...reminder, to: "+4930123456" },
      "kaputt",
      { ...reminder, location: "west" },
      { ...reminder, from: "Fremdname" },
      { ...reminder, text: "" },
      { ...reminder, location: "nord", reference: "Termin 4711", expiresAt: "2026-12-01T10:00:00+01:00", text: "Grüße – bis morgen 😀" },
      { ...reminder, sendAt: "gestern" },
      // Array literals must carry these as they are.
      { ...reminder, text: 'NULL', reference: '{"a", b}\\ \\" NULL' },
      { ...reminder, text: 'Sie sagte: "Bis morgen, {10 Uhr}" \\ Zeile\nzwei' },
    ];
    const { outcomes, accepted } = await acceptBatch(database.db, caller, items, { now: t0 });
    expect(codes(outcomes)).toEqual(["accepted", "invalid_recipient", "invalid_request", "invalid_location", "sender_not_allowed", "missing_parameter", "accepted", "invalid_send_at", "accepted", "accepted"]);
    expect(accepted.map((message) => message.id)).toEqual([0, 6, 8, 9].map((index) => ids(outcomes)[index]));

    for (const [index, item] of items.entries()) {
      const single = await singleAnswer(caller, item);
      const outcome = outcomes[index];
      if (!outcome.ok) {
        expect(single).toBe(outcome.error.code);
        continue;
      }
      // Row against row: every column the single path writes, the batch writes alike.
      const [batchRow] = await database.db.select().from(messages).where(eq(messages.id, outcome.result.message.id));
      const [singleRow] = await database.db.select().from(messages).where(eq(messages.id, (single as { id: string }).id));
      const differing = ["id", "createdAt", "updatedAt"];
      const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([column]) => !differing.includes(column)));
      expect(strip(batchRow)).toEqual(strip(singleRow));
      expect(batchRow.createdAt).toEqual(t0);
      expect(batchRow).toMatchObject({ text: outcome.result.message.text, clientReference: outcome.result.message.clientReference });
      expect(outcome.result.message).toMatchObject({ status: "pending", sendAt: batchRow.sendAt, expiresAt: batchRow.expiresAt, locationCode: singleRow.locationId ? "nord" : null });
    }
    const events = await eventsOf(accepted.map((message) => message.id));
    expect(events.map((event) => [event.messageId, event.status, event.receivedAt]).sort()).toEqual(accepted.map((message) => [message.id, "pending", t0]).sort());
  });

  it("replays a retried batch item by item, and refuses a changed item with a conflict", async () => {
    const { caller } = await createCaller(database.db);
    const items = [reminder, { ...reminder, to: "+4917612345600" }, "kaputt", long];
    const first = await acceptBatch(database.db, caller, items, { now: t0, idempotencyKey: "stapel-1" });
    expect(codes(first.outcomes)).toEqual(["accepted", "accepted", "invalid_request", "accepted"]);

    const again = await acceptBatch(database.db, caller, items, { now: new Date(t0.getTime() + 60_000), idempotencyKey: "stapel-1" });
    expect(codes(again.outcomes)).toEqual(["replayed", "replayed", "invalid_request", "replayed"]);
    expect(ids(again.outcomes)).toEqual(ids(first.outcomes));
    expect(again.accepted).toEqual([]);

    const changed = await acceptBatch(database.db, caller, [reminder, { ...reminder, text: "Anders" }, reminder, long, reminder], {
      now: new Date(t0.getTime() + 120_000),
      idempotencyKey: "stapel-1",
    });
    // Item 2 was refused before, so its key is free; item 4 is new.
    expect(codes(changed.outcomes)).toEqual(["replayed", "idempotency_conflict", "accepted", "replayed", "accepted"]);
    expect(await countOf(caller.practice.id)).toBe(5);
  });

  it("creates each message once when the same batch arrives twice at the same time", async () => {
    const { caller } = await createCaller(database.db);
    const items = Array.from({ length: 700 }, (_, i) => ({ ...reminder, reference: `Termin ${i}` }));
    const [a, b] = await Promise.all([
      acceptBatch(database.db, caller, items, { now: t0, idempotencyKey: "gleichzeitig" }),
      acceptBatch(database.db, caller, items, { now: t0, idempotencyKey: "gleichzeitig" }),
    ]);
    expect(await countOf(caller.practice.id)).toBe(700);
    expect(ids(a.outcomes)).toEqual(ids(b.outcomes));
    expect(a.accepted.length + b.accepted.length).toBe(700);
    for (const outcome of [...a.outcomes, ...b.outcomes]) expect(outcome.ok).toBe(true);
    expect(await eventsOf(ids(a.outcomes) as string[])).toHaveLength(700);
  });

  it("counts the monthly limit across the batch in input order, without cancelled or expired messages", async () => {
    const { caller } = await createCaller(database.db, { monthlyPartLimit: 6 });
    await sendOne(database.db, caller, long); // 2 parts used
    await insertMessage(database.db, caller.practice.id, { segments: 5, status: "cancelled", createdAt: t0 });
    await insertMessage(database.db, caller.practice.id, { segments: 5, status: "undelivered", priceCents: 0, createdAt: t0 });

    const { outcomes } = await acceptBatch(database.db, caller, [long, reminder, long, reminder, reminder], { now: t0 });
    // 2 + 2 + 1 = 5; the next two parts would make 7; one more part fits; then the limit is reached.
    expect(codes(outcomes)).toEqual(["accepted", "accepted", "monthly_limit_reached", "accepted", "monthly_limit_reached"]);
    expect(outcomes[2].ok || outcomes[2].error.message).toContain("(5 verbraucht)");
    expect(await countOf(caller.practice.id)).toBe(1 + 2 + 3);
  });

  it("stores 1,000 items with their first status events", async () => {
    const { caller } = await createCaller(database.db);
    const items = Array.from({ length: 1000 }, (_, i) => ({ ...reminder, to: `+49176${String(10_000_000 + i)}`, reference: `R${i}` }));
    const { outcomes, accepted } = await acceptBatch(database.db, caller, items, { now: t0, idempotencyKey: "tausend" });
    expect(accepted).toHaveLength(1000);
    expect(new Set(ids(outcomes)).size).toBe(1000);
    expect(await countOf(caller.practice.id)).toBe(1000);
    expect(await eventsOf(accepted.map((message) => message.id))).toHaveLength(1000);
    const [last] = await database.db.select().from(messages).where(eq(messages.id, ids(outcomes)[999]!));
    expect(last).toMatchObject({ recipient: "+4917610000999", clientReference: "R999", idempotencyKey: "tausend#999", status: "pending" });
  });

  it("refuses only the items to a patient who opted out, and holds items outside the sending window", async () => {
    const { caller } = await createCaller(database.db, { defaultSender: "Praxis" });
    await database.db.insert(optOuts).values({ practiceId: caller.practice.id, number: "+4917612345699" });
    // 08:00–20:00 in Berlin; 21:00 on 30 November is outside it.
    const windowed = { ...caller, practice: { ...caller.practice, quietHours: { start: 8 * 60, end: 20 * 60 } } };
    const items = [reminder, { ...reminder, to: "0176 12345699" }, { ...reminder, sendAt: "2026-11-30T21:00:00+01:00" }];
    const { outcomes } = await acceptBatch(database.db, windowed, items, { now: t0 });
    expect(codes(outcomes)).toEqual(["accepted", "recipient_opted_out", "accepted"]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { field: "to" } });
    const held = outcomes[2].ok ? outcomes[2].result.message : null;
    expect(held).toMatchObject({ heldForQuietHours: true, sendAt: new Date("2026-12-01T07:00:00Z") });
    const [row] = await database.db.select().from(messages).where(eq(messages.id, held!.id));
    expect(row).toMatchObject({ heldForQuietHours: true, sendAt: new Date("2026-12-01T07:00:00Z") });
    expect(await countOf(caller.practice.id)).toBe(2);
  });
});
