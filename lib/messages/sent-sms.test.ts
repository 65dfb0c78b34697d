import { describe, expect, it } from "vitest";
import { insertMessage, createTestPractice } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { inboundMessages, locations, messageStatusEvents } from "../../db/schema";
import { csvFileName, streamSentSmsCsv } from "./sent-sms-csv";
import { findCurrentStatuses, findSentSmsDetail, listSentSms } from "./sent-sms";
import { parseSentSmsFilters, type SentSmsFilters } from "./sent-sms-filters";

const database = setUpTestDatabase();

const NOW = new Date("2026-08-19T14:30:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const daysAgo = (days: number) => minutesAgo(days * 24 * 60);
const filtersOf = (query: string) => parseSentSmsFilters(new URLSearchParams(query), "DE", NOW).filters;
const all: SentSmsFilters = filtersOf("");

async function listAll(practiceId: string, filters: SentSmsFilters, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await listSentSms(database.db, practiceId, filters, { cursor, limit });
    ids.push(...result.rows.map((row) => row.id));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error("paging does not end");
}

describe("listSentSms", () => {
  it("lists the last 60 days of the practice only, newest first", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const old = await insertMessage(database.db, practiceId, { createdAt: daysAgo(61) });
    const older = await insertMessage(database.db, practiceId, { createdAt: daysAgo(3) });
    const newer = await insertMessage(database.db, practiceId, { createdAt: minutesAgo(5) });
    await insertMessage(database.db, other, { createdAt: minutesAgo(1) });

    const { rows, nextCursor } = await listSentSms(database.db, practiceId, all);
    expect(rows.map((row) => row.id)).toEqual([newer.id, older.id]);
    expect(rows.map((row) => row.id)).not.toContain(old.id);
    expect(nextCursor).toBeNull();
  });

  it("pages by keyset, stable across equal timestamps and rows added meanwhile", async () => {
    const practiceId = await createTestPractice(database.db);
    const same = minutesAgo(10);
    const inserted = [];
    for (let i = 0; i < 7; i++) inserted.push(await insertMessage(database.db, practiceId, { createdAt: same }));
    inserted.push(await insertMessage(database.db, practiceId, { createdAt: minutesAgo(20) }));

    const first = await listSentSms(database.db, practiceId, all, { limit: 3 });
    // A message accepted meanwhile lands on top; the pages after the cursor do not move.
    await insertMessage(database.db, practiceId, { createdAt: minutesAgo(1) });
    const rest: string[] = [];
    for (let cursor = first.nextCursor; cursor; ) {
      const page = await listSentSms(database.db, practiceId, all, { cursor, limit: 3 });
      rest.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
    }
    const seen = [...first.rows.map((row) => row.id), ...rest];
    expect(seen).toHaveLength(8);
    expect(new Set(seen)).toEqual(new Set(inserted.map((row) => row.id)));
    expect(seen.at(-1)).toBe(inserted[7].id);
  });

  it("keeps messages apart that were accepted within the same millisecond", async () => {
    const practiceId = await createTestPractice(database.db);
    // Microseconds apart: a millisecond cursor would repeat or skip one of them.
    const base = minutesAgo(2);
    for (let i = 0; i < 4; i++) await insertMessage(database.db, practiceId, { createdAt: base });
    const ids = await listAll(practiceId, all, 1);
    expect(new Set(ids).size).toBe(4);
  });

  it("filters by status, date range, location, number and text", async () => {
    const practiceId = await createTestPractice(database.db);
    const [mitte] = await database.db.insert(locations).values({ practiceId, code: "mitte", name: "Praxis Mitte" }).returning();
    const delivered = await insertMessage(database.db, practiceId, { status: "delivered", createdAt: minutesAgo(5) });
    const inMitte = await insertMessage(database.db, practiceId, { locationId: mitte.id, createdAt: daysAgo(2) });
    const toNumber = await insertMessage(database.db, practiceId, { recipient: "+491711234567", createdAt: daysAgo(10) });
    const percent = await insertMessage(database.db, practiceId, { text: "Jetzt 100% Rabatt auf ZAHNREINIGUNG_plus", createdAt: daysAgo(20) });
    const ids = async (query: string) => (await listSentSms(database.db, practiceId, filtersOf(query))).rows.map((row) => row.id);

    expect(await ids("status=delivered")).toEqual([delivered.id]);
    expect(await ids(`standort=${mitte.id}`)).toEqual([inMitte.id]);
    expect(await ids("nummer=0171%2F123%204567")).toEqual([toNumber.id]);
    expect(await ids("nummer=%2B49%20171%201234567")).toEqual([toNumber.id]);
    expect(await ids("suche=zahnreinigung")).toEqual([percent.id]);
    // LIKE wildcards typed in the search are characters.
    expect(await ids("suche=100%25")).toEqual([percent.id]);
    expect(await ids("suche=1_0")).toEqual([]);
    expect(await ids("suche=g_p")).toEqual([percent.id]);
    // Berlin days: 14:30 UTC on 17.08. is in the day; "bis" includes its whole day.
    expect(await ids("von=2026-08-17&bis=2026-08-17")).toEqual([inMitte.id]);
    expect(await ids("von=2026-08-09")).toEqual([delivered.id, inMitte.id, toNumber.id]);
  });

  it("refuses filters it cannot read, in German", () => {
    const { errors } = parseSentSmsFilters(new URLSearchParams("status=weg&von=2026-02-30&nummer=030%20123456&standort=x"), "DE", NOW);
    expect(Object.keys(errors).sort()).toEqual(["nummer", "standort", "status", "von"]);
    expect(errors.nummer).toMatch(/keine Mobilfunknummer/);
    expect(parseSentSmsFilters(new URLSearchParams("von=2026-08-10&bis=2026-08-01"), "DE", NOW).errors.bis).toMatch(/vor dem Anfang/);
  });

  it("says when the current status was received", async () => {
    const practiceId = await createTestPractice(database.db);
    const message = await insertMessage(database.db, practiceId, { status: "delivered", createdAt: minutesAgo(5) });
    await database.db.insert(messageStatusEvents).values([
      { messageId: message.id, status: "sent", receivedAt: minutesAgo(4) },
      { messageId: message.id, status: "delivered", carrierStatus: "DELIVERED", receivedAt: minutesAgo(3) },
    ]);
    const [row] = (await listSentSms(database.db, practiceId, all)).rows;
    expect(row.statusAt).toEqual(minutesAgo(3));
  });
});

