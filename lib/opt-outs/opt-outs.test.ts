import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, inboundMessages, messages, optOuts } from "../../db/schema";
import { addUser } from "../../db/testing/account-fixtures";
import { createCaller, FakeCarrier, FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { asApiError } from "../api/errors";
import { runChores } from "../delivery/sweep";
import { recordInbound } from "../inbound/record-inbound";
import { sendOne } from "../messages/send-one";
import { findOptedOut, liftOptOut, listOptOuts } from "./opt-outs";

const database = setUpTestDatabase();
const patient = "+4917612345606";
let replies = 0;

/** A practice that sent the patient a reminder from its number, and its main user. */
async function practiceWithReminder(sender: string) {
  const { caller } = await createCaller(database.db, { defaultSender: sender });
  const main = await addUser(database.db, caller.practice.id, "main");
  await sendOne(database.db, caller, { to: patient, text: "Ihr Termin ist morgen um 10 Uhr." });
  return { caller, main };
}

const reply = (to: string, text: string, receivedAt = new Date()) =>
  recordInbound(database.db, { carrier: "simulator", carrierMessageId: `stop-${++replies}-${Date.now()}`, from: patient.slice(1), to, text, receivedAt });

async function messageCount(practiceId: string) {
  const [row] = await database.db.select({ value: count() }).from(messages).where(eq(messages.practiceId, practiceId));
  return row.value;
}

/** The API's answer to a refused send: status and error body. */
async function refusal(promise: Promise<unknown>) {
  const refused = asApiError(await promise.then(() => null, (caught: unknown) => caught));
  return refused && { status: refused.status, ...refused.toBody().error };
}

describe("a patient's opt-out", () => {
  it("blocks the number for the practice after a stop word; the reply is kept and still forwarded", async () => {
    const { caller } = await practiceWithReminder("+4915112345601");
    const replyId = await reply("+4915112345601", " Stopp! ");
    expect(replyId).not.toBeNull();
    const [stored] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.id, replyId!));
    expect(stored).toMatchObject({ practiceId: caller.practice.id, text: " Stopp! ", forwardedAt: null });
    const rows = await database.db.select().from(optOuts).where(eq(optOuts.practiceId, caller.practice.id));
    expect(rows).toEqual([expect.objectContaining({ number: patient, replyId })]);

    const before = await messageCount(caller.practice.id);
    expect(await refusal(sendOne(database.db, caller, { to: "0176 12345606", text: "Noch eine Erinnerung" }))).toEqual({
      status: 422,
      code: "recipient_opted_out",
      message: expect.stringContaining("keine weiteren SMS"),
      field: "to",
    });
    expect(await messageCount(caller.practice.id)).toBe(before);
  });

  it("is not made by a reply that only contains a stop word, nor twice by a repeated webhook", async () => {
    const { caller } = await practiceWithReminder("+4915112345602");
    await reply("+4915112345602", "Ende Mai passt");
    expect(await findOptedOut(database.db, caller.practice.id, [patient])).toEqual(new Set());
    const stop = { carrier: "simulator", carrierMessageId: `stop-repeat-${Date.now()}`, from: patient, to: "+4915112345602", text: "STOP", receivedAt: new Date() };
    expect(await recordInbound(database.db, stop)).not.toBeNull();
    expect(await recordInbound(database.db, stop)).toBeNull();
    await reply("+4915112345602", "ende");
    expect(await database.db.select().from(optOuts).where(eq(optOuts.practiceId, caller.practice.id))).toHaveLength(1);
  });

  it("leaves other practices alone", async () => {
    const optedOut = await practiceWithReminder("+4915112345603");
    const other = await practiceWithReminder("+4915112345604");
    await reply("+4915112345603", "ABMELDEN");
    expect(await findOptedOut(database.db, other.caller.practice.id, [patient])).toEqual(new Set());
    const { message } = await sendOne(database.db, other.caller, { to: patient, text: "Ihr Termin ist morgen." });
    expect(message.recipient).toBe(patient);
    expect(await findOptedOut(database.db, optedOut.caller.practice.id, [patient, "+4917600000000", patient])).toEqual(new Set([patient]));
    expect(await findOptedOut(database.db, optedOut.caller.practice.id, [])).toEqual(new Set());
  });

  it("is listed for the main user and lifted with an audit entry; then messages go out again", async () => {
    const { caller, main } = await practiceWithReminder("+4915112345605");
    const replyId = await reply("+4915112345605", "Abbestellen.");
    const [listed] = await listOptOuts(database.db, main);
    expect(listed).toMatchObject({ maskedNumber: "+49 176 ••• 5606", replyText: "Abbestellen." });

    const staff = await addUser(database.db, caller.practice.id, "staff");
    await expect(listOptOuts(database.db, staff)).rejects.toMatchObject({ code: "forbidden" });
    await expect(liftOptOut(database.db, staff, listed.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(liftOptOut(database.db, main, "kein-uuid")).rejects.toMatchObject({ code: "not_found" });

    expect(await liftOptOut(database.db, main, listed.id)).toEqual({ maskedNumber: "+49 176 ••• 5606" });
    expect(await listOptOuts(database.db, main)).toEqual([]);
    const [entry] = await database.db.select().from(auditLog).where(and(eq(auditLog.practiceId, caller.practice.id), eq(auditLog.action, "opt_out.lifted")));
    expect(entry).toMatchObject({ actorUserId: main.userId, details: { number: "+49 176 ••• 5606", optedOutAt: listed.createdAt.toISOString() } });
    expect(JSON.stringify(entry.details)).not.toContain("12345606");
    // The reply that opted out stays as it was.
    expect(await database.db.select({ id: inboundMessages.id }).from(inboundMessages).where(eq(inboundMessages.id, replyId!))).toHaveLength(1);

    const { message } = await sendOne(database.db, caller, { to: patient, text: "Willkommen zurück" });
    expect(message.status).toBe("pending");
    await expect(liftOptOut(database.db, main, listed.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("outlives the 60-day erasure of the reply, which takes the reply's text with it", async () => {
    const { caller, main } = await practiceWithReminder("+4915112345607");
    await reply("+4915112345607", "stop", new Date(Date.now() - 61 * 24 * 60 * 60_000));
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: new FakeMailer() });
    expect(await listOptOuts(database.db, main)).toEqual([expect.objectContaining({ maskedNumber: "+49 176 ••• 5606", replyText: null })]);
    await expect(sendOne(database.db, caller, { to: patient, text: "Erinnerung" })).rejects.toMatchObject({ code: "recipient_opted_out" });
  });
});
