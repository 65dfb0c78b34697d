import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, practices } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { describeAuditDetails } from "../audit/format-audit-details";
import { updateBankDetails } from "../billing/bank-details";
import { getPracticeSettings, updatePracticeData, type SaveResult } from "./practice-settings";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const t1 = new Date("2026-12-03T09:00:00Z");

const form = {
  name: "Zahnarztpraxis Dr. Weiß",
  street: "Königstraße 1",
  postalCode: "70173",
  city: "Stuttgart",
  contactName: "Dr. Eva Weiß",
  contactPhone: "0711 123456",
  billingEmail: "",
  vatId: "de 123 456 789",
};

const bank = { billingName: "Dr. Eva Weiß", iban: "de89 3704 0044 0532 0130 00", bic: "", acceptMandate: "on" };

const fieldErrors = (result: SaveResult) =>
  result.ok ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));

const practiceRow = async (practiceId: string) => (await database.db.select().from(practices).where(eq(practices.id, practiceId)))[0];
const auditOf = async (practiceId: string) =>
  (await database.db.select().from(auditLog).where(eq(auditLog.practiceId, practiceId)).orderBy(auditLog.id)).map(({ action, details, actorEmail }) => ({ action, details, actorEmail }));

describe("practice data", () => {
  it("stores the form normalised and logs old and new values", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const before = await practiceRow(practiceId);
    expect(await updatePracticeData(database.db, main, form, t0)).toMatchObject({ ok: true });
    const row = await practiceRow(practiceId);
    expect(row).toMatchObject({ name: form.name, street: "Königstraße 1", postalCode: "70173", vatId: "DE123456789", billingEmail: null });
    const [entry] = await auditOf(practiceId);
    expect(entry).toMatchObject({ action: "practice.changed", actorEmail: main.email });
    expect(entry.details).toMatchObject({ name: { from: before.name, to: form.name }, vatId: { from: null, to: "DE123456789" } });
    expect(describeAuditDetails(entry.details)).toContainEqual({ label: "USt-IdNr.", value: "— → DE123456789" });
  });

  it("refuses a wrong VAT id, postcode and e-mail with a German message per field, and changes nothing", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const before = await snapshotDatabase(database.db);
    const result = await updatePracticeData(database.db, main, { ...form, vatId: "ATU12345678", postalCode: "1010", billingEmail: "rechnung@" }, t0);
    expect(fieldErrors(result)).toEqual({
      vatId: "Eine deutsche USt-IdNr. ist DE und 9 Ziffern, z. B. DE123456789.",
      postalCode: "Die Postleitzahl in Deutschland ist fünfstellig.",
      billingEmail: expect.stringMatching(/gültige E-Mail-Adresse/),
    });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("follows the practice's country: an Austrian practice has a UID ATU + 8 digits and a 4-digit postcode", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await database.db.update(practices).set({ country: "AT" }).where(eq(practices.id, practiceId));
    expect(fieldErrors(await updatePracticeData(database.db, main, form, t0))).toMatchObject({ vatId: expect.stringMatching(/ATU und 8 Ziffern/), postalCode: expect.any(String) });
    expect(await updatePracticeData(database.db, main, { ...form, postalCode: "1010", city: "Wien", vatId: "atu12345678" }, t0)).toMatchObject({ ok: true });
    expect(await practiceRow(practiceId)).toMatchObject({ vatId: "ATU12345678", postalCode: "1010" });
  });

  it("writes nothing when nothing changed", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await updatePracticeData(database.db, main, form, t0);
    expect(await updatePracticeData(database.db, main, form, t1)).toEqual({ ok: true, changed: [] });
    expect(await auditOf(practiceId)).toHaveLength(1);
  });
});