describe("findCurrentStatuses", () => {
  it("answers the practice's own ids, and refuses any other as not found", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const own = await insertMessage(database.db, practiceId, { status: "sent" });
    const foreign = await insertMessage(database.db, other);
    expect(await findCurrentStatuses(database.db, practiceId, [own.id])).toEqual([{ id: own.id, status: "sent", statusAt: null }]);
    await expect(findCurrentStatuses(database.db, practiceId, [own.id, foreign.id])).rejects.toMatchObject({ code: "not_found" });
    await expect(findCurrentStatuses(database.db, practiceId, ["kein-uuid"])).rejects.toMatchObject({ code: "not_found" });
    await expect(findCurrentStatuses(database.db, practiceId, [])).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("findSentSmsDetail", () => {
  it("has the history and the patient's reply to this message, not to others", async () => {
    const practiceId = await createTestPractice(database.db);
    const message = await insertMessage(database.db, practiceId, { createdAt: minutesAgo(30), status: "delivered" });
    const later = await insertMessage(database.db, practiceId, { createdAt: minutesAgo(10) });
    await database.db.insert(messageStatusEvents).values({ messageId: message.id, status: "delivered", carrierStatus: "DELIVERED", receivedAt: minutesAgo(29) });
    const reply = { practiceId, carrier: "sim", fromNumber: "+4917612345678", toNumber: "+4915100000000" };
    await database.db.insert(inboundMessages).values([
      { ...reply, inReplyToMessageId: message.id, carrierMessageId: "in-1", text: "Ich komme.", receivedAt: minutesAgo(20) },
      { ...reply, inReplyToMessageId: later.id, carrierMessageId: "in-2", text: "Anderes Thema", receivedAt: minutesAgo(5) },
    ]);
    const detail = await findSentSmsDetail(database.db, practiceId, message.id);
    expect(detail.message.id).toBe(message.id);
    expect(detail.history.map((event) => event.carrierStatus)).toEqual(["DELIVERED"]);
    expect(detail.replies.map((r) => r.text)).toEqual(["Ich komme."]);
  });

  it("does not find another practice's message or a malformed id", async () => {
    const practiceId = await createTestPractice(database.db);
    const foreign = await insertMessage(database.db, await createTestPractice(database.db));
    await expect(findSentSmsDetail(database.db, practiceId, foreign.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(findSentSmsDetail(database.db, practiceId, "nicht-da")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("streamSentSmsCsv", () => {
  it("streams every filtered row over several batches, after the BOM and the German header", async () => {
    const practiceId = await createTestPractice(database.db);
    const other = await createTestPractice(database.db);
    const same = minutesAgo(3);
    for (let i = 0; i < 7; i++) await insertMessage(database.db, practiceId, { createdAt: i < 4 ? same : minutesAgo(10 + i), text: `Termin ${i}` });
    await insertMessage(database.db, practiceId, { createdAt: minutesAgo(1), status: "delivered" });
    await insertMessage(database.db, other, { createdAt: minutesAgo(1) });

    const chunks: Uint8Array[] = [];
    const reader = streamSentSmsCsv(database.db, practiceId, filtersOf("status=pending"), { batchSize: 3 }).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) chunks.push(chunk.value);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toMatch(/^"Datum";"Uhrzeit";"Empfänger";"Absender";"Text";"Teile"/);
    expect(lines.slice(1, -1)).toHaveLength(7);
    expect(new Set(lines.slice(1, -1).map((line) => line.split(";").at(-1))).size).toBe(7);
    // Header, three batches of ≤ 3 rows: the stream never asked for everything at once.
    expect(chunks.length).toBe(4);
  });

  it("names the file with the German date", () => {
    expect(csvFileName(new Date("2026-08-19T23:30:00Z"))).toBe("gesendete-sms-2026-08-20.csv");
  });
});
