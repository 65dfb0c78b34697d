import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoiceLines, invoiceLocationStatements, invoices, locations, replyNumbers } from "../../../db/schema";
import { FakeCarrier, FakeMailer, insertMessage } from "../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import { runChores } from "../../delivery/sweep";
import { startOfBerlinDay } from "../../time/berlin";
import { cancelInvoice } from "./cancel";
import { deliverInvoice } from "./deliver";
import { invoicePractice, runMonthlyInvoicing } from "./run";
import { billablePractice, fakeRenderers, testInvoicingDeps } from "./testing";

const database = setUpTestDatabase();
const october = { year: 2026, month: 10 };
// 03:00 on 1 November in Berlin, when the cron runs.
const runAt = new Date("2026-11-01T02:00:00Z");
const trialOver = startOfBerlinDay(2026, 9, 1);
const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 9, day, hour - 2));

async function invoiceRows(practiceId: string) {
  return database.db.select().from(invoices).where(eq(invoices.practiceId, practiceId)).orderBy(invoices.number);
}

describe("monthly invoicing from the messages", () => {
  it("bills every accepted message of the month but cancelled ones, with a statement per location, e-mailed once", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    const [north, south] = await db
      .insert(locations)
      .values([
        { practiceId, code: "NORD", name: "Praxis Nord" },
        { practiceId, code: "SUED", name: "Praxis Süd" },
      ])
      .returning();
    await insertMessage(db, practiceId, { createdAt: at(1, 0.5), segments: 1, priceCents: 8, status: "delivered", locationId: north.id });
    await insertMessage(db, practiceId, { createdAt: at(10), segments: 2, priceCents: 16, status: "undelivered", locationId: north.id });
    await insertMessage(db, practiceId, { createdAt: at(12), segments: 3, priceCents: 24, status: "sent", locationId: south.id });
    await insertMessage(db, practiceId, { createdAt: at(31, 23), segments: 1, priceCents: 8, status: "pending" });
    // Not billed: cancelled before hand-over, accepted in September or November.
    await insertMessage(db, practiceId, { createdAt: at(15), segments: 4, priceCents: 32, status: "cancelled", locationId: south.id });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-09-30T21:59:00Z"), segments: 1, priceCents: 8, status: "delivered" });
    await insertMessage(db, practiceId, { createdAt: new Date("2026-10-31T23:00:00Z"), segments: 1, priceCents: 8, status: "delivered" });

    const mailer = new FakeMailer();
    const renderers = fakeRenderers();
    const deps = testInvoicingDeps(db, runAt, { mailer, renderers });
    const [result] = await runMonthlyInvoicing(deps, october);
    expect(result).toMatchObject({ practiceId, outcome: "issued", number: "2026-000001", emailed: true });

    const [invoice] = await invoiceRows(practiceId);
    expect(invoice).toMatchObject({
      kind: "invoice",
      issueDate: "2026-11-01",
      periodStart: "2026-10-01",
      periodEnd: "2026-10-31",
      netCents: 1900 + 7 * 8,
      taxKind: "standard",
      vatRatePercent: 19,
      vatCents: 372,
      grossCents: 1956 + 372,
      paymentMethod: "bank_transfer",
      dueDate: "2026-11-15",
      status: "issued",
      retainUntil: "2034-12-31",
      billingEmail: expect.stringMatching(/^rechnung-/),
      buyerCity: "Berlin",
    });
    expect(invoice.emailedAt).not.toBeNull();
    expect(Buffer.from(invoice.pdf!).toString()).toBe(`%PDF-fake 2026-000001 ${1956 + 372}`);
    expect(invoice.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(invoice.xml).toContain("2026-000001");
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id)).orderBy(invoiceLines.position);
    expect(lines.map((line) => [line.kind, line.quantity, line.totalCents])).toEqual([
      ["base_fee", 1, 1900],
      ["sms_parts", 7, 56],
    ]);
    const statements = await db.select().from(invoiceLocationStatements).where(eq(invoiceLocationStatements.invoiceId, invoice.id)).orderBy(invoiceLocationStatements.position);
    expect(statements.map((s) => [s.locationCode, s.messages, s.parts, s.amountCents])).toEqual([
      ["NORD", 2, 3, 24],
      ["SUED", 1, 3, 24],
      [null, 1, 1, 8],
    ]);
    expect(statements[0].locationId).toBe(north.id);

    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: invoice.billingEmail, idempotencyKey: "invoice-2026-000001", subject: expect.stringContaining("2026-000001") });
    expect(mailer.sent[0].attachments?.map((file) => [file.filename, file.contentType])).toEqual([
      ["Rechnung-2026-000001.pdf", "application/pdf"],
      ["Rechnung-2026-000001.xml", "application/xml"],
    ]);

    // Again, as the cron's retry or an operator would: nothing changes, nothing is sent twice.
    const [again] = await runMonthlyInvoicing(testInvoicingDeps(db, new Date("2026-11-02T10:00:00Z"), { mailer, renderers }), october);
    expect(again).toMatchObject({ outcome: "existing", number: "2026-000001", emailed: false });
    expect(mailer.sent).toHaveLength(1);
    expect(renderers.calls).toBe(1);
    expect(await invoiceRows(practiceId)).toHaveLength(1);
  });

  it("from a trial ending mid-month bills only the messages accepted after it and no base fee", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, startOfBerlinDay(2026, 10, 15));
    await insertMessage(db, practiceId, { createdAt: at(14, 23), segments: 2, priceCents: 16, status: "delivered" });
    await insertMessage(db, practiceId, { createdAt: at(20), segments: 1, priceCents: 8, status: "delivered" });
    await runMonthlyInvoicing(testInvoicingDeps(db, runAt), october);
    const [invoice] = await invoiceRows(practiceId);
    expect(invoice.netCents).toBe(8);
    expect(invoice.document.lines.map((line) => line.kind)).toEqual(["sms_parts"]);
    expect(invoice.document.notes[0]).toContain("14.10.2026");
  });

  it("issues nothing to a practice in its trial, and bills the base fee alone after it", async () => {
    const { db } = database;
    const inTrial = await billablePractice(db, startOfBerlinDay(2026, 11, 1));
    await insertMessage(db, inTrial, { createdAt: at(5), status: "delivered" });
    const quiet = await billablePractice(db, trialOver);
    const results = await runMonthlyInvoicing(testInvoicingDeps(db, runAt), october);
    expect(results.map((r) => r.practiceId)).toEqual([quiet]);
    expect(await invoiceRows(inTrial)).toHaveLength(0);
    const [invoice] = await invoiceRows(quiet);
    expect([invoice.netCents, invoice.vatCents, invoice.grossCents]).toEqual([1900, 361, 2261]);
  });

  it("debits by SEPA when the practice granted a mandate, and invoices Austrians with a UID without VAT", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver, {
      country: "AT",
      vatId: "ATU12345678",
      iban: "AT611904300234573201",
      billingName: "Dr. Huber OG",
      sepaMandateReference: "PB-ABC-1",
      sepaMandateAcceptedAt: new Date("2026-08-03T10:00:00Z"),
    });
    await runMonthlyInvoicing(testInvoicingDeps(db, runAt, { debitDays: 5 }), october);
    const [invoice] = await invoiceRows(practiceId);
    expect(invoice).toMatchObject({ taxKind: "reverse_charge", vatCents: 0, grossCents: 1900, buyerVatId: "ATU12345678", paymentMethod: "sepa_direct_debit", debitDate: "2026-11-06", mandateReference: "PB-ABC-1" });
    expect(invoice.document.payment).toEqual({
      method: "sepa_direct_debit",
      mandateReference: "PB-ABC-1",
      mandateSignedOn: "2026-08-03",
      debitDate: "2026-11-06",
      debtorIban: "AT611904300234573201",
      debtorAccountHolder: "Dr. Huber OG",
    });
  });

  it("bills the reply number for a month in which the practice held it, even after its release", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    await db.insert(replyNumbers).values({ number: "+4915112345601", practiceId, assignedAt: at(20), releaseAt: startOfBerlinDay(2026, 11, 1) });
    // Released by the chores on 1 November, before the invoice run.
    await db.update(replyNumbers).set({ practiceId: null, assignedAt: null, releaseAt: null }).where(eq(replyNumbers.number, "+4915112345601"));
    await runMonthlyInvoicing(testInvoicingDeps(db, runAt), october);
    const [invoice] = await invoiceRows(practiceId);
    expect(invoice.document.lines.map((line) => [line.kind, line.totalCents])).toEqual([
      ["base_fee", 1900],
      ["reply_number", 900],
    ]);
    // November does not bill it any more.
    await runMonthlyInvoicing(testInvoicingDeps(db, new Date("2026-12-01T02:00:00Z")), { year: 2026, month: 11 });
    const november = (await invoiceRows(practiceId))[1];
    expect(november.document.lines.map((line) => line.kind)).toEqual(["base_fee"]);
  });

  it("sends a stored invoice whose e-mail failed on the next run, once", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    const mailer = new FakeMailer();
    mailer.failWith = "Resend down";
    const renderers = fakeRenderers();
    await expect(invoicePractice(testInvoicingDeps(db, runAt, { mailer, renderers }), practiceId, october)).rejects.toThrow("Resend down");
    const [stored] = await invoiceRows(practiceId);
    expect(stored.pdf).not.toBeNull();
    expect(stored.emailedAt).toBeNull();

    mailer.failWith = null;
    const [result] = await runMonthlyInvoicing(testInvoicingDeps(db, runAt, { mailer, renderers }), october);
    expect(result).toMatchObject({ outcome: "existing", emailed: true });
    expect(renderers.calls).toBe(1);
    expect(mailer.sent).toHaveLength(1);
    expect((await deliverInvoice(testInvoicingDeps(db, runAt, { mailer }), stored.id)).emailed).toBe(false);
    expect(mailer.sent).toHaveLength(1);
  });
});