describe("bank details and the SEPA mandate", () => {
  it("refuses an invalid IBAN and a missing mandate with field errors, and changes nothing", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const before = await snapshotDatabase(database.db);
    expect(fieldErrors(await updateBankDetails(database.db, main, { ...bank, iban: "DE89 3704 0044 0532 0130 01" }, t0))).toEqual({
      iban: expect.stringMatching(/IBAN ist ungültig/),
    });
    expect(fieldErrors(await updateBankDetails(database.db, main, { ...bank, acceptMandate: "" }, t0))).toEqual({
      acceptMandate: "Bitte erteilen Sie das SEPA-Lastschriftmandat.",
    });
    expect(fieldErrors(await updateBankDetails(database.db, main, { ...bank, bic: "XYZ" }, t0))).toEqual({ bic: expect.stringMatching(/BIC ist ungültig/) });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("stores the IBAN without spaces, creates the mandate, and logs masked IBANs", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    expect(await updateBankDetails(database.db, main, bank, t0)).toMatchObject({ ok: true });
    const row = await practiceRow(practiceId);
    const reference = `PB-${practiceId.replace(/-/g, "").slice(0, 12).toUpperCase()}-1`;
    expect(row).toMatchObject({ iban: "DE89370400440532013000", bic: null, billingName: "Dr. Eva Weiß", sepaMandateReference: reference, sepaMandateAcceptedAt: t0 });
    const [entry] = await auditOf(practiceId);
    expect(entry.action).toBe("bank_details.changed");
    expect(entry.details).toMatchObject({ iban: { from: null, to: "DE89 •••• •••• •••• 3000" }, mandateReference: { from: null, to: reference } });
    expect(JSON.stringify(entry.details)).not.toContain("370400440532013000");
    expect(describeAuditDetails(entry.details)).toEqual(
      expect.arrayContaining([
        { label: "IBAN", value: "— → DE89 •••• •••• •••• 3000" },
        { label: "SEPA-Mandat erteilt", value: "— → 27.11.2026" },
      ]),
    );

    const settings = await getPracticeSettings(database.db, main);
    expect(settings.bank.ibanGrouped).toBe("DE89 3704 0044 0532 0130 00");
    expect(settings.mandate).toMatchObject({ reference, acceptedAt: t0, valid: true, nextReference: reference.replace(/-1$/, "-2") });
  });

  it("keeps the mandate for the same IBAN and asks again, with a new reference, for a new one", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await updateBankDetails(database.db, main, bank, t0);
    const first = await practiceRow(practiceId);
    // Holder changed, same account: the mandate stands, no tick needed.
    expect(await updateBankDetails(database.db, main, { ...bank, billingName: "Praxis Weiß GbR", acceptMandate: "" }, t1)).toMatchObject({ ok: true });
    expect(await practiceRow(practiceId)).toMatchObject({ sepaMandateReference: first.sepaMandateReference, sepaMandateAcceptedAt: t0 });
    // A new account without the tick is refused.
    const austrian = { ...bank, iban: "AT61 1904 3002 3457 3201", acceptMandate: "" };
    expect(fieldErrors(await updateBankDetails(database.db, main, austrian, t1))).toEqual({ acceptMandate: expect.stringMatching(/neue IBAN/) });
    expect(await updateBankDetails(database.db, main, { ...austrian, bic: " bkau atww ", acceptMandate: "on" }, t1)).toMatchObject({ ok: true });
    const second = await practiceRow(practiceId);
    expect(second.sepaMandateReference).toBe(first.sepaMandateReference!.replace(/-1$/, "-2"));
    expect(second).toMatchObject({ iban: "AT611904300234573201", bic: "BKAUATWW", sepaMandateAcceptedAt: t1 });
    const entries = await auditOf(practiceId);
    expect(entries.at(-1)!.details).toMatchObject({
      iban: { from: "DE89 •••• •••• •••• 3000", to: "AT61 •••• •••• •••• 3201" },
      mandateReference: { from: first.sepaMandateReference, to: second.sepaMandateReference },
    });
    expect(entries[1].details).toEqual({ billingName: { from: "Dr. Eva Weiß", to: "Praxis Weiß GbR" } });
  });

  it("gives every practice its own mandate reference", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    await updateBankDetails(database.db, a.main, bank, t0);
    await updateBankDetails(database.db, b.main, bank, t0);
    expect((await practiceRow(a.practiceId)).sepaMandateReference).not.toBe((await practiceRow(b.practiceId)).sepaMandateReference);
  });
});

describe("staff", () => {
  it("are refused everything on this page, and nothing changes", async () => {
    const { practiceId } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    await expect(getPracticeSettings(database.db, staff)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updatePracticeData(database.db, staff, form, t0)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateBankDetails(database.db, staff, bank, t0)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});
