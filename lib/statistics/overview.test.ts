import { describe, expect, it } from "vitest";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { rollUpDailyUsage } from "../billing/daily-usage";
import { maskPhoneNumber } from "../sms/phone-number";
import { deliveryRate } from "./delivery-rate";
import { countScheduled, findLatestUndelivered, findMonthToDate, findRecentOutcomes } from "./overview";

const database = setUpTestDatabase();
const now = new Date("2026-11-27T10:00:00Z");

describe("Übersicht figures", () => {
  it("sums this Berlin month's parts and price", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const other = await createTestPractice(db);
    // 00:30 on 1 November in Berlin: this month; 23:30 on 31 October: last month.
    await insertMessage(db, practiceId, { createdAt: new Date("2026-10-31T23:30:00Z"), segments: 2, priceCents: 16 });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-10-31T22:30:00Z"), segments: 5, priceCents: 40 });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-26T12:00:00Z"), segments: 1, priceCents: 8 });
    await insertMessage(db, other, { createdAt: new Date("2026-11-26T12:00:00Z"), segments: 9, priceCents: 72 });
    await rollUpDailyUsage(db, now, 40);

    const month = await findMonthToDate(db, practiceId, now);
    expect(month).toEqual({ messages: 2, parts: 3, priceCents: 24 });
  });

  it("has no delivery rate without messages", async () => {
    const practiceId = await createTestPractice(database.db);
    const outcomes = await findRecentOutcomes(database.db, practiceId, now);
    expect(outcomes).toEqual({ delivered: 0, undelivered: 0 });
    expect(deliveryRate(outcomes)).toBeNull();
  });

  it("rates delivery over the last 7 days only", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-25T10:00:00Z"), status: "delivered" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-25T10:00:00Z"), status: "delivered" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-25T10:00:00Z"), status: "delivered" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-25T10:00:00Z"), status: "undelivered" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-25T10:00:00Z"), status: "sent" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-01T10:00:00Z"), status: "undelivered" });
    expect(deliveryRate(await findRecentOutcomes(db, practiceId, now))).toBe(0.75);
  });

  it("lists the five latest undelivered messages with masked numbers, and counts the scheduled ones", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const other = await createTestPractice(db);
    for (let i = 1; i <= 6; i++) {
      await insertMessage(db, practiceId, {
        status: "undelivered",
        statusReason: `Grund ${i}`,
        recipient: "+4917112344567",
        finalAt: new Date(Date.UTC(2026, 10, 20 + i)),
      });
    }
    await insertMessage(db, other, { status: "undelivered", finalAt: new Date("2026-11-27T09:00:00Z") });
    await insertMessage(db, practiceId, { status: "pending", sendAt: new Date("2026-12-01T08:00:00Z") });
    await insertMessage(db, practiceId, { status: "queued" });
    await insertMessage(db, practiceId, { status: "sent" });
    await insertMessage(db, other, { status: "pending" });

    const latest = await findLatestUndelivered(db, practiceId);
    expect(latest.map((m) => m.reason)).toEqual(["Grund 6", "Grund 5", "Grund 4", "Grund 3", "Grund 2"]);
    expect(latest[0].recipient).toBe(maskPhoneNumber("+4917112344567"));
    expect(latest[0].recipient).not.toContain("1234");
    expect(await countScheduled(db, practiceId)).toBe(2);
  });
});
