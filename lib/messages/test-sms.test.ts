import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { messages, practices } from "../../db/schema";
import { createPracticeWithMain } from "../../db/testing/account-fixtures";
import { insertMessage, messageRow, ownSenders } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { loadUserContext } from "../practices/practice-context";
import { findMessageProgress, findTestSmsDefaults, sendTestSms, TEST_SMS_TEXT } from "./test-sms";

const database = setUpTestDatabase();

let n = 0;

/** A practice's main user as the portal sees them, owning one sender name. */
async function portalUser() {
  const { practiceId, main } = await createPracticeWithMain(database.db);
  const sender = `Tester ${++n}`;
  await ownSenders(database.db, practiceId, [sender]);
  const context = (await loadUserContext(database.db, main.userId))!;
  return { practiceId, context, sender };
}

describe("sendTestSms", () => {
  it("goes through the API's acceptance: stored without an API key, pending, priced like any other", async () => {
    const { practiceId, context, sender } = await portalUser();
    const { message, replayed } = await sendTestSms(database.db, context, { to: "0176 12345600", from: sender.toUpperCase(), text: TEST_SMS_TEXT }, { realCarrier: false });
    expect(replayed).toBe(false);
    // Read in the practice's country, sent with the sender as registered.
    expect(message).toMatchObject({ status: "pending", recipient: "+4917612345600", sender, segments: 1 });
    const row = await messageRow(database.db, message.id);
    expect(row).toMatchObject({ practiceId, apiKeyId: null, status: "pending", priceCents: message.priceCents });
    expect(row.priceCents).toBeGreaterThan(0);
    expect(await findMessageProgress(database.db, practiceId, message.id)).toEqual({ status: "pending", label: "ausstehend", final: false, reason: null });
  });

  it("goes out at once outside the practice's sending window, unlike a PVS message", async () => {
    const { context, sender } = await portalUser();
    const berlin = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());
    const [hour, minute] = berlin.split(":").map(Number);
    // A window that opens in two hours: now is outside it.
    const start = (hour * 60 + minute + 120) % 1440;
    const closed = { ...context, practice: { ...context.practice, quietHours: { start, end: (start + 60) % 1440 } } };
    const { message } = await sendTestSms(database.db, closed, { to: "0176 12345600", from: sender, text: TEST_SMS_TEXT }, { realCarrier: false });
    expect(message.heldForQuietHours).toBe(false);
    expect(Math.abs(message.sendAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("refuses a sender the practice does not own with an error on the from field, storing nothing", async () => {
    const { practiceId, context } = await portalUser();
    await expect(sendTestSms(database.db, context, { to: "+4917612345600", from: "Fremdpraxis", text: "Hallo" }, { realCarrier: false })).rejects.toMatchObject({
      code: "sender_not_allowed",
      field: "from",
    });
    expect(await database.db.select().from(messages).where(eq(messages.practiceId, practiceId))).toEqual([]);
  });

  it("names the field of other refusals: a landline in to, an empty text", async () => {
    const { context, sender } = await portalUser();
    await expect(sendTestSms(database.db, context, { to: "030 1234567", from: sender, text: "Hallo" }, { realCarrier: false })).rejects.toMatchObject({
      code: "invalid_recipient",
      field: "to",
    });
    await expect(sendTestSms(database.db, context, { to: "+4917612345600", from: sender, text: " " }, { realCarrier: false })).rejects.toMatchObject({
      code: "missing_parameter",
      field: "text",
    });
  });

  it("is refused for an unconfirmed practice when a real carrier sends", async () => {
    const { context, sender } = await portalUser();
    const unconfirmed = { ...context, practice: { ...context.practice, emailConfirmed: false } };
    await expect(sendTestSms(database.db, unconfirmed, { to: "+4917612345600", from: sender, text: "Hallo" }, { realCarrier: true })).rejects.toMatchObject({
      code: "account_not_confirmed",
    });
  });
});

describe("findTestSmsDefaults", () => {
  it("offers the practice's senders and prefills its contact phone when it is a mobile", async () => {
    const { practiceId, sender } = await portalUser();
    await database.db.update(practices).set({ contactPhone: "0171 1234567", defaultSender: sender }).where(eq(practices.id, practiceId));
    expect(await findTestSmsDefaults(database.db, practiceId, "DE")).toEqual({ senders: [sender], sender, recipient: "+491711234567" });
    await database.db.update(practices).set({ contactPhone: "0711 123456" }).where(eq(practices.id, practiceId));
    expect((await findTestSmsDefaults(database.db, practiceId, "DE")).recipient).toBe("");
  });
});

describe("findMessageProgress", () => {
  it("answers not found for another practice's message and for a non-id", async () => {
    const { practiceId } = await portalUser();
    const other = await portalUser();
    const foreign = await insertMessage(database.db, other.practiceId);
    await expect(findMessageProgress(database.db, practiceId, foreign.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(findMessageProgress(database.db, practiceId, "123")).rejects.toMatchObject({ code: "not_found" });
  });
});
