import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Database } from "../../db/client";
import { invoices } from "../../db/schema";
import { DomainError } from "../errors/domain-error";

// A practice's invoices and cancellations as the portal lists and serves them; every query is
// scoped by the practice id, so another practice's invoice is "not found", never someone else's.

export type InvoiceStatusLabel = "offen" | "bezahlt" | "storniert";

export interface PracticeInvoice {
  id: string;
  kind: "invoice" | "cancellation";
  number: string;
  /** YYYY-MM-DD */
  issueDate: string;
  /** "2026-10": the service month. */
  month: string;
  netCents: number;
  grossCents: number;
  /** For an invoice; a cancellation has none of its own. */
  status: InvoiceStatusLabel | null;
  /** On a cancellation: the invoice it cancels. */
  cancelsNumber: string | null;
  /** On a cancelled invoice: its cancellation. */
  cancelledByNumber: string | null;
  hasPdf: boolean;
  hasXml: boolean;
}

const cancelled = alias(invoices, "cancelled");
const cancelling = alias(invoices, "cancelling");

export function statusOf(row: { kind: string; paidAt: Date | null; cancelledByNumber: string | null }): InvoiceStatusLabel | null {
  if (row.kind === "cancellation") return null;
  if (row.cancelledByNumber) return "storniert";
  return row.paidAt ? "bezahlt" : "offen";
}

/** Newest first: by invoice date, then number (a cancellation follows its original's month). */
export async function listPracticeInvoices(db: Database, practiceId: string): Promise<PracticeInvoice[]> {
  const rows = await db
    .select({
      id: invoices.id,
      kind: invoices.kind,
      number: invoices.number,
      issueDate: invoices.issueDate,
      periodStart: invoices.periodStart,
      netCents: invoices.netCents,
      grossCents: invoices.grossCents,
      paidAt: invoices.paidAt,
      cancelsNumber: cancelled.number,
      cancelledByNumber: cancelling.number,
      hasPdf: sql<boolean>`${invoices.pdf} is not null`,
      hasXml: sql<boolean>`${invoices.xml} is not null`,
    })
    .from(invoices)
    .leftJoin(cancelled, eq(cancelled.id, invoices.cancelsInvoiceId))
    .leftJoin(cancelling, eq(cancelling.cancelsInvoiceId, invoices.id))
    .where(eq(invoices.practiceId, practiceId))
    .orderBy(desc(invoices.issueDate), desc(invoices.number));
  return rows.map(({ periodStart, paidAt, ...row }) => ({
    ...row,
    month: periodStart.slice(0, 7),
    status: statusOf({ kind: row.kind, paidAt, cancelledByNumber: row.cancelledByNumber }),
    hasPdf: Boolean(row.hasPdf),
    hasXml: Boolean(row.hasXml),
  }));
}

export type InvoiceFileFormat = "pdf" | "xml";

export interface InvoiceFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

const idSchema = z.uuid();

/**
 * The stored PDF or XML of one of the practice's invoices, exactly as issued. An id of another
 * practice, a malformed id or a file not rendered yet: not_found.
 */
export async function findInvoiceFile(db: Database, practiceId: string, invoiceId: string, format: InvoiceFileFormat): Promise<InvoiceFile> {
  if (!idSchema.safeParse(invoiceId).success) throw new DomainError("not_found");
  const [row] = await db
    .select({ number: invoices.number, kind: invoices.kind, pdf: invoices.pdf, xml: invoices.xml })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.practiceId, practiceId)));
  const stored = format === "pdf" ? row?.pdf : row?.xml;
  if (!row || stored === null || stored === undefined) throw new DomainError("not_found");
  const name = `${row.kind === "cancellation" ? "Stornorechnung" : "Rechnung"}-${row.number}`;
  return format === "pdf"
    ? { fileName: `${name}.pdf`, contentType: "application/pdf", body: new Uint8Array(stored as Uint8Array) }
    : { fileName: `${name}.xml`, contentType: "application/xml; charset=utf-8", body: new TextEncoder().encode(stored as string) };
}
