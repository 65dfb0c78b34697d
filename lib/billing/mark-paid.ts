import { and, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import { invoices } from "../../db/schema";

// Operators book payments (the bank statement, a transfer) by invoice number. Paying is the one
// change an issued invoice allows besides its delivery columns; marking twice changes nothing.

export const INVOICE_NUMBER_PATTERN = /^\d{4}-\d{6}$/;

export interface MarkPaidResult {
  paid: string[];
  alreadyPaid: { number: string; paidAt: Date }[];
  unknown: string[];
  /** Cancellations and cancelled invoices: nothing to pay. */
  refused: { number: string; reason: "cancellation" | "cancelled" }[];
}

const cancellations = alias(invoices, "cancellations");

export async function markInvoicesPaid(db: Database, numbers: string[], now = new Date()): Promise<MarkPaidResult> {
  const wanted = [...new Set(numbers)];
  return db.transaction(async (tx) => {
    const paid = await tx
      .update(invoices)
      .set({ status: "paid", paidAt: now })
      .where(
        and(
          inArray(invoices.number, wanted),
          eq(invoices.kind, "invoice"),
          eq(invoices.status, "issued"),
          isNull(invoices.paidAt),
          notExists(tx.select({ one: sql`1` }).from(cancellations).where(eq(cancellations.cancelsInvoiceId, invoices.id))),
        ),
      )
      .returning({ number: invoices.number });
    const paidNow = new Set(paid.map((row) => row.number));

    const rest = wanted.filter((number) => !paidNow.has(number));
    const found =
      rest.length === 0
        ? []
        : await tx
            .select({
              number: invoices.number,
              kind: invoices.kind,
              paidAt: invoices.paidAt,
              cancelledBy: cancellations.number,
            })
            .from(invoices)
            .leftJoin(cancellations, eq(cancellations.cancelsInvoiceId, invoices.id))
            .where(inArray(invoices.number, rest));
    const byNumber = new Map(found.map((row) => [row.number, row]));

    const result: MarkPaidResult = { paid: wanted.filter((number) => paidNow.has(number)), alreadyPaid: [], unknown: [], refused: [] };
    for (const number of rest) {
      const row = byNumber.get(number);
      if (!row) result.unknown.push(number);
      else if (row.kind === "cancellation") result.refused.push({ number, reason: "cancellation" });
      else if (row.paidAt) result.alreadyPaid.push({ number, paidAt: row.paidAt });
      else if (row.cancelledBy) result.refused.push({ number, reason: "cancelled" });
      else result.unknown.push(number);
    }
    return result;
  });
}