describe("invoice numbers", () => {
  it("stay gapless and unique under 10 concurrent runs, and start again at 1 on 1 January (Berlin)", async () => {
    const { db } = database;
    const practiceIds: string[] = [];
    for (let i = 0; i < 10; i++) practiceIds.push(await billablePractice(db, trialOver));
    const deps = testInvoicingDeps(db, runAt);
    const results = await Promise.all(practiceIds.map((id) => invoicePractice(deps, id, october)));
    const numbers = results.map((r) => (r.outcome === "nothing" ? null : r.number)).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(6, "0")}`));

    // The same practice twice at once (cron retry and an operator): one invoice, one number.
    const twice = await Promise.all([
      invoicePractice(deps, practiceIds[1], { year: 2026, month: 9 }),
      invoicePractice(deps, practiceIds[1], { year: 2026, month: 9 }),
    ]);
    expect(twice.map((r) => r.outcome).sort()).toEqual(["existing", "issued"]);
    expect(new Set(twice.map((r) => (r.outcome === "nothing" ? null : r.number)))).toEqual(new Set(["2026-000011"]));

    // 23:30 on 31 December in Berlin is still 2026; 00:30 on 1 January is 2027.
    const lateDecember = await invoicePractice(testInvoicingDeps(db, new Date("2026-12-31T22:30:00Z")), practiceIds[0], { year: 2026, month: 11 });
    expect(lateDecember).toMatchObject({ number: "2026-000012" });
    const newYear = await invoicePractice(testInvoicingDeps(db, new Date("2026-12-31T23:30:00Z")), practiceIds[0], { year: 2026, month: 12 });
    expect(newYear).toMatchObject({ number: "2027-000001" });
  });
});

describe("cancellations and the kept record", () => {
  it("cancels with negative amounts and its own number, referencing the original, e-mailed; then an operator may issue anew", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    await insertMessage(db, practiceId, { createdAt: at(3), segments: 2, priceCents: 16, status: "delivered" });
    const mailer = new FakeMailer();
    const deps = testInvoicingDeps(db, runAt, { mailer });
    await runMonthlyInvoicing(deps, october);
    const later = testInvoicingDeps(db, new Date("2026-11-20T09:00:00Z"), { mailer });
    const cancelled = await cancelInvoice(later, "2026-000001", "Falsche Anschrift");
    expect(cancelled).toMatchObject({ number: "2026-000002", cancels: "2026-000001" });
    await deliverInvoice(later, cancelled.invoiceId);

    const [original, cancellation] = await invoiceRows(practiceId);
    expect(cancellation).toMatchObject({
      kind: "cancellation",
      cancelsInvoiceId: original.id,
      cancellationReason: "Falsche Anschrift",
      issueDate: "2026-11-20",
      periodStart: "2026-10-01",
      netCents: -original.netCents,
      vatCents: -original.vatCents,
      grossCents: -original.grossCents,
    });
    expect(cancellation.document.cancels).toEqual({ number: "2026-000001", issueDate: "2026-11-01", reason: "Falsche Anschrift" });
    expect(cancellation.document.lines.map((line) => line.totalCents)).toEqual([-1900, -16]);
    expect(cancellation.pdf).not.toBeNull();
    expect(mailer.sent.map((mail) => mail.subject)).toEqual([expect.stringContaining("2026-000001"), "Stornorechnung 2026-000002 zu Rechnung 2026-000001"]);
    expect(mailer.sent[1].attachments?.[0].filename).toBe("Stornorechnung-2026-000002.pdf");

    await expect(cancelInvoice(later, "2026-000001", "nochmal")).rejects.toThrow("schon durch 2026-000002 storniert");
    await expect(cancelInvoice(later, "2026-000002", "Storno vom Storno")).rejects.toThrow("selbst eine Stornorechnung");
    await expect(cancelInvoice(later, "2026-999999", "gibt es nicht")).rejects.toThrow("gibt es nicht");

    // The automatic run leaves the cancelled month alone; an operator issues the corrected one.
    expect((await runMonthlyInvoicing(later, october))[0]).toMatchObject({ outcome: "existing", number: "2026-000001" });
    const reissued = await runMonthlyInvoicing(later, october, { practiceId, reissue: true });
    expect(reissued[0]).toMatchObject({ outcome: "issued", number: "2026-000003" });
    expect((await invoiceRows(practiceId)).map((row) => row.reissue)).toEqual([0, 0, 1]);
  });

  it("refuses to change or delete an issued invoice, its lines and statements; e-mail and payment are recorded once", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    await runMonthlyInvoicing(testInvoicingDeps(db, runAt), october);
    const [invoice] = await invoiceRows(practiceId);
    const refused = async (statement: ReturnType<typeof sql>) => {
      await expect(db.execute(statement)).rejects.toThrow();
    };
    await refused(sql`update invoices set net_cents = 1 where id = ${invoice.id}`);
    await refused(sql`update invoices set buyer_name = 'Andere Praxis' where id = ${invoice.id}`);
    await refused(sql`update invoices set pdf = '\\x00' where id = ${invoice.id}`);
    await refused(sql`update invoices set emailed_at = now() where id = ${invoice.id}`);
    await refused(sql`update invoices set status = 'paid' where id = ${invoice.id}`);
    await refused(sql`delete from invoices where id = ${invoice.id}`);
    await refused(sql`update invoice_lines set total_cents = 0 where invoice_id = ${invoice.id}`);
    await refused(sql`delete from invoice_lines where invoice_id = ${invoice.id}`);
    await refused(sql`delete from practices where id = ${practiceId}`);

    await db.execute(sql`update invoices set status = 'paid', paid_at = now() where id = ${invoice.id}`);
    await refused(sql`update invoices set paid_at = now() + interval '1 day' where id = ${invoice.id}`);
    await refused(sql`update invoices set status = 'issued', paid_at = null where id = ${invoice.id}`);
    const [after] = await invoiceRows(practiceId);
    expect(after).toMatchObject({ netCents: invoice.netCents, status: "paid", pdfSha256: invoice.pdfSha256 });
  });

  it("outlives the 60-day erasure of patient data", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    await insertMessage(db, practiceId, { createdAt: at(3), status: "delivered", finalAt: at(3) });
    await runMonthlyInvoicing(testInvoicingDeps(db, runAt), october);
    const [before] = await invoiceRows(practiceId);
    await runChores({ db, carrier: new FakeCarrier(), mailer: new FakeMailer(), now: () => new Date("2027-03-01T12:00:00Z") });
    const [after] = await invoiceRows(practiceId);
    expect(after).toEqual(before);
    expect((await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, before.id))).length).toBe(2);
  });
});
