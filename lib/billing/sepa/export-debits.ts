import { and, asc, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../../db/client";
import { invoices, practices, sepaCollections } from "../../../db/schema";
import { berlinDayString } from "../../time/berlin";
import { buildDirectDebitFile, type SepaCreditorAccount, type SepaDebit, type SequenceType } from "./direct-debit-file";

// The month's direct debits: every unpaid, uncancelled invoice of the month that announced a
// SEPA debit, collected under the practice's mandate as it stands today (a new IBAN is a new
// mandate with a new reference, and the old account may be gone). Each invoice exported is
// recorded with its sequence type, so the next month's invoice of that mandate goes as RCUR
// and the same file can be rebuilt with `again`.

export interface ExportDebitsInput {
  /** "2026-10": the service month of the invoices. */
  month: string;
  creditor: SepaCreditorAccount;
  /** Also invoices that were in an earlier file (the bank refused it, or it got lost). */
  again?: boolean;
}

export interface ListedInvoice {
  number: string;
  practiceName: string;
  grossCents: number;
}

export interface ExportDebitsResult {
  /** The pain.008 file; null when there is nothing to collect. */
  xml: string | null;
  debits: SepaDebit[];
  /** Invoices of practices without an accepted mandate, or that asked for a bank transfer. */
  withoutMandate: (ListedInvoice & { reason: "no_mandate" | "bank_transfer" })[];
  /** In an earlier file already, left out unless `again`. */
  alreadyExported: (ListedInvoice & { exportedAt: Date })[];
  /** Collected under a newer mandate than the one the invoice named. */
  mandateChanged: (ListedInvoice & { invoiceMandate: string | null; currentMandate: string })[];
  /** Debit dates before tomorrow: the bank may refuse them or move them on. */
  lateCollections: (ListedInvoice & { collectionDate: string })[];
}

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

// Any constant works; it only has to be the same for every instance of the app.
const SEPA_EXPORT_LOCK_ID = 724_911_311;

const cancellations = alias(invoices, "cancellations");
const earlier = alias(sepaCollections, "earlier");

/** Builds the month's file and records what went into it, in one transaction. */
export async function exportDirectDebits(db: Database, { month, creditor, again = false }: ExportDebitsInput, now = new Date()): Promise<ExportDebitsResult> {
  if (!MONTH_PATTERN.test(month)) throw new Error(`Ungültiger Monat "${month}": erwartet JJJJ-MM, z. B. 2026-10.`);
  const tomorrow = berlinDayString(new Date(now.getTime() + 24 * 60 * 60 * 1000));

  return db.transaction(async (tx) => {
    // Two operators exporting at once must not both take a mandate's first collection as FRST.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEPA_EXPORT_LOCK_ID})`);
    const rows = await tx
      .select({
        invoiceId: invoices.id,
        number: invoices.number,
        grossCents: invoices.grossCents,
        paymentMethod: invoices.paymentMethod,
        invoiceMandate: invoices.mandateReference,
        debitDate: invoices.debitDate,
        practiceName: practices.name,
        accountHolder: practices.billingName,
        iban: practices.iban,
        bic: practices.bic,
        mandateReference: practices.sepaMandateReference,
        mandateAcceptedAt: practices.sepaMandateAcceptedAt,
        exportedAt: sepaCollections.exportedAt,
        exportedSequenceType: sepaCollections.sequenceType,
        exportedMandate: sepaCollections.mandateReference,
        exportedCollectionDate: sepaCollections.collectionDate,
      })
      .from(invoices)
      .innerJoin(practices, eq(practices.id, invoices.practiceId))
      .leftJoin(sepaCollections, eq(sepaCollections.invoiceId, invoices.id))
      .where(
        and(
          eq(invoices.kind, "invoice"),
          ne(invoices.status, "paid"),
          eq(invoices.periodStart, `${month}-01`),
          sql`${invoices.grossCents} > 0`,
          notExists(tx.select({ one: sql`1` }).from(cancellations).where(eq(cancellations.cancelsInvoiceId, invoices.id))),
        ),
      )
      .orderBy(asc(invoices.number));

    const result: ExportDebitsResult = { xml: null, debits: [], withoutMandate: [], alreadyExported: [], mandateChanged: [], lateCollections: [] };
    const toCollect: (typeof rows)[number][] = [];
    for (const row of rows) {
      const listed = { number: row.number, practiceName: row.practiceName, grossCents: row.grossCents };
      if (row.paymentMethod !== "sepa_direct_debit") result.withoutMandate.push({ ...listed, reason: "bank_transfer" });
      else if (!row.mandateReference || !row.mandateAcceptedAt || !row.iban) result.withoutMandate.push({ ...listed, reason: "no_mandate" });
      else if (row.exportedAt && !again) result.alreadyExported.push({ ...listed, exportedAt: row.exportedAt });
      else toCollect.push(row);
    }
    if (toCollect.length === 0) return result;

    // A mandate with any collection before this file's is past its first.
    const mandates = [...new Set(toCollect.map((row) => row.mandateReference!))];
    const collected = await tx
      .select({ mandateReference: earlier.mandateReference, invoiceId: earlier.invoiceId })
      .from(earlier)
      .where(inArray(earlier.mandateReference, mandates));
    const firstTaken = new Set<string>();

    for (const row of toCollect) {
      const mandate = row.mandateReference!;
      const reuse = row.exportedSequenceType && row.exportedMandate === mandate;
      const usedBefore = collected.some((c) => c.mandateReference === mandate && c.invoiceId !== row.invoiceId);
      const sequenceType: SequenceType = reuse ? row.exportedSequenceType! : usedBefore || firstTaken.has(mandate) ? "RCUR" : "FRST";
      firstTaken.add(mandate);
      const collectionDate = (reuse ? row.exportedCollectionDate : null) ?? row.debitDate ?? tomorrow;
      const listed = { number: row.number, practiceName: row.practiceName, grossCents: row.grossCents };
      if (row.invoiceMandate !== mandate) result.mandateChanged.push({ ...listed, invoiceMandate: row.invoiceMandate, currentMandate: mandate });
      if (collectionDate < tomorrow) result.lateCollections.push({ ...listed, collectionDate });
      result.debits.push({
        invoiceNumber: row.number,
        amountCents: row.grossCents,
        collectionDate,
        debtorName: row.accountHolder || row.practiceName,
        debtorIban: row.iban!,
        debtorBic: row.bic,
        mandateReference: mandate,
        mandateSignedOn: berlinDayString(row.mandateAcceptedAt!),
        sequenceType,
      });
      await tx
        .insert(sepaCollections)
        .values({ invoiceId: row.invoiceId, mandateReference: mandate, sequenceType, collectionDate, exportedAt: now })
        .onConflictDoUpdate({ target: sepaCollections.invoiceId, set: { mandateReference: mandate, sequenceType, collectionDate } });
    }

    const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
    result.xml = buildDirectDebitFile({ messageId: `PB-${month}-${stamp}`, createdAt: now, creditor, debits: result.debits });
    return result;
  });
}
