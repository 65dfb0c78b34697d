import { mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authTokens, dailyUsage, loginAttempts, messages, requestLimits } from "../../db/schema";
import { createCaller, FakeCarrier, noMail } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { recordLoginAttempt } from "../auth/lockout";
import { withinRequestLimit } from "../auth/request-limit";
import { issueToken } from "../auth/tokens";
import { FileMailer } from "../email/mailer";
import { acceptMessage } from "../messages/accept-message";
import { cancelMessage } from "../messages/cancel-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { recordReport } from "./record-report";
import { runChores, sweep } from "./sweep";

const database = setUpTestDatabase();

// 23:30 UTC on 30 November is already 1 December in Berlin.
const lateEvening = new Date("2026-11-30T23:30:00Z");

describe("chores", () => {
  it("count usage per Berlin day without cancelled messages", async () => {
    const { caller } = await createCaller(database.db);
    const accept = async (text: string, sendAt?: string) =>
      (await acceptMessage(database.db, caller, validateSmsRequest({ to: "+4917612345678", text, sendAt }, caller.practice, lateEvening), { now: lateEvening })).message;
    await accept("a".repeat(200));
    const scheduled = await accept("kurz", "2026-12-10T09:00:00+01:00");
    await cancelMessage(database.db, caller.practice.id, scheduled.id, lateEvening);
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => lateEvening });
    const usage = await database.db.select().from(dailyUsage);
    expect(usage).toEqual([expect.objectContaining({ day: "2026-12-01", messages: 1, segments: 2, priceCents: 16 })]);
  });

  it("take a scheduled message cancelled days later out of the day it was accepted on", async () => {
    const { caller } = await createCaller(database.db);
    const acceptedAt = new Date("2026-03-02T10:00:00Z");
    const { message } = await acceptMessage(
      database.db,
      caller,
      validateSmsRequest({ to: "+4917612345678", text: "Recall", sendAt: "2026-03-30T09:00:00+02:00" }, caller.practice, acceptedAt),
      { now: acceptedAt },
    );
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => acceptedAt });
    expect(await database.db.select().from(dailyUsage)).toHaveLength(1);
    await cancelMessage(database.db, caller.practice.id, message.id, new Date("2026-03-10T10:00:00Z"));
    expect(await database.db.select().from(dailyUsage)).toEqual([]);
  });

  it("erase number and text 60 days after the final status, keeping what billing needs", async () => {
    const { caller } = await createCaller(database.db);
    const sentAt = new Date("2026-09-01T10:00:00Z");
    const { message } = await acceptMessage(database.db, caller, validateSmsRequest({ to: "+4917612345678", text: "Geheim" }, caller.practice, sentAt), { now: sentAt });
    const carrier = new FakeCarrier();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => sentAt });
    await recordReport(database.db, { carrier: "fake", carrierMessageId: carrier.sent.get(message.id)!, status: "delivered", carrierStatus: "DELIVERED" }, sentAt);

    await runChores({ db: database.db, carrier, mailer: noMail, now: () => new Date("2026-10-30T10:00:00Z") });
    expect((await database.db.select().from(messages).where(eq(messages.id, message.id)))[0].text).toBe("Geheim");

    await runChores({ db: database.db, carrier, mailer: noMail, now: () => new Date("2026-11-01T10:00:00Z") });
    const [erased] = await database.db.select().from(messages).where(eq(messages.id, message.id));
    expect(erased).toMatchObject({ text: null, recipient: null, status: "delivered", segments: 1, priceCents: 8 });
    expect(erased.erasedAt).not.toBeNull();
  });

  it("erase e-mails in the file mailbox after the same 60 days", async () => {
    const mailbox = await mkdtemp(path.join(tmpdir(), "pb-mailbox-"));
    const mailer = new FileMailer(mailbox);
    const now = new Date("2026-11-01T10:00:00Z");
    const day = 24 * 60 * 60 * 1000;
    const { id: old } = await mailer.send({ to: "praxis@example.test", subject: "Antwort von +4917612345678", html: "<p>Ja</p>", text: "Ja", idempotencyKey: "old" });
    const { id: recent } = await mailer.send({ to: "praxis@example.test", subject: "Antwort von +4917612345600", html: "<p>Nein</p>", text: "Nein", idempotencyKey: "recent" });
    await utimes(old, new Date(now.getTime() - 61 * day), new Date(now.getTime() - 61 * day));
    await utimes(recent, new Date(now.getTime() - 59 * day), new Date(now.getTime() - 59 * day));

    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer, now: () => now });
    expect(await readdir(mailbox)).toEqual([path.basename(recent)]);
    await rm(mailbox, { recursive: true, force: true });
  });

  it("forget login attempts, form limits and used-up links a day after they mattered", async () => {
    const now = new Date("2026-11-01T10:00:00Z");
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 60 * 60_000);
    await recordLoginAttempt(database.db, "alt@example.test", "192.0.2.1", false, hoursAgo(25));
    await recordLoginAttempt(database.db, "neu@example.test", "192.0.2.1", false, hoursAgo(1));
    await withinRequestLimit(database.db, "signup", "192.0.2.1", 5, 60 * 60_000, hoursAgo(30));
    await withinRequestLimit(database.db, "signup", "192.0.2.1", 5, 60 * 60_000, hoursAgo(1));
    await issueToken(database.db, "password_reset", {}, hoursAgo(26));
    await issueToken(database.db, "password_reset", {}, hoursAgo(2));

    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => now });
    expect((await database.db.select().from(loginAttempts)).map((row) => row.email)).toEqual(["neu@example.test"]);
    expect(await database.db.select().from(requestLimits)).toHaveLength(1);
    expect(await database.db.select().from(authTokens)).toHaveLength(1);
  });
});
