import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dailyUsage, invoices, messages } from "../../db/schema";
import { createCaller, insertMessage } from "../../db/testing/fixtures";
import { createSandboxCaller } from "../../db/testing/sandbox-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { acceptMessage } from "../messages/accept-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import type { PracticeContext } from "../practices/practice-context";
import { findLatestUndelivered, findMonthToDate, findRecentOutcomes } from "../statistics/overview";
import { startOfBerlinDay } from "../time/berlin";
import { rollUpDailyUsage } from "./daily-usage";
import { invoicePractice } from "./invoicing/run";
import { testInvoicingDeps } from "./invoicing/testing";
import { computeRunningTotal } from "./running-total";

// Test-key (sandbox) messages are never billed and stay out of every statistic: the invoice,
// "Bisher diesen Monat", the daily usage roll-up and the overview's counts.

const database = setUpTestDatabase();

const acceptedAt = new Date("2026-10-12T08:00:00Z");

async function accept(caller: PracticeContext, text: string, to = "+4917612345600") {
  return (await acceptMessage(database.db, caller, validateSmsRequest({ to, text }, caller.practice, acceptedAt), { now: acceptedAt })).message;
}

/** A practice billed from September on, with one live and one test key, and a month of both. */
async function practiceWithBoth() {
  const { caller: live } = await createCaller(database.db, { trialEndsAt: startOfBerlinDay(2026, 9, 1), street: "Hauptstraße 5", postalCode: "10115", city: "Berlin" });
  const { caller: test } = await createSandboxCaller(database.db, live);
  const real = await accept(live, "a".repeat(200), "+4917612345678");
  await accept(test, "a".repeat(200));
  await accept(test, "Ihr Termin ist morgen um 10 Uhr.", "+4917612345602");
  // Even a test message that somehow carries a price (a row from before prices were zeroed) is not billed.
  await insertMessage(database.db, live.practice.id, { sandbox: true, priceCents: 9, createdAt: acceptedAt, sendAt: acceptedAt });
  return { live, test, real };
}

describe("invoicing a month with live and test messages", () => {
  it("bills only the live ones", async () => {
    const { live, real } = await practiceWithBoth();
    await invoicePractice(testInvoicingDeps(database.db, new Date("2026-11-01T02:00:00Z")), live.practice.id, { year: 2026, month: 10 });
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.practiceId, live.practice.id));
    const parts = invoice.document.lines.find((line) => line.kind === "sms_parts")!;
    expect(parts).toMatchObject({ quantity: real.segments, totalCents: real.priceCents });
    expect(invoice.netCents).toBe(1900 + real.priceCents);
  });

  it("shows only the live ones in „Bisher diesen Monat“", async () => {
    const { live, real } = await practiceWithBoth();
    const total = await computeRunningTotal(database.db, live.practice.id, new Date("2026-10-20T10:00:00Z"));
    expect(total.lines.find((line) => line.kind === "sms_parts")).toMatchObject({ quantity: real.segments, totalCents: real.priceCents });
  });
});

describe("statistics", () => {
  it("roll up and count only live messages", async () => {
    const { live, real } = await practiceWithBoth();
    // Every message of the practice reached a final status, the test ones too.
    await database.db.update(messages).set({ status: "undelivered", finalAt: acceptedAt }).where(eq(messages.practiceId, live.practice.id));
    const now = new Date("2026-10-12T10:00:00Z");
    await rollUpDailyUsage(database.db, now);
    const usage = await database.db.select().from(dailyUsage).where(eq(dailyUsage.practiceId, live.practice.id));
    expect(usage).toEqual([expect.objectContaining({ messages: 1, segments: real.segments, priceCents: real.priceCents, undelivered: 1 })]);
    expect(await findMonthToDate(database.db, live.practice.id, now)).toEqual({ messages: 1, parts: real.segments, priceCents: real.priceCents });
    expect(await findRecentOutcomes(database.db, live.practice.id, now)).toEqual({ delivered: 0, undelivered: 1 });
    expect((await findLatestUndelivered(database.db, live.practice.id)).map((message) => message.id)).toEqual([real.id]);
  });
});
