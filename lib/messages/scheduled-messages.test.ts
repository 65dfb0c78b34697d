import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages } from "../../db/schema";
import { createTestPractice, insertMessage, messageRow } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { describeRemoval, listScheduledMessages, removeScheduledMessages } from "./scheduled-messages";

const database = setUpTestDatabase();

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

describe("listScheduledMessages", () => {
  it("lists pending and queued-between-retries messages of the practice, soonest first", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const later = await insertMessage(database.db, practiceId, { sendAt: hours(5) });
    const soon = await insertMessage(database.db, practiceId, { sendAt: hours(1) });
    const retrying = await insertMessage(database.db, practiceId, { sendAt: hours(-1), status: "queued", attempts: 1 });
    await insertMessage(database.db, practiceId, { sendAt: hours(-1), status: "queued", submitting: true });
    await insertMessage(database.db, practiceId, { sendAt: hours(-2), status: "sent", handedOverAt: hours(-2) });
    await insertMessage(database.db, practiceId, { sendAt: hours(2), status: "cancelled" });
    await insertMessage(database.db, other, { sendAt: hours(1) });

    const listed = await listScheduledMessages(database.db, practiceId);
    expect(listed.map((row) => row.id)).toEqual([retrying.id, soon.id, later.id]);
    expect(listed[0]).toMatchObject({ status: "queued", attempts: 1, sender: "Praxis" });
  });

  it("is empty for a practice without scheduled messages", async () => {
    const practiceId = await createTestPractice(database.db);
    expect(await listScheduledMessages(database.db, practiceId)).toEqual([]);
  });
});

describe("removeScheduledMessages", () => {
  it("counts a message handed over since the list was shown as on its way, never as removed", async () => {
    const practiceId = await createTestPractice(database.db);
    const first = await insertMessage(database.db, practiceId, { sendAt: hours(1) });
    const second = await insertMessage(database.db, practiceId, { sendAt: hours(2) });
    const handedOver = await insertMessage(database.db, practiceId, { sendAt: hours(-1) });
    const inCarrierCall = await insertMessage(database.db, practiceId, { sendAt: hours(-1) });
    const listed = (await listScheduledMessages(database.db, practiceId)).map((row) => row.id);
    expect(listed).toHaveLength(4);
    // Between the page and the click the dispatcher took two of them.
    await database.db.update(messages).set({ status: "sent", handedOverAt: new Date(), carrier: "fake" }).where(eq(messages.id, handedOver.id));
    await database.db.update(messages).set({ status: "queued", submitting: true }).where(eq(messages.id, inCarrierCall.id));

    const outcome = await removeScheduledMessages(database.db, practiceId, listed);
    expect(outcome).toEqual({ removed: [first.id, second.id], alreadyOnTheirWay: 2, gone: 0 });
    expect(describeRemoval(outcome)).toBe("2 entfernt, 2 waren schon unterwegs und werden versendet.");
    expect((await messageRow(database.db, first.id)).status).toBe("cancelled");
    expect((await messageRow(database.db, second.id)).status).toBe("cancelled");
    expect((await messageRow(database.db, handedOver.id)).status).toBe("sent");
    expect(await messageRow(database.db, inCarrierCall.id)).toMatchObject({ status: "queued", submitting: true });
  });

  it("counts a message removed meanwhile by someone else as gone, and removes the rest", async () => {
    const practiceId = await createTestPractice(database.db);
    const one = await insertMessage(database.db, practiceId, { sendAt: hours(1) });
    const two = await insertMessage(database.db, practiceId, { sendAt: hours(1) });
    await removeScheduledMessages(database.db, practiceId, [one.id]);
    const outcome = await removeScheduledMessages(database.db, practiceId, [one.id, two.id, two.id]);
    expect(outcome).toEqual({ removed: [two.id], alreadyOnTheirWay: 0, gone: 1 });
    expect(describeRemoval(outcome)).toBe("1 entfernt, 1 war schon gelöscht.");
  });

  it("refuses a selection holding another practice's message, and cancels nothing", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const own = await insertMessage(database.db, practiceId, { sendAt: hours(1) });
    const foreign = await insertMessage(database.db, other, { sendAt: hours(1) });
    await expect(removeScheduledMessages(database.db, practiceId, [own.id, foreign.id])).rejects.toMatchObject({ code: "not_found" });
    await expect(removeScheduledMessages(database.db, practiceId, ["kein-uuid"])).rejects.toMatchObject({ code: "not_found" });
    expect((await messageRow(database.db, own.id)).status).toBe("pending");
    expect((await messageRow(database.db, foreign.id)).status).toBe("pending");
  });
});
