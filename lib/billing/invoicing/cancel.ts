import { sql } from "drizzle-orm";
import { selectRows } from "../../../db/rows";
import { DomainError } from "../../errors/domain-error";
import { berlinDayString } from "../../time/berlin";
import type { InvoiceDocument } from "../invoice-document";
import type { InvoicingDeps } from "./deps";
import { takeInvoiceNumber } from "./numbering";
import { storeInvoice } from "./store";

/**
 * Issues the cancellation (Stornorechnung) of an invoice: every amount negated, its own number
 * from the same sequence, the original's number, date and the reason on it. The original stays
 * as it is. An invoice is cancelled at most once, and a cancellation cannot be cancelled.
 */
export async function cancelInvoice(deps: InvoicingDeps, number: string, reason: string): Promise<{ invoiceId: string; number: string; cancels: string }> {
  const why = reason.trim();
  if (why.length < 3) throw new DomainError("invalid_request", "Bitte geben Sie einen Grund für die Stornierung an (--reason).", "reason");
  const issueDate = berlinDayString(deps.now());
  return deps.db.transaction(async (tx) => {
    // Same lock order as issuing: the practice, then the number sequence. Two cancellations of
    // one invoice at once take turns here, and the second finds the first.
    await tx.execute(sql`select p.id from practices p join invoices i on i.practice_id = p.id where i.number = ${number.trim()} for update of p`);
    const [original] = await selectRows<{ id: string; practice_id: string; kind: string; document: InvoiceDocument; cancelled_by: string | null }>(
      tx,
      sql`select i.id, i.practice_id, i.kind, i.document, (select c.number from invoices c where c.cancels_invoice_id = i.id) as cancelled_by
          from invoices i where i.number = ${number.trim()}`,
    );
    if (!original) throw new DomainError("not_found", `Eine Rechnung ${number} gibt es nicht.`);
    if (original.kind !== "invoice") throw new DomainError("invalid_request", `${number} ist selbst eine Stornorechnung und kann nicht storniert werden.`);
    if (original.cancelled_by) throw new DomainError("invalid_request", `Rechnung ${number} ist schon durch ${original.cancelled_by} storniert.`);

    const source = typeof original.document === "string" ? (JSON.parse(original.document) as InvoiceDocument) : original.document;
    const cancellationNumber = await takeInvoiceNumber(tx, Number(issueDate.slice(0, 4)));
    const document: InvoiceDocument = {
      ...source,
      kind: "cancellation",
      number: cancellationNumber,
      issueDate,
      cancels: { number: source.number, issueDate: source.issueDate, reason: why },
      seller: deps.seller(),
      lines: source.lines.map((line) => ({ ...line, quantity: -line.quantity, totalCents: -line.totalCents })),
      netCents: -source.netCents,
      tax: source.tax.kind === "standard" ? { ...source.tax, amountCents: -source.tax.amountCents } : source.tax,
      grossCents: -source.grossCents,
      // Nothing is collected on a cancellation: paid amounts are refunded, an open debit is not drawn.
      payment: { method: "bank_transfer", dueDate: issueDate },
      statements: source.statements.map((statement) => ({
        ...statement,
        messages: -statement.messages,
        parts: -statement.parts,
        amountCents: -statement.amountCents,
      })),
      // The PDF says what a cancellation means (refund, no debit); the original's notes do not apply.
      notes: [],
    };
    const invoiceId = await storeInvoice(tx, document, {
      practiceId: original.practice_id,
      cancels: { invoiceId: original.id, reason: why },
    });
    return { invoiceId, number: cancellationNumber, cancels: source.number };
  });
}
