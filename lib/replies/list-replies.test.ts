import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inboundMessages } from "../../db/schema";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { listReplies } from "./list-replies";

const database = setUpTestDatabase();

async function reply(practiceId: string | null, receivedAt: string, values: Partial<typeof inboundMessages.$inferInsert> = {}) {
  const [row] = await database.db
    .insert(inboundMessages)
    .values({
      practiceId,
      carrier: "simulator",
      carrierMessageId: `mo-${Math.random()}`,
      fromNumber: "+4917612345606",
      toNumber: "+4915112345600",
      text: "Ich komme.",
      receivedAt: new Date(receivedAt),
      ...values,
    })
    .returning();
  return row;
}

describe("listReplies", () => {
  it("lists the practice's replies oldest first with the message and reference they answer", async () => {
    const practiceId = await createTestPractice(database.db);
    const original = await insertMessage(database.db, practiceId, { clientReference: "termin-4711" });
    const second = await reply(practiceId, "2026-11-27T09:00:00Z", { text: "Passt." });
    const first = await reply(practiceId, "2026-11-27T08:00:00Z", { inReplyToMessageId: original.id });

    const rows = await listReplies(database.db, practiceId, { limit: 10 });
    expect(rows).toEqual([
      { id: first.id, fromNumber: "+4917612345606", text: "Ich komme.", receivedAt: new Date("2026-11-27T08:00:00Z"), inReplyTo: { id: original.id, reference: "termin-4711" } },
      { id: second.id, fromNumber: "+4917612345606", text: "Passt.", receivedAt: new Date("2026-11-27T09:00:00Z"), inReplyTo: null },
    ]);
  });

  it("shows neither another practice's replies, nor unmatched ones, nor erased ones", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const othersMessage = await insertMessage(database.db, other);
    await reply(other, "2026-11-27T08:00:00Z");
    await reply(null, "2026-11-27T08:00:00Z");
    await reply(practiceId, "2026-09-01T08:00:00Z", { fromNumber: null, text: null, erasedAt: new Date("2026-11-01T00:00:00Z") });
    // A reply row pointing at another practice's message must not reveal it.
    const pointing = await reply(practiceId, "2026-11-27T08:30:00Z", { inReplyToMessageId: othersMessage.id });

    const rows = await listReplies(database.db, practiceId, { limit: 10 });
    expect(rows).toEqual([expect.objectContaining({ id: pointing.id, inReplyTo: null })]);
  });

  it("pages by time of receipt and id, so that replies received at the same instant are neither lost nor repeated", async () => {
    const practiceId = await createTestPractice(database.db);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await reply(practiceId, "2026-11-27T08:00:00Z")).id);
    ids.push((await reply(practiceId, "2026-11-27T08:00:01Z")).id);
    const seen: string[] = [];
    let after: { at: Date; id: string } | undefined;
    for (;;) {
      const page = await listReplies(database.db, practiceId, { after, limit: 2 });
      if (page.length === 0) break;
      seen.push(...page.map((row) => row.id));
      after = { at: page.at(-1)!.receivedAt, id: page.at(-1)!.id };
    }
    expect(seen.toSorted()).toEqual(ids.toSorted());
    expect(seen.at(-1)).toBe(ids.at(-1));
  });

  it("lists only replies received since a time", async () => {
    const practiceId = await createTestPractice(database.db);
    await reply(practiceId, "2026-11-27T07:59:59Z");
    const recent = await reply(practiceId, "2026-11-27T08:00:00Z");
    const rows = await listReplies(database.db, practiceId, { since: new Date("2026-11-27T08:00:00Z"), limit: 10 });
    expect(rows.map((row) => row.id)).toEqual([recent.id]);
    expect(await database.db.select().from(inboundMessages).where(eq(inboundMessages.practiceId, practiceId))).toHaveLength(2);
  });
});
