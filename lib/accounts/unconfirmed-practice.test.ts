import { describe, expect, it } from "vitest";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { ApiError } from "../api/errors";
import { keyCheckBody } from "../api/key-check";
import { keyCheckSchema } from "../api/schemas";
import { DomainError } from "../errors/domain-error";
import { sendOne } from "../messages/send-one";

const database = setUpTestDatabase();
const reminder = { to: "+4917612345600", text: "Ihr Termin ist morgen um 10 Uhr." };

describe("a practice that has not confirmed its address", () => {
  it("sends through the simulator, but a real carrier refuses it with account_not_confirmed (403)", async () => {
    const { caller } = await createCaller(database.db, { emailConfirmedAt: null });
    expect(caller.practice.emailConfirmed).toBe(false);
    expect((await sendOne(database.db, caller, reminder, undefined, { realCarrier: false })).message.status).toBe("pending");

    const refusal = await sendOne(database.db, caller, reminder, undefined, { realCarrier: true }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    const answer = ApiError.fromDomain(refusal as DomainError);
    expect(answer.status).toBe(403);
    expect(answer.toBody().error).toMatchObject({ code: "account_not_confirmed", message: expect.stringContaining("noch nicht bestätigt") });
  });

  it("is not refused once confirmed (operator-created practices start confirmed)", async () => {
    const { caller } = await createCaller(database.db);
    expect(caller.practice.emailConfirmed).toBe(true);
    expect((await sendOne(database.db, caller, reminder, undefined, { realCarrier: true })).message.status).toBe("pending");
  });

  it("learns from the key-check why, with the fields it had before", async () => {
    const { caller } = await createCaller(database.db, { emailConfirmedAt: null });
    const real = keyCheckSchema.parse(keyCheckBody(caller, true));
    expect(real).toMatchObject({ valid: true, practice: { id: caller.practice.id, name: caller.practice.name }, location: null, confirmed: false });
    expect(real.hint).toContain("account_not_confirmed");
    expect(keyCheckBody(caller, false)).toMatchObject({ confirmed: false, hint: expect.stringContaining("bestätigen") });

    const { caller: confirmed } = await createCaller(database.db);
    expect(keyCheckBody(confirmed, true)).toMatchObject({ confirmed: true, hint: null });
  });
});
