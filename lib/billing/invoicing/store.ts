import type { Database } from "../../../db/client";
import { invoiceLines, invoiceLocationStatements, invoices } from "../../../db/schema";
import type { InvoiceDocument } from "../invoice-document";
import { invoiceColumns } from "./document";
import { retainUntil } from "./month";

interface StoreOptions {
  practiceId: string;
  reissue?: number;
  cancels?: { invoiceId: string; reason: string };
  /** Location ids of the statements, in the document's order (null: "ohne Standort"). */
  statementLocationIds?: (string | null)[];
}

/** Writes an invoice with its lines and statements; call it in the transaction that took the number. */
export async function storeInvoice(tx: Database, document: InvoiceDocument, options: StoreOptions): Promise<string> {
  const [row] = await tx
    .insert(invoices)
    .values({
      ...invoiceColumns(document),
      practiceId: options.practiceId,
      reissue: options.reissue ?? 0,
      cancelsInvoiceId: options.cancels?.invoiceId ?? null,
      cancellationReason: options.cancels?.reason ?? null,
      retainUntil: retainUntil(document.issueDate),
    })
    .returning({ id: invoices.id });
  if (document.lines.length > 0) {
    await tx.insert(invoiceLines).values(
      document.lines.map((line) => ({
        invoiceId: row.id,
        position: line.position,
        kind: line.kind,
        description: line.description,
        quantity: line.quantity,
        unitCode: line.unitCode,
        unitPriceCents: line.unitPriceCents,
        totalCents: line.totalCents,
      })),
    );
  }
  if (document.statements.length > 0) {
    await tx.insert(invoiceLocationStatements).values(
      document.statements.map((statement, index) => ({
        invoiceId: row.id,
        position: index + 1,
        locationId: options.statementLocationIds?.[index] ?? null,
        locationCode: statement.locationCode,
        locationName: statement.locationName,
        messages: statement.messages,
        parts: statement.parts,
        amountCents: statement.amountCents,
      })),
    );
  }
  return row.id;
}
