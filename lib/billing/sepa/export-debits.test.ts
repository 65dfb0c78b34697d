import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { practices, sepaCollections } from "../../../db/schema";
import { insertCancellation, insertInvoice } from "../../../db/testing/invoice-rows";
import { createTestPractice } from "../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import type { SepaCreditorAccount } from "./direct-debit-file";
import { exportDirectDebits } from "./export-debits";
import { PAIN_008_XSD, schemaErrors } from "../../xml/xml-schema";

const database = setUpTestDatabase();
const xsd = PAIN_008_XSD;

const creditor: SepaCreditorAccount = { name: "Praxisbote GmbH", iban: "DE02120300000000202051", bic: null, creditorId: "DE98ZZZ09999999999" };
// The export runs the day after invoicing; the invoices announce the 6th.
const now = new Date("2026-11-02T08:00:00Z");

async function practiceWithMandate(db: Database, values: { iban?: string; bic?: string | null; reference?: string; acceptedAt?: Date; holder?: string } = {}) {
  const practiceId = await createTestPractice(db);
  const reference = values.reference ?? `PB-${practiceId.replace(/-/g, "").slice(0, 12).toUpperCase()}-1`;
  await db
    .update(practices)
    .set({
      billingName: values.holder ?? "Dr. Jörg Weiß",
      iban: values.iban ?? "DE89370400440532013000",
      bic: values.bic ?? null,
      sepaMandateReference: reference,
      sepaMandateAcceptedAt: values.acceptedAt ?? new Date("2026-08-14T10:00:00Z"),
      sepaMandateVersion: "2026-11-basis-v1",
    })
    .where(eq(practices.id, practiceId));
  return { practiceId, reference };
}

const debitInvoice = (db: Database, practiceId: string, reference: string, values: Parameters<typeof insertInvoice>[2] = {}) =>
  insertInvoice(db, practiceId, {
    paymentMethod: "sepa_direct_debit",
    mandateReference: reference,
    mandateSignedOn: "2026-08-14",
    debtorIban: "DE89370400440532013000",
    debtorAccountHolder: "Dr. Jörg Weiß",
    debitDate: "2026-11-06",
    dueDate: null,
    ...values,
  });

