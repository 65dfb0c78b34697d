import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { locations, messages, practices } from "../../db/schema";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { rollUpDailyUsage } from "../billing/daily-usage";
import { ACTIVITY_DAYS, hasActivity, loadActivity } from "./activity";
import { activityCsv } from "./activity-csv";

const database = setUpTestDatabase();
const now = new Date("2026-11-27T10:00:00Z");

async function practiceWithHistory() {
  const { db } = database;
  const practiceId = await createTestPractice(db);
  await db.update(practices).set({ createdAt: new Date("2026-08-20T09:00:00Z") }).where(eq(practices.id, practiceId));
  const [nord] = await db.insert(locations).values({ practiceId, code: "nord", name: "Praxis Nord" }).returning();
  const [sued] = await db.insert(locations).values({ practiceId, code: "sued", name: "Praxis Süd" }).returning();
  const at = (iso: string) => new Date(iso);
  // 00:30 on 1 September in Berlin (summer time): September.
  await insertMessage(db, practiceId, { createdAt: at("2026-08-31T22:30:00Z"), segments: 1, status: "delivered" });
  await insertMessage(db, practiceId, { createdAt: at("2026-09-15T08:00:00Z"), segments: 1, status: "delivered" });
  // 23:30 on 31 October in Berlin (winter time): October.
  await insertMessage(db, practiceId, { createdAt: at("2026-10-31T22:30:00Z"), segments: 1, status: "undelivered", locationId: sued.id });
  // 23:30 UTC on the last day of October is 00:30 on 1 November in Berlin: November.
  await insertMessage(db, practiceId, { createdAt: at("2026-10-31T23:30:00Z"), segments: 2, status: "delivered", locationId: nord.id });
  await insertMessage(db, practiceId, { createdAt: at("2026-11-27T08:00:00Z"), segments: 3, status: "pending", locationId: nord.id });
  await insertMessage(db, practiceId, { createdAt: at("2026-11-27T08:05:00Z"), segments: 4, status: "cancelled" });

  const other = await createTestPractice(db);
  await insertMessage(db, other, { createdAt: at("2026-11-27T08:00:00Z"), segments: 7, status: "undelivered" });

  await rollUpDailyUsage(db, now, 120);
  return practiceId;
}

describe("loadActivity", () => {
  it("counts messages and parts per Berlin day, month and location from the roll-up", async () => {
    const practiceId = await practiceWithHistory();
    const activity = await loadActivity(database.db, practiceId, now);

    expect(activity.months).toEqual([
      { month: "2026-08", messages: 0, parts: 0, delivered: 0, undelivered: 0, open: 0 },
      { month: "2026-09", messages: 2, parts: 2, delivered: 2, undelivered: 0, open: 0 },
      { month: "2026-10", messages: 1, parts: 1, delivered: 0, undelivered: 1, open: 0 },
      { month: "2026-11", messages: 2, parts: 5, delivered: 1, undelivered: 0, open: 1 },
    ]);

    expect(activity.days).toHaveLength(ACTIVITY_DAYS);
    expect(activity.days[0].day).toBe("2026-09-29");
    const day = (d: string) => activity.days.find((row) => row.day === d);
    expect(day("2026-10-31")).toEqual({ day: "2026-10-31", messages: 1, parts: 1, delivered: 0, undelivered: 1, open: 0 });
    expect(day("2026-11-01")).toEqual({ day: "2026-11-01", messages: 1, parts: 2, delivered: 1, undelivered: 0, open: 0 });
    expect(day("2026-11-27")).toEqual({ day: "2026-11-27", messages: 1, parts: 3, delivered: 0, undelivered: 0, open: 1 });
    expect(day("2026-11-15")).toEqual({ day: "2026-11-15", messages: 0, parts: 0, delivered: 0, undelivered: 0, open: 0 });

    expect(activity.locations).toEqual([
      { location: { code: "nord", name: "Praxis Nord" }, messages: 2, parts: 5 },
      { location: { code: "sued", name: "Praxis Süd" }, messages: 1, parts: 1 },
      { location: null, messages: 2, parts: 2 },
    ]);

    expect(activity.totals).toEqual({ messages: 3, parts: 6, delivered: 1, undelivered: 1, open: 1, deliveryRate: 0.5 });
    expect(hasActivity(activity)).toBe(true);
  });

  it("keeps the outcomes of months whose texts are long erased", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    await db.update(practices).set({ createdAt: new Date("2026-01-10T09:00:00Z") }).where(eq(practices.id, practiceId));
    await insertMessage(db, practiceId, { createdAt: new Date("2026-02-03T09:00:00Z"), segments: 2, status: "delivered", text: null, recipient: null });
    await rollUpDailyUsage(db, now, 365);
    const activity = await loadActivity(db, practiceId, now);
    expect(activity.months.find((m) => m.month === "2026-02")).toEqual({ month: "2026-02", messages: 1, parts: 2, delivered: 1, undelivered: 0, open: 0 });
  });

  it("recounts the day of a message scheduled weeks ago when its final report arrives", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const acceptedAt = new Date("2026-10-01T08:00:00Z");
    await db.update(practices).set({ createdAt: new Date("2026-09-10T09:00:00Z") }).where(eq(practices.id, practiceId));
    const { id } = await insertMessage(db, practiceId, { createdAt: acceptedAt, segments: 1, status: "sent" });
    await rollUpDailyUsage(db, acceptedAt);
    const day = async () => (await loadActivity(db, practiceId, now)).months.find((m) => m.month === "2026-10");
    expect(await day()).toMatchObject({ messages: 1, delivered: 0, open: 1 });

    await db.update(messages).set({ status: "delivered", finalAt: new Date(now.getTime() - 60_000) }).where(eq(messages.id, id));
    await rollUpDailyUsage(db, now);
    expect(await day()).toMatchObject({ messages: 1, delivered: 1, open: 0 });
  });

  it("writes the months with their outcomes as a German CSV", async () => {
    const practiceId = await practiceWithHistory();
    const lines = activityCsv(await loadActivity(database.db, practiceId, now), "monate").split("\r\n");
    expect(lines[0]).toBe("\uFEFFMonat;SMS;SMS-Teile;Zugestellt;Nicht ausgeliefert;Ohne abschließenden Status;Zustellquote (%)");
    expect(lines).toContain("Oktober 2026;1;1;0;1;0;0,0");
  });

  it("has an empty state and no delivery rate without messages", async () => {
    const practiceId = await createTestPractice(database.db);
    const activity = await loadActivity(database.db, practiceId, new Date());
    expect(hasActivity(activity)).toBe(false);
    expect(activity.totals.deliveryRate).toBeNull();
    expect(activity.locations).toEqual([]);
    expect(activity.months.every((month) => month.messages === 0)).toBe(true);
  });

  it("writes the days as a German CSV", async () => {
    const practiceId = await practiceWithHistory();
    const csv = activityCsv(await loadActivity(database.db, practiceId, now), "tage");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFTag;SMS;SMS-Teile;Zugestellt;Nicht ausgeliefert;Ohne abschließenden Status;Zustellquote (%)");
    expect(lines).toContain("01.11.2026;1;2;1;0;0;100,0");
    expect(lines).toContain("27.11.2026;1;3;0;0;1;");
    expect(lines).toHaveLength(ACTIVITY_DAYS + 2);
  });
});
