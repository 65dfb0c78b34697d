import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, practices, practiceSenders, replyNumbers } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { FakeCarrier, FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import type { Actor } from "../accounts/actor";
import { runChores } from "../delivery/sweep";
import { addSenderName, confirmNumberCode, removeSender, requestNumberCode } from "./practice-senders";
import { addReplyNumbers, endOfBerlinMonth } from "./reply-numbers";
import { getSmsSettings, setCharacterOptimisation, setDefaultSender, setMonthlyPartLimit, setQuietHours, setReplyForwardEmail, setReplyNumber } from "./sms-settings";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-26T10:00:00Z");
// Audit entries are read back by time: each step of a test gets its own minute.
const t1 = new Date(t0.getTime() + 60_000);

async function practiceRow(practiceId: string) {
  const [row] = await database.db.select().from(practices).where(eq(practices.id, practiceId));
  return row;
}

async function lastAudit(practiceId: string) {
  const [row] = await database.db.select().from(auditLog).where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.action, "sms_settings.changed"))).orderBy(desc(auditLog.createdAt)).limit(1);
  return row ?? null;
}

const fieldError = (field: string) => ({ code: "invalid_request", field });

describe("SMS settings", () => {
  it("turns the optimisation on and off, each change in the audit log", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    expect(await setCharacterOptimisation(database.db, main, true, t0)).toEqual({ changed: true });
    expect((await getSmsSettings(database.db, main)).optimiseCharacters).toBe(true);
    expect((await lastAudit(practiceId))?.details).toEqual({ optimiseCharacters: { from: false, to: true } });
    expect(await setCharacterOptimisation(database.db, main, true, t0)).toEqual({ changed: false });
    await setCharacterOptimisation(database.db, main, false, t0);
    expect((await practiceRow(practiceId)).optimiseCharacters).toBe(false);
  });

  it("keeps a monthly part limit: empty is none, anything but a whole number from 1 is a field error", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await setMonthlyPartLimit(database.db, main, " 5000 ", t0);
    expect((await getSmsSettings(database.db, main)).monthlyPartLimit).toBe(5000);
    expect((await lastAudit(practiceId))?.details).toEqual({ monthlyPartLimit: { from: null, to: 5000 } });
    for (const bad of ["0", "-3", "1,5", "12a", "99999999999"]) {
      await expect(setMonthlyPartLimit(database.db, main, bad, t0)).rejects.toMatchObject(fieldError("monthlyPartLimit"));
    }
    await setMonthlyPartLimit(database.db, main, "", t0);
    expect((await practiceRow(practiceId)).monthlyPartLimit).toBeNull();
  });

  it("forwards replies to another address, or to the contact address when empty", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await setReplyForwardEmail(database.db, main, "Empfang@Praxis.example", t0);
    const settings = await getSmsSettings(database.db, main);
    expect(settings.replyForwardEmail).toBe("empfang@praxis.example");
    await expect(setReplyForwardEmail(database.db, main, "keine-adresse", t0)).rejects.toMatchObject(fieldError("replyForwardEmail"));
    await setReplyForwardEmail(database.db, main, "  ", t1);
    expect((await practiceRow(practiceId)).replyForwardEmail).toBeNull();
    expect((await lastAudit(practiceId))?.details).toEqual({ replyForwardEmail: { from: "empfang@praxis.example", to: null } });
  });

  it("adds and removes sender names, refuses another practice's name, and picks only owned senders as default", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    await addSenderName(database.db, b.main, "Praxis Nord", t0);
    await expect(addSenderName(database.db, a.main, "PRAXIS NORD", t0)).rejects.toMatchObject({ code: "sender_taken", field: "name" });
    await expect(addSenderName(database.db, a.main, "Viel zu langer Name", t0)).rejects.toMatchObject({ code: "invalid_sender", field: "name" });

    await expect(addSenderName(database.db, a.main, "Dr. Süd", t0)).rejects.toMatchObject({ code: "invalid_sender", field: "name" });
    const added = await addSenderName(database.db, a.main, "Dr Sued", t0);
    expect(added).toEqual({ value: "Dr Sued", created: true });
    expect((await lastAudit(a.practiceId))?.details).toEqual({ sender: { from: null, to: "Dr Sued" } });

    await expect(setDefaultSender(database.db, a.main, "Praxis Nord", t0)).rejects.toMatchObject(fieldError("defaultSender"));
    await setDefaultSender(database.db, a.main, "dr sued", t0);
    expect((await practiceRow(a.practiceId)).defaultSender).toBe("Dr Sued");

    const listed = (await getSmsSettings(database.db, a.main)).senders.find((sender) => sender.value === "Dr Sued")!;
    await expect(removeSender(database.db, a.main, listed.id!, t0)).rejects.toMatchObject(fieldError("senderId"));
    await setDefaultSender(database.db, a.main, "", t0);
    expect(await removeSender(database.db, a.main, listed.id!, t1)).toEqual({ value: "Dr Sued" });
    expect((await getSmsSettings(database.db, a.main)).senders.map((sender) => sender.value)).not.toContain("Dr Sued");
    expect((await lastAudit(a.practiceId))?.details).toEqual({ sender: { from: "Dr Sued", to: null } });
  });

  it("adds a number by the code sent to it, and only then can it be the default", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const carrier = new FakeCarrier();
    const started = await requestNumberCode(database.db, carrier, main, "0176 12345600", t0);
    if (started.status !== "code-sent") throw new Error("no code sent");
    expect(carrier.submissions[0]).toMatchObject({ to: "+4917612345600", from: "Praxisbote" });
    expect((await getSmsSettings(database.db, main, t0)).senders).toContainEqual(expect.objectContaining({ value: "+4917612345600", verifiedAt: null, codePending: true }));
    await expect(setDefaultSender(database.db, main, "+4917612345600", t0)).rejects.toMatchObject(fieldError("defaultSender"));
    await expect(confirmNumberCode(database.db, main, "+4917612345600", started.code === "000000" ? "111111" : "000000", t0)).rejects.toMatchObject({ code: "wrong_code", field: "code" });
    expect(await confirmNumberCode(database.db, main, "+4917612345600", started.code, t0)).toMatchObject({ status: "verified" });
    expect((await lastAudit(practiceId))?.details).toEqual({ sender: { from: null, to: "+4917612345600" } });
    await setDefaultSender(database.db, main, "004917612345600", t0);
    expect((await practiceRow(practiceId)).defaultSender).toBe("+4917612345600");
    await expect(requestNumberCode(database.db, carrier, main, "+4930123456", t0)).rejects.toMatchObject({ code: "invalid_sender", field: "number" });
  });

  it("refuses staff every read and change, and changes nothing", async () => {
    const { practiceId } = await createPracticeWithMain(database.db);
    const staff: Actor = await addUser(database.db, practiceId, "staff");
    const [sender] = await database.db.insert(practiceSenders).values({ practiceId, kind: "name", value: "Staffpraxis", verifiedAt: t0 }).returning();
    await addReplyNumbers(database.db, ["+4915112345609"]);
    const before = await snapshotDatabase(database.db);
    const calls = [
      () => getSmsSettings(database.db, staff),
      () => setCharacterOptimisation(database.db, staff, true),
      () => setMonthlyPartLimit(database.db, staff, "10"),
      () => setReplyForwardEmail(database.db, staff, "a@b.example"),
      () => setDefaultSender(database.db, staff, "Staffpraxis"),
      () => setReplyNumber(database.db, staff, true),
      () => addSenderName(database.db, staff, "Neuer Name"),
      () => requestNumberCode(database.db, new FakeCarrier(), staff, "+4917612345600"),
      () => confirmNumberCode(database.db, staff, "+4917612345600", "123456"),
      () => removeSender(database.db, staff, sender.id),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});

describe("the reply number", () => {
  it("assigns a free number as reply number and default sender, with its fee from the price list", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await expect(setReplyNumber(database.db, main, true, t0)).rejects.toMatchObject(fieldError("replyNumber"));
    await addReplyNumbers(database.db, ["+4915112345601"]);
    expect(await setReplyNumber(database.db, main, true, t0)).toEqual({ status: "assigned", number: "+4915112345601" });
    const row = await practiceRow(practiceId);
    expect(row).toMatchObject({ replyNumber: "+4915112345601", defaultSender: "+4915112345601" });
    expect((await lastAudit(practiceId))?.details).toMatchObject({ replyNumber: { from: null, to: "+4915112345601" } });
    const settings = await getSmsSettings(database.db, main);
    expect(settings).toMatchObject({ replyNumber: "+4915112345601", replyNumberFeeCents: 900, freeReplyNumbers: 0 });
    expect(settings.senders[0]).toMatchObject({ id: null, kind: "reply_number" });
    expect(await setReplyNumber(database.db, main, true, t0)).toEqual({ status: "kept", number: "+4915112345601" });
  });

  it("gives one free number to exactly one of two practices asking at once", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    await addReplyNumbers(database.db, ["+4915112345602"]);
    const results = await Promise.allSettled([setReplyNumber(database.db, a.main, true, t0), setReplyNumber(database.db, b.main, true, t0)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected" && (result.reason as { field?: string }).field === "replyNumber")).toHaveLength(1);
    const holders = (await Promise.all([practiceRow(a.practiceId), practiceRow(b.practiceId)])).filter((row) => row.replyNumber === "+4915112345602");
    expect(holders).toHaveLength(1);
    const [pool] = await database.db.select().from(replyNumbers);
    expect(pool.practiceId).toBe(holders[0].id);
  });

  it("keeps a number turned off until the month ends, then the chores return it to the pool", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const other = await createPracticeWithMain(database.db);
    await addReplyNumbers(database.db, ["+4915112345603"]);
    await setReplyNumber(database.db, main, true, t0);
    const monthEnd = endOfBerlinMonth(t0);
    expect(monthEnd.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(await setReplyNumber(database.db, main, false, t0)).toEqual({ status: "release-scheduled", number: "+4915112345603", releaseAt: monthEnd });
    expect((await getSmsSettings(database.db, main)).replyNumberReleaseAt).toEqual(monthEnd);
    // Still the practice's, and not free for another one, until the month is over.
    await expect(setReplyNumber(database.db, other.main, true, t0)).rejects.toMatchObject(fieldError("replyNumber"));
    const deps = { db: database.db, carrier: new FakeCarrier(), mailer: new FakeMailer() };
    await runChores({ ...deps, now: () => new Date(monthEnd.getTime() - 1000) });
    expect((await practiceRow(practiceId)).replyNumber).toBe("+4915112345603");

    await runChores({ ...deps, now: () => monthEnd });
    expect(await practiceRow(practiceId)).toMatchObject({ replyNumber: null, defaultSender: null });
    expect((await lastAudit(practiceId))?.details).toEqual({ replyNumber: { from: "+4915112345603", to: null }, defaultSender: { from: "+4915112345603", to: null } });
    expect(await setReplyNumber(database.db, other.main, true, monthEnd)).toEqual({ status: "assigned", number: "+4915112345603" });
  });

  it("calls a scheduled release off when turned on again, and lets the assignment itself free a due number", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    await addReplyNumbers(database.db, ["+4915112345604"]);
    await setReplyNumber(database.db, a.main, true, t0);
    await setReplyNumber(database.db, a.main, false, t0);
    expect(await setReplyNumber(database.db, a.main, true, t0)).toEqual({ status: "kept", number: "+4915112345604" });
    expect((await getSmsSettings(database.db, a.main)).replyNumberReleaseAt).toBeNull();

    await setReplyNumber(database.db, a.main, false, t0);
    const later = new Date("2026-12-02T08:00:00Z");
    expect(await setReplyNumber(database.db, b.main, true, later)).toEqual({ status: "assigned", number: "+4915112345604" });
    expect((await practiceRow(a.practiceId)).replyNumber).toBeNull();
  });
});

