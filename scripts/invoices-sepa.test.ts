import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invoices, practices } from "../db/schema";
import { createTestPractice } from "../db/testing/fixtures";
import { insertInvoice } from "../db/testing/invoice-rows";
import { formatCents } from "../lib/billing/price-list";
import { PAIN_008_XSD, schemaErrors } from "../lib/xml/xml-schema";
import { setUpCliTestData } from "./support/cli-test-data";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

// The two payment commands end to end, on a database that the test fills first (scripts/support/cli-test-data.ts).

const cli = setUpCliTestData("invoices-sepa-cli", { DEMO_DATA: "0", COMPANY_NAME: "", COMPANY_IBAN: "", COMPANY_BIC: "", COMPANY_SEPA_CREDITOR_ID: "" });
const creditorEnv = { COMPANY_NAME: "Praxisbote GmbH", COMPANY_IBAN: "DE02 1203 0000 0000 2020 51", COMPANY_SEPA_CREDITOR_ID: "DE98ZZZ09999999999" };
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync("node", [...TSX_NODE_ARGS, script, ...args], { encoding: "utf8", env: { ...cli.env, ...env } });
const sepa = (...args: string[]) => run("scripts/invoices-sepa.ts", args, creditorEnv);
const markPaid = (...args: string[]) => run("scripts/invoices-mark-paid.ts", args);

const xsd = PAIN_008_XSD;
const fixtures = { debit: "", transfer: "", holder: "" };

beforeAll(async () => {
  await cli.withDatabase(async (db) => {
    const withMandate = await createTestPractice(db);
    const reference = `PB-${withMandate.replace(/-/g, "").slice(0, 12).toUpperCase()}-1`;
    await db
      .update(practices)
      .set({ billingName: "Praxis Dr. Süß", iban: "DE89370400440532013000", sepaMandateReference: reference, sepaMandateAcceptedAt: new Date("2026-08-14T10:00:00Z") })
      .where(eq(practices.id, withMandate));
    const debit = await insertInvoice(db, withMandate, {
      grossCents: 3580,
      paymentMethod: "sepa_direct_debit",
      mandateReference: reference,
      mandateSignedOn: "2026-08-14",
      debtorIban: "DE89370400440532013000",
      debtorAccountHolder: "Praxis Dr. Süß",
      debitDate: "2099-11-06",
      dueDate: null,
    });
    const withoutMandate = await createTestPractice(db);
    const transfer = await insertInvoice(db, withoutMandate);
    const [holder] = await db.select({ name: practices.name }).from(practices).where(eq(practices.id, withoutMandate));
    Object.assign(fixtures, { debit: debit.number, transfer: transfer.number, holder: holder.name });
  });
}, 120_000);

describe("npm run invoices:sepa", () => {
  it("refuses wrong input (2) and a missing creditor configuration (1)", () => {
    const wrong = sepa("--month", "2026-13");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("kein Monat");
    const unconfigured = run("scripts/invoices-sepa.ts", ["--month", "2026-10"]);
    expect(unconfigured.status).toBe(1);
    expect(unconfigured.stdout).toBe("");
    expect(unconfigured.stderr).toContain("COMPANY_IBAN fehlt");
    expect(unconfigured.stderr).toContain("COMPANY_SEPA_CREDITOR_ID fehlt");
  }, 120_000);

  it("writes the file to stdout, lists the practice without mandate on stderr, and leaves it out next time", () => {
    const result = sepa("--month", "2026-10");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Document/);
    expect(result.stdout).toContain(`<EndToEndId>${fixtures.debit}</EndToEndId>`);
    expect(result.stdout).toContain("<SeqTp>FRST</SeqTp>");
    expect(result.stdout).toContain('<InstdAmt Ccy="EUR">35.80</InstdAmt>');
    expect(result.stdout).toContain("<Nm>Praxis Dr. Suess</Nm>");
    expect(result.stdout).toContain("<IBAN>DE02120300000000202051</IBAN>");
    expect(result.stdout).not.toContain(fixtures.transfer);
    expect(result.stderr).toContain(`Ohne Lastschrift: ${fixtures.transfer} ${fixtures.holder} ${formatCents(2261)} – zahlt per Überweisung`);
    expect(result.stderr).toContain(`1 Lastschrift über ${formatCents(3580)} (Erstlastschrift FRST 1, Folgelastschrift RCUR 0), Einzug am 06.11.2099.`);
    expect(schemaErrors(result.stdout, xsd)).toBeNull();

    const again = sepa("--month", "2026-10");
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain(`Schon in einer Lastschriftdatei vom`);
    expect(again.stderr).toContain("Nichts einzuziehen für Oktober 2026: keine Lastschriftdatei geschrieben.");

    expect(sepa("--month", "2026-10", "--again").stdout).toContain("<SeqTp>FRST</SeqTp>");
  }, 120_000);
});

describe("npm run invoices:mark-paid", () => {
  it("marks paid, reports the already paid and the unknown, and refuses what is not a number", async () => {
    const first = markPaid(fixtures.debit);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`Rechnung ${fixtures.debit} als bezahlt markiert.\n`);

    const again = markPaid(fixtures.debit, "2026-999999");
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(new RegExp(`Rechnung ${fixtures.debit} war schon am \\d{2}\\.\\d{2}\\.\\d{4} bezahlt.`));
    expect(again.stderr).toBe("Rechnung 2026-999999 gibt es nicht.\n");

    const wrong = markPaid("123");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Keine Rechnungsnummer");

    // A paid invoice is not collected any more.
    expect(sepa("--month", "2026-10", "--again").stdout).toBe("");

    const [row] = await cli.withDatabase((db) => db.select({ status: invoices.status }).from(invoices).where(eq(invoices.number, fixtures.debit)));
    expect(row.status).toBe("paid");
  }, 120_000);
});