describe("the month's direct-debit file", () => {
  it("collects unpaid, uncancelled debit invoices: FRST for a new mandate, RCUR after an earlier collection", async () => {
    const db = database.db;
    const fresh = await practiceWithMandate(db);
    const freshInvoice = await debitInvoice(db, fresh.practiceId, fresh.reference, { grossCents: 2261 });

    const regular = await practiceWithMandate(db, { iban: "AT611904300234573201", bic: "BKAUATWW" });
    const september = await debitInvoice(db, regular.practiceId, regular.reference, { periodStart: "2026-09-01", periodEnd: "2026-09-30", issueDate: "2026-10-01", debitDate: "2026-10-06" });
    await db.insert(sepaCollections).values({ invoiceId: september.id, mandateReference: regular.reference, sequenceType: "FRST", collectionDate: "2026-10-06", exportedAt: new Date("2026-10-02T08:00:00Z") });
    const regularInvoice = await debitInvoice(db, regular.practiceId, regular.reference, { grossCents: 118_012, debitDate: "2026-11-07" });

    const transfer = await createTestPractice(db);
    const transferInvoice = await insertInvoice(db, transfer, { grossCents: 4522 });
    const lost = await createTestPractice(db);
    // The invoice announced a debit, but the practice has no mandate any more.
    const lostInvoice = await debitInvoice(db, lost, "PB-000000000000-1");

    const cancelledPractice = await practiceWithMandate(db);
    const cancelled = await debitInvoice(db, cancelledPractice.practiceId, cancelledPractice.reference);
    await insertCancellation(db, cancelled);
    const paidPractice = await practiceWithMandate(db);
    await debitInvoice(db, paidPractice.practiceId, paidPractice.reference, { status: "paid", paidAt: new Date("2026-11-01T12:00:00Z") });
    const otherMonth = await practiceWithMandate(db);
    await debitInvoice(db, otherMonth.practiceId, otherMonth.reference, { periodStart: "2026-09-01", periodEnd: "2026-09-30" });

    const result = await exportDirectDebits(db, { month: "2026-10", creditor }, now);

    expect(result.debits).toEqual([
      {
        invoiceNumber: freshInvoice.number,
        amountCents: 2261,
        collectionDate: "2026-11-06",
        debtorName: "Dr. Jörg Weiß",
        debtorIban: "DE89370400440532013000",
        debtorBic: null,
        mandateReference: fresh.reference,
        mandateSignedOn: "2026-08-14",
        sequenceType: "FRST",
      },
      expect.objectContaining({ invoiceNumber: regularInvoice.number, amountCents: 118_012, collectionDate: "2026-11-07", debtorIban: "AT611904300234573201", debtorBic: "BKAUATWW", sequenceType: "RCUR" }),
    ]);
    expect(result.withoutMandate).toEqual(
      expect.arrayContaining([
        { number: transferInvoice.number, practiceName: expect.any(String), grossCents: 4522, reason: "bank_transfer" },
        { number: lostInvoice.number, practiceName: expect.any(String), grossCents: 2261, reason: "no_mandate" },
      ]),
    );
    expect(result.withoutMandate).toHaveLength(2);
    expect(result.alreadyExported).toEqual([]);
    expect(result.lateCollections).toEqual([]);

    const xml = result.xml!;
    expect(xml.match(/<SeqTp>(\w+)<\/SeqTp>/g)).toEqual(["<SeqTp>FRST</SeqTp>", "<SeqTp>RCUR</SeqTp>"]);
    expect(xml).toContain(`<EndToEndId>${freshInvoice.number}</EndToEndId>`);
    expect(xml).toContain(`<MndtId>${regular.reference}</MndtId>`);
    expect(xml).toContain("<InstdAmt Ccy=\"EUR\">1180.12</InstdAmt>");
    expect(xml).toContain("<Nm>Dr. Joerg Weiss</Nm>");
    expect(xml).toContain("<CtrlSum>1202.73</CtrlSum>");
    expect(schemaErrors(xml, xsd)).toBeNull();

    const recorded = await db.select().from(sepaCollections).where(eq(sepaCollections.invoiceId, freshInvoice.id));
    expect(recorded).toEqual([{ invoiceId: freshInvoice.id, mandateReference: fresh.reference, sequenceType: "FRST", collectionDate: "2026-11-06", exportedAt: now }]);
  });

  it("leaves exported invoices out of the next file; --again rebuilds them with the same sequence type", async () => {
    const db = database.db;
    const { practiceId, reference } = await practiceWithMandate(db);
    const invoice = await debitInvoice(db, practiceId, reference);
    await exportDirectDebits(db, { month: "2026-10", creditor }, now);

    const later = new Date("2026-11-03T08:00:00Z");
    const second = await exportDirectDebits(db, { month: "2026-10", creditor }, later);
    expect(second.xml).toBeNull();
    expect(second.alreadyExported).toEqual([{ number: invoice.number, practiceName: expect.any(String), grossCents: 2261, exportedAt: now }]);

    const again = await exportDirectDebits(db, { month: "2026-10", creditor, again: true }, later);
    expect(again.debits.map((d) => [d.invoiceNumber, d.sequenceType, d.collectionDate])).toEqual([[invoice.number, "FRST", "2026-11-06"]]);
    expect(again.xml).toContain("<SeqTp>FRST</SeqTp>");

    // The next month's invoice of the same mandate is its second collection.
    const november = await debitInvoice(db, practiceId, reference, { periodStart: "2026-11-01", periodEnd: "2026-11-30", issueDate: "2026-12-01", debitDate: "2026-12-07" });
    const next = await exportDirectDebits(db, { month: "2026-11", creditor }, new Date("2026-12-02T08:00:00Z"));
    expect(next.debits.map((d) => [d.invoiceNumber, d.sequenceType])).toEqual([[november.number, "RCUR"]]);
  });

  it("collects under the practice's current mandate: a new IBAN starts again with FRST", async () => {
    const db = database.db;
    const { practiceId, reference } = await practiceWithMandate(db);
    const september = await debitInvoice(db, practiceId, reference, { periodStart: "2026-09-01", periodEnd: "2026-09-30" });
    await exportDirectDebits(db, { month: "2026-09", creditor }, now);
    const october = await debitInvoice(db, practiceId, reference);
    const newReference = reference.replace(/-1$/, "-2");
    await db
      .update(practices)
      .set({ iban: "DE02500105170137075030", sepaMandateReference: newReference, sepaMandateAcceptedAt: new Date("2026-11-01T09:00:00Z") })
      .where(eq(practices.id, practiceId));

    const result = await exportDirectDebits(db, { month: "2026-10", creditor }, now);
    expect(result.debits).toEqual([expect.objectContaining({ invoiceNumber: october.number, mandateReference: newReference, debtorIban: "DE02500105170137075030", mandateSignedOn: "2026-11-01", sequenceType: "FRST" })]);
    expect(result.mandateChanged).toEqual([{ number: october.number, practiceName: expect.any(String), grossCents: 2261, invoiceMandate: reference, currentMandate: newReference }]);
    expect(september.number).not.toBe(october.number);
  });

  it("names debit dates that are not in the future, and finds nothing in an empty month", async () => {
    const db = database.db;
    const { practiceId, reference } = await practiceWithMandate(db);
    const invoice = await debitInvoice(db, practiceId, reference, { debitDate: "2026-11-02" });
    const result = await exportDirectDebits(db, { month: "2026-10", creditor }, now);
    expect(result.lateCollections).toEqual([{ number: invoice.number, practiceName: expect.any(String), grossCents: 2261, collectionDate: "2026-11-02" }]);

    const empty = await exportDirectDebits(db, { month: "2027-01", creditor }, now);
    expect(empty).toMatchObject({ xml: null, debits: [], withoutMandate: [], alreadyExported: [] });
    await expect(exportDirectDebits(db, { month: "2026-13", creditor }, now)).rejects.toThrow(/Ungültiger Monat/);
  });

  it("records nothing when the library refuses the file", async () => {
    const db = database.db;
    const { practiceId, reference } = await practiceWithMandate(db);
    await debitInvoice(db, practiceId, reference);
    await expect(exportDirectDebits(db, { month: "2026-10", creditor: { ...creditor, creditorId: "DE00ZZZ09999999999" } }, now)).rejects.toThrow(/creditorId/);
    expect(await db.select().from(sepaCollections)).toEqual([]);
  });
});
