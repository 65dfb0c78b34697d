import { describe, expect, it } from "vitest";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { findMessage } from "../messages/find-messages";
import { sendOne } from "../messages/send-one";
import { toApiMessage } from "./serialize-message";

const database = setUpTestDatabase();
const eightToEight = { quietHoursStart: 8 * 60, quietHoursEnd: 20 * 60 };
const reminder = (sendAt: string, extra: Record<string, string> = {}) => ({ to: "+4917612345678", text: "Ihr Termin ist morgen.", sendAt, ...extra });

describe("a practice's sending window", () => {
  it("holds a message due in the evening until 08:00 the next morning, in the answer and in GET", async () => {
    const { caller } = await createCaller(database.db, eightToEight);
    expect(caller.practice.quietHours).toEqual({ start: 480, end: 1200 });
    const { message } = await sendOne(database.db, caller, reminder("2026-12-01T21:30:00+01:00"));
    expect(toApiMessage(message)).toMatchObject({ sendAt: "2026-12-02T07:00:00.000Z", heldForQuietHours: true });
    expect(toApiMessage((await findMessage(database.db, caller.practice.id, message.id))!)).toMatchObject({ sendAt: "2026-12-02T07:00:00.000Z", heldForQuietHours: true });
  });

  it("leaves a message inside the window, and every message of a practice without one, as asked", async () => {
    const windowed = await createCaller(database.db, eightToEight);
    const inside = await sendOne(database.db, windowed.caller, reminder("2026-12-01T09:00:00+01:00"));
    expect(toApiMessage(inside.message)).toMatchObject({ sendAt: "2026-12-01T08:00:00.000Z", heldForQuietHours: false });
    const open = await createCaller(database.db);
    expect(open.caller.practice.quietHours).toBeNull();
    const late = await sendOne(database.db, open.caller, reminder("2026-12-01T23:30:00+01:00"));
    expect(toApiMessage((await findMessage(database.db, open.caller.practice.id, late.message.id))!)).toMatchObject({ sendAt: "2026-12-01T22:30:00.000Z", heldForQuietHours: false });
  });

  it("reads the window in Vienna for an Austrian practice, across midnight and on the day the clocks go forward", async () => {
    const { caller } = await createCaller(database.db, { country: "AT", quietHoursStart: 20 * 60, quietHoursEnd: 8 * 60 });
    const { message } = await sendOne(database.db, caller, reminder("2027-03-28T12:00:00+02:00", { to: "+436641234567" }));
    expect(toApiMessage(message)).toMatchObject({ sendAt: "2027-03-28T18:00:00.000Z", heldForQuietHours: true });
  });

  it("refuses an expiry that passes before the window opens, and says why", async () => {
    const { caller } = await createCaller(database.db, eightToEight);
    await expect(sendOne(database.db, caller, reminder("2026-12-01T21:30:00+01:00", { expiresAt: "2026-12-02T07:30:00+01:00" }))).rejects.toMatchObject({
      code: "invalid_expires_at",
      field: "expiresAt",
      message: expect.stringContaining("Ruhezeit"),
    });
  });
});
