import { describe, expect, it } from "vitest";
import { inboundMessages } from "../../db/schema";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { countUnreadReplies, listReplies, markRepliesRead } from "./replies";

const database = setUpTestDatabase();

const now = new Date("2026-11-26T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const patient = "+4917612345606";
let carrierIds = 0;

async function insertReply(values: Partial<typeof inboundMessages.$inferInsert>) {
  const [row] = await database.db
    .insert(inboundMessages)
    .values({ carrier: "simulator", carrierMessageId: `in-${++carrierIds}`, fromNumber: patient, toNumber: "+4915112345000", text: "Ja, ich komme.", ...values })
    .returning();
  return row;
}

describe("listReplies", () => {
  it("lists the practice's replies of the last 60 days, newest first, each with the message it answers", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const older = await insertMessage(database.db, practiceId, { recipient: patient, text: "Termin am Montag", createdAt: daysAgo(5) });
    const latest = await insertMessage(database.db, practiceId, { recipient: patient, text: "Termin am Dienstag", createdAt: daysAgo(3) });
    // Sent after the reply: not what the patient answered.
    await insertMessage(database.db, practiceId, { recipient: patient, text: "Termin am Freitag", createdAt: daysAgo(1) });
    await insertMessage(database.db, other, { recipient: patient, text: "Fremde Praxis", createdAt: daysAgo(2) });

    const matched = await insertReply({ practiceId, inReplyToMessageId: older.id, text: "Montag passt", receivedAt: daysAgo(4) });
    const unmatched = await insertReply({ practiceId, text: "Dienstag passt", receivedAt: daysAgo(2) });
    const stranger = await insertReply({ practiceId, fromNumber: "+4917600000000", text: "Wer ist da?", receivedAt: daysAgo(1), readAt: daysAgo(1) });
    await insertReply({ practiceId, text: "Zu alt", receivedAt: daysAgo(61) });
    await insertReply({ practiceId: other, text: "Andere Praxis", receivedAt: daysAgo(1) });

    const { replies } = await listReplies(database.db, practiceId, { now });
    expect(replies.map((reply) => reply.id)).toEqual([stranger.id, unmatched.id, matched.id]);
    expect(replies[0]).toMatchObject({ original: null, readAt: daysAgo(1) });
    expect(replies[1]).toMatchObject({ text: "Dienstag passt", readAt: null, original: { id: latest.id, text: "Termin am Dienstag", sender: "Praxis" } });
    expect(replies[2].original).toMatchObject({ id: older.id, text: "Termin am Montag" });
  });

  it("pages newest first without skipping or repeating replies of the same moment, split across two pages", async () => {
    const practiceId = await createTestPractice(database.db);
    const sameMoment = daysAgo(2);
    const ids = [
      (await insertReply({ practiceId, receivedAt: daysAgo(1) })).id,
      ...[await insertReply({ practiceId, receivedAt: sameMoment }), await insertReply({ practiceId, receivedAt: sameMoment })].map((reply) => reply.id).sort().reverse(),
      (await insertReply({ practiceId, receivedAt: daysAgo(3) })).id,
    ];
    const first = await listReplies(database.db, practiceId, { now, limit: 2 });
    const second = await listReplies(database.db, practiceId, { now, limit: 2, cursor: first.nextCursor });
    expect([...first.replies, ...second.replies].map((reply) => reply.id)).toEqual(ids);
    expect(first.nextCursor).not.toBeNull();
    expect(second.nextCursor).toBeNull();
    // A cursor that is not ours starts at the top.
    expect((await listReplies(database.db, practiceId, { now, limit: 2, cursor: "x' or 1=1" })).replies.map((reply) => reply.id)).toEqual(ids.slice(0, 2));
  });
});

describe("unread marks", () => {
  it("marks only unread replies read, keeps the first reading, and counts what is left", async () => {
    const practiceId = await createTestPractice(database.db);
    const first = await insertReply({ practiceId, receivedAt: daysAgo(1) });
    const second = await insertReply({ practiceId, receivedAt: daysAgo(1) });
    const seen = await insertReply({ practiceId, receivedAt: daysAgo(2), readAt: daysAgo(2) });
    expect(await countUnreadReplies(database.db, practiceId, now)).toBe(2);

    expect(await markRepliesRead(database.db, practiceId, [first.id, seen.id], now)).toBe(1);
    expect(await countUnreadReplies(database.db, practiceId, now)).toBe(1);
    const byId = new Map((await listReplies(database.db, practiceId, { now })).replies.map((reply) => [reply.id, reply.readAt]));
    expect(byId.get(first.id)).toEqual(now);
    expect(byId.get(second.id)).toBeNull();
    expect(byId.get(seen.id)).toEqual(daysAgo(2));
  });

  it("refuses another practice's reply as not found, and marks nothing", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const own = await insertReply({ practiceId, receivedAt: daysAgo(1) });
    const foreign = await insertReply({ practiceId: other, receivedAt: daysAgo(1) });
    await expect(markRepliesRead(database.db, practiceId, [own.id, foreign.id], now)).rejects.toMatchObject({ code: "not_found" });
    expect(await countUnreadReplies(database.db, practiceId, now)).toBe(1);
    expect(await countUnreadReplies(database.db, other, now)).toBe(1);
  });
});
