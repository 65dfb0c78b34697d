import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices } from "../../db/schema";
import { createTestPractice } from "../../db/testing/fixtures";
import { insertCancellation, insertInvoice } from "../../db/testing/invoice-rows";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { markInvoicesPaid } from "./mark-paid";

const database = setUpTestDatabase();

const statusOf = async (number: string) => {
  const [row] = await database.db.select({ status: invoices.status, paidAt: invoices.paidAt }).from(invoices).where(eq(invoices.number, number));
  return row;
};

describe("marking invoices paid", () => {
  it("marks open invoices paid once; names the already paid, the unknown, cancellations and cancelled ones", async () => {
    const db = database.db;
    const practiceId = await createTestPractice(db);
    const open = await insertInvoice(db, practiceId);
    const second = await insertInvoice(db, practiceId, { periodStart: "2026-09-01", periodEnd: "2026-09-30" });
    const cancelled = await insertInvoice(db, practiceId, { periodStart: "2026-08-01", periodEnd: "2026-08-31" });
    const cancellation = await insertCancellation(db, cancelled);

    const first = new Date("2026-11-08T10:00:00Z");
    const result = await markInvoicesPaid(db, [open.number, second.number, open.number, "2026-999999", cancellation.number, cancelled.number], first);
    expect(result).toEqual({
      paid: [open.number, second.number],
      alreadyPaid: [],
      unknown: ["2026-999999"],
      refused: [
        { number: cancellation.number, reason: "cancellation" },
        { number: cancelled.number, reason: "cancelled" },
      ],
    });
    expect(await statusOf(open.number)).toEqual({ status: "paid", paidAt: first });
    expect(await statusOf(cancelled.number)).toEqual({ status: "issued", paidAt: null });

    const again = await markInvoicesPaid(db, [open.number], new Date("2026-11-20T10:00:00Z"));
    expect(again).toEqual({ paid: [], alreadyPaid: [{ number: open.number, paidAt: first }], unknown: [], refused: [] });
    expect(await statusOf(open.number)).toEqual({ status: "paid", paidAt: first });
  });
});
