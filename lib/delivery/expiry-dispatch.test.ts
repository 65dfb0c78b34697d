import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dailyUsage } from "../../db/schema";
import { createCaller, FakeCarrier, messageRow, noMail, statusHistory, temporaryError } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { toApiMessage } from "../api/serialize-message";
import { acceptMessage } from "../messages/accept-message";
import { findMessage } from "../messages/find-messages";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { EXPIRED_REASON } from "./expiry";
import { dispatchDue, runChores, sweep } from "./sweep";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function accept(fields: { sendAt?: string; expiresAt?: string; text?: string } = {}) {
  const { caller } = await createCaller(database.db);
  const draft = validateSmsRequest({ to: "+4917612345678", text: "Ihr Termin heute um 11:30 Uhr.", ...fields }, caller.practice, t0);
  return { caller, message: (await acceptMessage(database.db, caller, draft, { now: t0 })).message };
}

describe("a message with expiresAt", () => {
  it("is stored and shown by the API", async () => {
    const { caller, message } = await accept({ expiresAt: "2026-11-26T12:30:00+01:00" });
    expect(toApiMessage(message).expiresAt).toBe("2026-11-26T11:30:00.000Z");
    const stored = await findMessage(database.db, caller.practice.id, message.id);
    expect(toApiMessage(stored!)).toMatchObject({ expiresAt: "2026-11-26T11:30:00.000Z", price: { amount: "0.08" } });
    expect(toApiMessage((await accept()).message).expiresAt).toBeNull();
  });

  it("goes to the carrier with the validity that is left; without expiresAt with 48 hours", async () => {
    const { message: limited } = await accept({ expiresAt: "2026-11-26T12:30:00+01:00" });
    const { message: open } = await accept();
    const carrier = new FakeCarrier();
    await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => at(0.5) });
    const validity = Object.fromEntries(carrier.submissions.map((sms) => [sms.id, sms.validityMinutes]));
    expect(validity).toEqual({ [limited.id]: 89, [open.id]: 2880 });
  });

  it("is not sent once expired while the carrier was down: undelivered, not billed, never submitted again", async () => {
    const { caller, message } = await accept({ expiresAt: "2026-11-26T11:10:00+01:00" });
    const carrier = new FakeCarrier(() => temporaryError);
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => t0 });
    expect(carrier.submissions.map((sms) => sms.validityMinutes)).toEqual([10]);
    // The carrier stays down; the retries come later and later, then the expiry passes.
    for (const minutes of [1, 2, 4, 8]) await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => at(minutes) });
    const triesBefore = carrier.submissions.length;
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(11) });
    await sweep({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => at(30) });
    expect(carrier.submissions).toHaveLength(triesBefore);

    const row = await messageRow(database.db, message.id);
    expect(row).toMatchObject({ status: "undelivered", statusReason: EXPIRED_REASON, priceCents: 0, submitting: false, claimedUntil: null, handedOverAt: null });
    expect((await statusHistory(database.db, message.id)).at(-1)).toEqual({ status: "undelivered", detail: EXPIRED_REASON });
    const shown = toApiMessage((await findMessage(database.db, caller.practice.id, message.id))!);
    expect(shown).toMatchObject({ status: "undelivered", statusReason: EXPIRED_REASON, price: { amount: "0.00" } });
    // The usage roll-up, and so the invoice, sums price_cents: nothing for it.
    const [usage] = await database.db.select().from(dailyUsage);
    expect(usage).toMatchObject({ messages: 1, priceCents: 0, undelivered: 1 });
  });

  it("is not handed over when the dispatcher only gets to it after the expiry (less than a minute left counts)", async () => {
    const { message } = await accept({ expiresAt: "2026-11-26T11:05:00+01:00" });
    const carrier = new FakeCarrier();
    const outcomes = await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => at(4.5) });
    expect(outcomes.undelivered).toBe(1);
    expect(carrier.submissions).toHaveLength(0);
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "undelivered", statusReason: EXPIRED_REASON, priceCents: 0 });
  });

  it("is ended by the chores while hand-overs do not run, but not while a dispatcher may be in the carrier call", async () => {
    const { message: waiting } = await accept({ expiresAt: "2026-11-26T11:05:00+01:00" });
    const { message: inCall } = await accept({ expiresAt: "2026-11-26T11:05:00+01:00", text: "Anderer Termin" });
    const { message: scheduled } = await accept({ sendAt: "2026-11-26T12:00:00+01:00", expiresAt: "2026-11-26T13:00:00+01:00" });
    // A dispatcher died inside the carrier call: the carrier may have it; its next attempt decides.
    await database.db.execute(
      sql`update messages set status = 'queued', submitting = true, claimed_until = ${at(1).toISOString()}, attempts = 1 where id = ${inCall.id}`,
    );
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => at(10) });
    expect(await messageRow(database.db, waiting.id)).toMatchObject({ status: "undelivered", statusReason: EXPIRED_REASON, priceCents: 0 });
    expect(await messageRow(database.db, inCall.id)).toMatchObject({ status: "queued", submitting: true });
    expect(await messageRow(database.db, scheduled.id)).toMatchObject({ status: "pending" });

    const carrier = new FakeCarrier();
    await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => at(10) });
    expect(carrier.submissions).toHaveLength(0);
    expect(await messageRow(database.db, inCall.id)).toMatchObject({ status: "undelivered", statusReason: EXPIRED_REASON, priceCents: 0 });
  });

  it("does not count against the practice's monthly limit once expired", async () => {
    const { caller } = await createCaller(database.db, { monthlyPartLimit: 1 });
    const draft = (fields: object) => validateSmsRequest({ to: "+4917612345678", text: "Termin", ...fields }, caller.practice, t0);
    await acceptMessage(database.db, caller, draft({ expiresAt: "2026-11-26T11:05:00+01:00" }), { now: t0 });
    await expect(acceptMessage(database.db, caller, draft({}), { now: t0 })).rejects.toMatchObject({ code: "monthly_limit_reached" });
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => at(10) });
    expect((await acceptMessage(database.db, caller, draft({}), { now: at(10) })).message.status).toBe("pending");
  });
});

