import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages } from "../../db/schema";
import { createCaller } from "../../db/testing/fixtures";
import { createSandboxCaller } from "../../db/testing/sandbox-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { toApiMessage } from "./serialize-message";
import { DomainError } from "../errors/domain-error";
import { acceptBatch } from "../messages/accept-batch";
import { monthlyPartsUsed } from "../messages/accept-message";
import { sendOne } from "../messages/send-one";
import { findSentSmsDetail, listSentSms } from "../messages/sent-sms";
import { csvRow } from "../messages/sent-sms-csv";
import { parseSentSmsFilters } from "../messages/sent-sms-filters";

// A test key (pb_test_…) is the same API with the same answers, but its messages are stored as
// sandbox, at price 0, and the practice's monthly limit neither counts nor refuses them.

const database = setUpTestDatabase();

const reminder = { to: "+4917612345600", text: "Ihr Termin ist morgen um 10 Uhr." };
const rowsOf = (ids: string[]) => database.db.select().from(messages).where(inArray(messages.id, ids));

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("a message sent with a test key", () => {
  it("is stored as sandbox at price 0 under the test key, and answered with sandbox: true and 0.00", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    expect(test.sandbox).toBe(true);
    expect(live.sandbox).toBe(false);
    const { message } = await sendOne(database.db, test, reminder);
    const [row] = await rowsOf([message.id]);
    expect(row).toMatchObject({ sandbox: true, priceCents: 0, apiKeyId: test.apiKeyId, status: "pending" });
    expect(toApiMessage(message)).toMatchObject({ sandbox: true, price: { amount: "0.00", currency: "EUR" }, status: "pending", segments: 1 });

    const { message: real } = await sendOne(database.db, live, reminder);
    expect(toApiMessage(real)).toMatchObject({ sandbox: false });
    expect(Number(toApiMessage(real).price.amount)).toBeGreaterThan(0);
  });

  it("neither uses up nor is refused by the practice's monthly limit", async () => {
    const { caller: live } = await createCaller(database.db, { monthlyPartLimit: 1 });
    const { caller: test } = await createSandboxCaller(database.db, live);
    expect(await codeOf(sendOne(database.db, test, reminder))).toBe("accepted");
    expect(await monthlyPartsUsed(database.db, live.practice.id, new Date())).toBe(0);
    // The one live part still fits after a test message…
    expect(await codeOf(sendOne(database.db, live, reminder))).toBe("accepted");
    expect(await codeOf(sendOne(database.db, live, reminder))).toBe("monthly_limit_reached");
    // …and a test message still goes through once the live limit is reached.
    expect(await codeOf(sendOne(database.db, test, reminder))).toBe("accepted");
  });
});

describe("a batch sent with a test key", () => {
  it("stores every item as sandbox at price 0, beyond the monthly limit too", async () => {
    const { caller: live } = await createCaller(database.db, { monthlyPartLimit: 1 });
    const { caller: test } = await createSandboxCaller(database.db, live);
    const { outcomes, accepted } = await acceptBatch(database.db, test, [reminder, { ...reminder, to: "+4917612345601" }, { ...reminder, to: "+4917612345602" }]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(accepted.map((message) => toApiMessage(message))).toEqual([
      expect.objectContaining({ sandbox: true, price: { amount: "0.00", currency: "EUR" } }),
      expect.objectContaining({ sandbox: true, price: { amount: "0.00", currency: "EUR" } }),
      expect.objectContaining({ sandbox: true, price: { amount: "0.00", currency: "EUR" } }),
    ]);
    const rows = await database.db.select().from(messages).where(eq(messages.practiceId, live.practice.id));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.sandbox && row.priceCents === 0)).toBe(true);
  });
});

describe("the portal's sent SMS", () => {
  it("marks a test-key message in the list, the detail and the CSV", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    const { message: sandboxed } = await sendOne(database.db, test, reminder);
    const { message: real } = await sendOne(database.db, live, reminder);
    const now = new Date();
    const { filters } = parseSentSmsFilters(new URLSearchParams(), "DE", now);
    const { rows } = await listSentSms(database.db, live.practice.id, filters);
    expect(rows.map((row) => [row.id, row.sandbox])).toEqual([
      [real.id, false],
      [sandboxed.id, true],
    ]);
    expect((await findSentSmsDetail(database.db, live.practice.id, sandboxed.id)).message).toMatchObject({ sandbox: true, priceCents: 0 });
    expect(csvRow(rows[1])).toContain(`"0,00";"Test";"${sandboxed.id}"`);
    expect(csvRow(rows[0])).toContain(`;"";"${real.id}"`);
  });
});

describe("an Idempotency-Key used with a test key and then with a live key", () => {
  it("creates a live message, not a replay of the test message", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    const first = await sendOne(database.db, test, reminder, "termin-4711");
    expect((await sendOne(database.db, test, reminder, "termin-4711")).replayed).toBe(true);
    const real = await sendOne(database.db, live, reminder, "termin-4711");
    expect(real).toMatchObject({ replayed: false, message: { sandbox: false } });
    expect(real.message.id).not.toBe(first.message.id);
    const batch = await acceptBatch(database.db, test, [reminder], { idempotencyKey: "stapel-1" });
    const liveBatch = await acceptBatch(database.db, live, [reminder], { idempotencyKey: "stapel-1" });
    expect(liveBatch.accepted).toEqual([expect.objectContaining({ sandbox: false })]);
    expect(liveBatch.accepted[0].id).not.toBe(batch.accepted[0].id);
  });
});
