import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages, practices } from "../../db/schema";
import { createCaller, FakeCarrier } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { ApiError } from "../api/errors";
import { DomainError } from "../errors/domain-error";
import { sendOne } from "../messages/send-one";
import { addVerifiedNumber, registerSenderName } from "./owned-senders";
import { startNumberVerification } from "./number-verification";

const database = setUpTestDatabase();
const reminder = { to: "+4917612345678", text: "Ihr Termin ist morgen um 10 Uhr." };

async function storedMessages() {
  const [{ value }] = await database.db.select({ value: count() }).from(messages);
  return value;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("sending only from senders the practice owns", () => {
  it("refuses another practice's name, reply number and an unverified number with 400 sender_not_allowed, storing nothing", async () => {
    await createCaller(database.db, { replyNumber: "+4915112345600" }, { senders: ["Praxis Berg"] });
    const other = await createCaller(database.db);
    await startNumberVerification(database.db, new FakeCarrier(), other.caller.practice.id, "+4917699999999");

    for (const from of ["Praxis Berg", "PRAXIS BERG", "+4915112345600", "004915112345600", "+4917699999999", "Nie gehoert"]) {
      const error = await refusal(sendOne(database.db, other.caller, { ...reminder, from }));
      expect(error, from).toMatchObject({ code: "sender_not_allowed", field: "from" });
      expect(error.message, from).toContain("nicht registriert");
      expect(error.message, from).toContain("registrieren");
      expect(ApiError.fromDomain(error).status).toBe(400);
    }
    expect(await storedMessages()).toBe(0);
  });

  it("sends from its own name in any case (as registered), its reply number and a verified number", async () => {
    const { caller } = await createCaller(database.db, { replyNumber: "+4915112345600" }, { senders: ["Praxis Berg"] });
    await addVerifiedNumber(database.db, caller.practice.id, "+4912341234567");

    const sentAs = async (from: string) => (await sendOne(database.db, caller, { ...reminder, from })).message.sender;
    expect(await sentAs("praxis berg")).toBe("Praxis Berg");
    expect(await sentAs("Praxis Berg")).toBe("Praxis Berg");
    expect(await sentAs("+4915112345600")).toBe("+4915112345600");
    expect(await sentAs("004912341234567")).toBe("+4912341234567");
    expect(await sentAs("+4912341234567")).toBe("+4912341234567");
    expect(await storedMessages()).toBe(5);
  });

  it("refuses a default sender the practice does not own, and says that it is the default", async () => {
    const { caller } = await createCaller(database.db, { defaultSender: "Fremd" }, { ownsDefaultSender: false });
    const error = await refusal(sendOne(database.db, caller, reminder));
    expect(error).toMatchObject({ code: "sender_not_allowed", field: "from" });
    expect(error.message).toContain("Standardabsender „Fremd“");
    expect(await storedMessages()).toBe(0);

    // The rented reply number goes before the default sender, and is always the practice's own.
    await database.db.update(practices).set({ replyNumber: "+4915112345600" }).where(eq(practices.id, caller.practice.id));
    const withReplyNumber = { ...caller, practice: { ...caller.practice, replyNumber: "+4915112345600" } };
    expect((await sendOne(database.db, withReplyNumber, reminder)).message.sender).toBe("+4915112345600");
  });
});

describe("registering a sender name", () => {
  it("gives a name to one practice only, in any case", async () => {
    const first = await createCaller(database.db);
    const second = await createCaller(database.db);
    expect(await registerSenderName(database.db, first.caller.practice.id, "Dr. Berg")).toEqual({ value: "Dr. Berg", created: true });
    expect(await registerSenderName(database.db, first.caller.practice.id, "DR. BERG")).toEqual({ value: "Dr. Berg", created: false });
    await expect(registerSenderName(database.db, second.caller.practice.id, "dr. berg")).rejects.toMatchObject({
      code: "sender_taken",
      message: expect.stringContaining("schon für eine andere Praxis registriert"),
    });
  });

  it("refuses what cannot be a name, and our own", async () => {
    const { caller } = await createCaller(database.db);
    await expect(registerSenderName(database.db, caller.practice.id, "Zahnarztpraxis Berg")).rejects.toMatchObject({ code: "invalid_sender" });
    await expect(registerSenderName(database.db, caller.practice.id, "+4912341234567")).rejects.toMatchObject({ code: "invalid_sender" });
    await expect(registerSenderName(database.db, caller.practice.id, "PRAXISBOTE")).rejects.toMatchObject({ code: "sender_taken" });
  });
});