describe("the sending window", () => {
  it("is kept as typed, across midnight too, each change in the audit log; both empty turns it off", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    expect((await getSmsSettings(database.db, main)).quietHours).toBeNull();
    expect(await setQuietHours(database.db, main, { quietHoursStart: " 8:00 ", quietHoursEnd: "20.00" }, t0)).toEqual({ changed: true, quietHours: { start: 480, end: 1200 } });
    expect((await lastAudit(practiceId))?.details).toEqual({ quietHours: { from: null, to: "08:00–20:00" } });
    expect(await setQuietHours(database.db, main, { quietHoursStart: "08:00", quietHoursEnd: "20:00" }, t0)).toMatchObject({ changed: false });
    await setQuietHours(database.db, main, { quietHoursStart: "20:00", quietHoursEnd: "08:00" }, t1);
    expect((await getSmsSettings(database.db, main)).quietHours).toEqual({ start: 1200, end: 480 });
    await setQuietHours(database.db, main, { quietHoursStart: "", quietHoursEnd: " " }, new Date(t1.getTime() + 60_000));
    expect(await practiceRow(practiceId)).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
    expect((await lastAudit(practiceId))?.details).toEqual({ quietHours: { from: "20:00–08:00", to: null } });
  });

  it("names the field of a bad entry, and staff may not change it", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const cases: [start: string, end: string, field: string][] = [
      ["8 Uhr", "20:00", "quietHoursStart"],
      ["08:00", "25:00", "quietHoursEnd"],
      ["08:00", "", "quietHoursEnd"],
      ["", "20:00", "quietHoursStart"],
      ["08:00", "8:00", "quietHoursEnd"],
    ];
    for (const [quietHoursStart, quietHoursEnd, field] of cases) {
      await expect(setQuietHours(database.db, main, { quietHoursStart, quietHoursEnd }, t0), `${quietHoursStart}–${quietHoursEnd}`).rejects.toMatchObject(fieldError(field));
    }
    expect(await practiceRow(practiceId)).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
    const staff = await addUser(database.db, practiceId, "staff");
    await expect(setQuietHours(database.db, staff, { quietHoursStart: "08:00", quietHoursEnd: "20:00" }, t0)).rejects.toMatchObject({ code: "forbidden" });
  });
});
