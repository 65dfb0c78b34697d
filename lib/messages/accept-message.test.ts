import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages, optOuts } from "../../db/schema";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { DomainError } from "../errors/domain-error";
import { sendOne } from "./send-one";

// The single send checks the opt-out, the sender and the monthly limit inside the statement
// that stores the message: each refusal must still store nothing, and a retry of a message
// stored before the refusal applied must still get that message back.

const database = setUpTestDatabase();
const reminder = (to: string, extra: Record<string, unknown> = {}) => ({ to, text: "Ihr Termin ist morgen um 10 Uhr.", ...extra });

async function stored(practiceId: string) {
  const [row] = await database.db.select({ value: count() }).from(messages).where(eq(messages.practiceId, practiceId));
  return row.value;
}

async function refusalCode(promise: Promise<unknown>) {
  const refused = await promise.then(() => null, (caught: unknown) => caught);
  return refused instanceof DomainError ? refused.code : null;
}

describe("accepting one message", () => {
  it("refuses an opted-out patient, a foreign sender and a full month, storing nothing, in that order", async () => {
    const { caller } = await createCaller(database.db, { monthlyPartLimit: 1 });
    await database.db.insert(optOuts).values({ practiceId: caller.practice.id, number: "+4917612345601" });

    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345601", { from: "Fremdpraxis" })))).toBe("recipient_opted_out");
    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345602", { from: "Fremdpraxis" })))).toBe("sender_not_allowed");
    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345602", { text: "x".repeat(200) })))).toBe("monthly_limit_reached");
    expect(await stored(caller.practice.id)).toBe(0);

    const { message } = await sendOne(database.db, caller, reminder("+4917612345602"));
    expect(message).toMatchObject({ status: "pending", sender: caller.practice.defaultSender, segments: 1 });
    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345603")))).toBe("monthly_limit_reached");
    expect(await stored(caller.practice.id)).toBe(1);
  });

  it("answers a retry with the message its key created, even when the patient opted out since", async () => {
    const { caller } = await createCaller(database.db);
    const first = await sendOne(database.db, caller, reminder("+4917612345604"), "termin-4711");
    await database.db.insert(optOuts).values({ practiceId: caller.practice.id, number: "+4917612345604" });

    const retry = await sendOne(database.db, caller, reminder("+4917612345604"), "termin-4711");
    expect(retry).toMatchObject({ replayed: true, message: { id: first.message.id } });
    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345604"), "termin-4712"))).toBe("recipient_opted_out");
    expect(await refusalCode(sendOne(database.db, caller, reminder("+4917612345604", { text: "anders" }), "termin-4711"))).toBe("idempotency_conflict");
    expect(await stored(caller.practice.id)).toBe(1);
  });

  it("stores a registered name in its registered spelling, whatever case the PVS sends", async () => {
    const { caller } = await createCaller(database.db, {}, { senders: ["ZahnWerk"] });
    const { message } = await sendOne(database.db, caller, reminder("+4917612345605", { from: "ZAHNWERK" }));
    expect(message.sender).toBe("ZahnWerk");
    const [row] = await database.db.select({ sender: messages.sender }).from(messages).where(eq(messages.id, message.id));
    expect(row.sender).toBe("ZahnWerk");
  });
});
