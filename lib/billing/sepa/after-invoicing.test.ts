import { describe, expect, it } from "vitest";
import { insertMessage } from "../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import { cancelInvoice } from "../invoicing/cancel";
import { deliverInvoice } from "../invoicing/deliver";
import { issueMonthlyInvoice } from "../invoicing/issue";
import { billablePractice, testInvoicingDeps } from "../invoicing/testing";
import { markInvoicesPaid } from "../mark-paid";
import { findInvoiceFile, listPracticeInvoices } from "../practice-invoices";
import { PRICE_LIST } from "../price-list";
import { exportDirectDebits } from "./export-debits";

// The payment side on invoices as invoicing really issues them: the columns it fills are the
// ones the SEPA export, the payment booking and the portal read.

const database = setUpTestDatabase();
const creditor = { name: "Praxisbote GmbH", iban: "DE02120300000000202051", bic: null, creditorId: "DE98ZZZ09999999999" };
const october = { year: 2026, month: 10 };

describe("after invoicing", () => {
  it("debits October's invoices FRST, then November's RCUR; a cancelled invoice is not debited; the portal lists it all", async () => {
    const { db } = database;
    const withMandate = await billablePractice(db, new Date("2026-09-01T00:00:00+02:00"), {
      billingName: "Praxis Dr. Weiß",
      iban: "DE89370400440532013000",
      sepaMandateReference: "PB-AAAAAAAAAAAA-1",
      sepaMandateAcceptedAt: new Date("2026-08-20T09:00:00Z"),
    });
    const cancelledOne = await billablePractice(db, new Date("2026-09-01T00:00:00+02:00"), {
      iban: "DE02500105170137075030",
      sepaMandateReference: "PB-BBBBBBBBBBBB-1",
      sepaMandateAcceptedAt: new Date("2026-08-20T09:00:00Z"),
    });
    await insertMessage(db, withMandate, { createdAt: new Date("2026-10-15T10:00:00Z"), segments: 2, priceCents: 16 });

    const deps = testInvoicingDeps(db, new Date("2026-11-01T03:00:00+01:00"));
    const issued = await issueMonthlyInvoice(deps, withMandate, october);
    const other = await issueMonthlyInvoice(deps, cancelledOne, october);
    if (issued.outcome !== "issued" || other.outcome !== "issued") throw new Error("not issued");
    await deliverInvoice(deps, issued.invoiceId);
    const cancellation = await cancelInvoice(deps, other.number, "Doppelt berechnet");

    const net = PRICE_LIST.baseFeeCents + 16;
    const gross = net + Math.round((net * PRICE_LIST.vatRatePercent) / 100);
    const first = await exportDirectDebits(db, { month: "2026-10", creditor }, new Date("2026-11-02T08:00:00Z"));
    expect(first.debits).toEqual([
      {
        invoiceNumber: issued.number,
        amountCents: gross,
        collectionDate: "2026-11-08",
        debtorName: "Praxis Dr. Weiß",
        debtorIban: "DE89370400440532013000",
        debtorBic: null,
        mandateReference: "PB-AAAAAAAAAAAA-1",
        mandateSignedOn: "2026-08-20",
        sequenceType: "FRST",
      },
    ]);
    expect(first.mandateChanged).toEqual([]);

    expect(await markInvoicesPaid(db, [issued.number], new Date("2026-11-09T10:00:00Z"))).toMatchObject({ paid: [issued.number] });
    const list = await listPracticeInvoices(db, withMandate);
    expect(list).toEqual([expect.objectContaining({ number: issued.number, month: "2026-10", netCents: net, grossCents: gross, status: "bezahlt", hasPdf: true, hasXml: true })]);
    expect((await findInvoiceFile(db, withMandate, issued.invoiceId, "pdf")).fileName).toBe(`Rechnung-${issued.number}.pdf`);
    expect((await listPracticeInvoices(db, cancelledOne)).map((row) => [row.number, row.status, row.cancelsNumber])).toEqual([
      [cancellation.number, null, other.number],
      [other.number, "storniert", null],
    ]);

    const novemberDeps = testInvoicingDeps(db, new Date("2026-12-01T03:00:00+01:00"));
    const november = await issueMonthlyInvoice(novemberDeps, withMandate, { year: 2026, month: 11 });
    if (november.outcome !== "issued") throw new Error("not issued");
    const second = await exportDirectDebits(db, { month: "2026-11", creditor }, new Date("2026-12-02T08:00:00Z"));
    expect(second.debits.map((debit) => [debit.invoiceNumber, debit.sequenceType, debit.collectionDate])).toEqual([[november.number, "RCUR", "2026-12-08"]]);
  });
});
