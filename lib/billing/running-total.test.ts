import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { practices, replyNumbers } from "../../db/schema";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { formatCents, PRICE_LIST } from "./price-list";
import { computeRunningTotal, describeRunningTotal, formatRunningTotal } from "./running-total";

const database = setUpTestDatabase();
const now = new Date("2026-11-27T10:00:00Z");

async function practiceWithTrialEnd(trialEndsAt: Date) {
  const practiceId = await createTestPractice(database.db);
  await database.db.update(practices).set({ trialEndsAt }).where(eq(practices.id, practiceId));
  return practiceId;
}

describe("this month so far", () => {
  it("is nothing in the trial month", async () => {
    const practiceId = await practiceWithTrialEnd(new Date("2027-01-01T00:00:00+01:00"));
    await insertMessage(database.db, practiceId, { createdAt: new Date("2026-11-26T12:00:00Z"), segments: 2, priceCents: 16 });
    const total = await computeRunningTotal(database.db, practiceId, now);
    expect(total).toEqual({ trial: true, netCents: 0, lines: [] });
    expect(formatRunningTotal(total)).toBe(`${formatCents(0)} – Gratismonat`);
  });

  it("after the trial: base fee, this month's billed parts and the reply number, as the invoice will say", async () => {
    const { db } = database;
    const practiceId = await practiceWithTrialEnd(new Date("2026-10-01T00:00:00+02:00"));
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-26T12:00:00Z"), segments: 2, priceCents: 16 });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-02T12:00:00Z"), segments: 3, priceCents: 24, status: "undelivered" });
    // Not billed: cancelled before hand-over, last month's, and another practice's.
    await insertMessage(db, practiceId, { createdAt: new Date("2026-11-03T12:00:00Z"), segments: 4, priceCents: 32, status: "cancelled" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-10-31T22:30:00Z"), segments: 5, priceCents: 40 });
    await insertMessage(db, await createTestPractice(db), { createdAt: new Date("2026-11-26T12:00:00Z"), segments: 9, priceCents: 72 });
    await db.insert(replyNumbers).values({ number: "+4915112345699", practiceId, assignedAt: new Date("2026-11-10T09:00:00Z") });

    const total = await computeRunningTotal(db, practiceId, now);
    expect(total.trial).toBe(false);
    expect(total.netCents).toBe(PRICE_LIST.baseFeeCents + 5 * PRICE_LIST.perPartCents + PRICE_LIST.replyNumberCents);
    expect(formatRunningTotal(total)).toBe(formatCents(total.netCents));
    expect(describeRunningTotal(total)).toBe(`Grundgebühr ${formatCents(1900)} · 5 SMS-Teile ${formatCents(40)} · Antwortnummer ${formatCents(900)}`);
  });

  it("bills the base fee in a month without messages", async () => {
    const practiceId = await practiceWithTrialEnd(new Date("2026-11-01T00:00:00+01:00"));
    const total = await computeRunningTotal(database.db, practiceId, now);
    expect(total.netCents).toBe(PRICE_LIST.baseFeeCents);
  });
});
