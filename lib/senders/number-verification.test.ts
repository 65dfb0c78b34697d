import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages, practiceSenders } from "../../db/schema";
import { createCaller, FakeCarrier, temporaryError } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { sendOne } from "../messages/send-one";
import { confirmNumberVerification, startNumberVerification } from "./number-verification";

const database = setUpTestDatabase();
const number = "+4917612345600";
const t0 = new Date("2026-11-26T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

async function practiceWithCode(carrier = new FakeCarrier()) {
  const { caller } = await createCaller(database.db);
  const started = await startNumberVerification(database.db, carrier, caller.practice.id, number, t0);
  if (started.status !== "code-sent") throw new Error("no code sent");
  const wrongCode = started.code === "000000" ? "111111" : "000000";
  return { caller, code: started.code, wrongCode, carrier };
}

const sendFromNumber = (caller: Awaited<ReturnType<typeof createCaller>>["caller"]) =>
  sendOne(database.db, caller, { to: "+4917611111100", from: number, text: "Ihr Termin ist morgen." });

describe("confirming a number by a code sent to it", () => {
  it("sends a 6-digit code from our own name through the carrier, keeps only its hash and bills nothing", async () => {
    const { caller, code, carrier } = await practiceWithCode();
    expect(code).toMatch(/^[0-9]{6}$/);
    expect(carrier.submissions).toHaveLength(1);
    expect(carrier.submissions[0]).toMatchObject({ to: number, from: "Praxisbote", encoding: "GSM-7" });
    expect(carrier.submissions[0].text).toContain(code);
    const [row] = await database.db.select().from(practiceSenders).where(eq(practiceSenders.kind, "number"));
    expect(row).toMatchObject({ practiceId: caller.practice.id, kind: "number", value: number, verifiedAt: null, verificationAttempts: 0 });
    expect(row.verificationCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await database.db.select({ value: count() }).from(messages))[0].value).toBe(0);
    await expect(sendFromNumber(caller)).rejects.toMatchObject({ code: "sender_not_allowed" });
  });

  it("counts a wrong code, then accepts the right one, after which the practice can send from the number", async () => {
    const { caller, code, wrongCode } = await practiceWithCode();
    await expect(confirmNumberVerification(database.db, caller.practice.id, number, wrongCode, minutes(1))).rejects.toMatchObject({
      code: "wrong_code",
      message: expect.stringContaining("Noch 2 Versuche"),
    });
    expect(await confirmNumberVerification(database.db, caller.practice.id, "0176 12345600", code, minutes(2))).toEqual({ status: "verified", number });
    expect((await sendFromNumber(caller)).message.sender).toBe(number);
    expect(await confirmNumberVerification(database.db, caller.practice.id, number, code, minutes(3))).toEqual({ status: "already-verified", number });
  });

  it("refuses the right code after 10 minutes", async () => {
    const { caller, code } = await practiceWithCode();
    await expect(confirmNumberVerification(database.db, caller.practice.id, number, code, minutes(10))).rejects.toMatchObject({ code: "code_expired" });
    await expect(sendFromNumber(caller)).rejects.toMatchObject({ code: "sender_not_allowed" });
  });

  it("refuses even the right code after 3 wrong tries, until a new code is requested", async () => {
    const { caller, code, wrongCode, carrier } = await practiceWithCode();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await expect(confirmNumberVerification(database.db, caller.practice.id, number, wrongCode, minutes(1))).rejects.toMatchObject({ code: "wrong_code" });
    }
    await expect(confirmNumberVerification(database.db, caller.practice.id, number, code, minutes(1))).rejects.toMatchObject({
      code: "too_many_attempts",
      message: expect.stringContaining("neuen Code"),
    });
    await expect(sendFromNumber(caller)).rejects.toMatchObject({ code: "sender_not_allowed" });

    const again = await startNumberVerification(database.db, carrier, caller.practice.id, number, minutes(2));
    if (again.status !== "code-sent") throw new Error("no new code");
    expect(await confirmNumberVerification(database.db, caller.practice.id, number, again.code, minutes(3))).toMatchObject({ status: "verified" });
  });

  it("lets three parallel guesses count as three tries", async () => {
    const { caller, wrongCode } = await practiceWithCode();
    const guesses = await Promise.allSettled(Array.from({ length: 8 }, () => confirmNumberVerification(database.db, caller.practice.id, number, wrongCode, minutes(1))));
    const codes = guesses.map((guess) => (guess.status === "rejected" ? (guess.reason as { code: string }).code : "verified"));
    expect(codes.filter((c) => c === "wrong_code")).toHaveLength(3);
    expect(codes.filter((c) => c === "too_many_attempts")).toHaveLength(5);
  });

  it("sends at most one code a minute, and another at once when the carrier failed", async () => {
    const failing = new FakeCarrier((_sms, attempt) => (attempt === 1 ? temporaryError : "accept"));
    const { caller } = await createCaller(database.db);
    await expect(startNumberVerification(database.db, failing, caller.practice.id, number, t0)).rejects.toMatchObject({ code: "code_not_sent" });
    expect((await startNumberVerification(database.db, failing, caller.practice.id, number, t0)).status).toBe("code-sent");
    await expect(startNumberVerification(database.db, failing, caller.practice.id, number, minutes(0.5))).rejects.toMatchObject({ code: "too_soon" });
  });

  it("refuses a landline, another practice's reply number, and a confirmation nobody asked for", async () => {
    await createCaller(database.db, { replyNumber: "+4915112345600" });
    const { caller } = await createCaller(database.db);
    const carrier = new FakeCarrier();
    await expect(startNumberVerification(database.db, carrier, caller.practice.id, "+4930123456", t0)).rejects.toMatchObject({ code: "invalid_sender" });
    await expect(startNumberVerification(database.db, carrier, caller.practice.id, "+4915112345600", t0)).rejects.toMatchObject({ code: "sender_taken" });
    await expect(confirmNumberVerification(database.db, caller.practice.id, number, "123456", t0)).rejects.toMatchObject({ code: "no_verification" });
    expect(carrier.submissions).toHaveLength(0);
  });
});
