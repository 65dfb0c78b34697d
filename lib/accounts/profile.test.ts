import { describe, expect, it } from "vitest";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { checkPassword, redeemLoginTicket } from "../auth/login";
import { verifyPassword } from "../auth/password";
import { resetPassword, sendPasswordResetLink } from "./password-reset";
import { changeName, changePassword, confirmEmailChange, findEmailChange, logOutEverywhere, requestEmailChange } from "./profile";
import { accountUser, APP_URL, auditActions, origin, PASSWORD, tokenFrom, userRow } from "./test-support";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const NEW_PASSWORD = "Wurzelkanal-Abendrot-Fluss-93";

describe("changing the e-mail address", () => {
  it("sends the link to the new address and changes the login only when it is confirmed", async () => {
    const { user } = await accountUser(database.db);
    const mailer = new FakeMailer();
    const newEmail = `neu-${Math.random().toString(36).slice(2)}@example.test`;
    expect(await requestEmailChange(database.db, mailer, { user, newEmail: newEmail.toUpperCase(), password: PASSWORD, origin, appUrl: APP_URL }, t0)).toEqual({ kind: "sent" });
    expect(mailer.sent.map((mail) => mail.to)).toEqual([newEmail]);
    const token = tokenFrom(mailer.sent[0].text);
    expect(mailer.sent[0].text).toContain(`${APP_URL}/email-aendern?token=`);

    // Until the click, the old address is the login.
    expect((await userRow(database.db, user.id)).email).toBe(user.email);
    expect((await checkPassword(database.db, user.email, PASSWORD, origin, t0)).kind).toBe("signed-in");
    expect(await findEmailChange(database.db, token, later(1))).toEqual({ newEmail });

    const confirmed = await confirmEmailChange(database.db, mailer, { token, origin, supportEmail: "hilfe@example.test" }, later(10));
    expect(confirmed).toEqual({ kind: "changed", newEmail });
    expect((await userRow(database.db, user.id)).email).toBe(newEmail);
    expect(mailer.sent[1].to).toBe(user.email);
    expect(mailer.sent[1].text).toContain(newEmail);
    expect(await auditActions(database.db)).toContain("user.email_changed");
    expect(await confirmEmailChange(database.db, mailer, { token, origin, supportEmail: null }, later(11))).toEqual({ kind: "invalid-link" });
    expect((await checkPassword(database.db, newEmail, PASSWORD, origin, later(12))).kind).toBe("signed-in");
  });

  it("asks for the password, refuses an expired link and ends reset links sent to the old address", async () => {
    const { user } = await accountUser(database.db);
    const mailer = new FakeMailer();
    expect(await requestEmailChange(database.db, mailer, { user, newEmail: "x@example.test", password: "falsch-falsch-falsch", origin, appUrl: APP_URL }, t0)).toEqual({ kind: "wrong" });
    expect(mailer.sent).toHaveLength(0);

    await requestEmailChange(database.db, mailer, { user, newEmail: "spaet@example.test", password: PASSWORD, origin, appUrl: APP_URL }, t0);
    const late = tokenFrom(mailer.sent[0].text);
    expect(await confirmEmailChange(database.db, mailer, { token: late, origin, supportEmail: null }, later(49 * 60))).toEqual({ kind: "invalid-link" });

    await sendPasswordResetLink(database.db, mailer, { email: user.email, appUrl: APP_URL }, t0);
    const resetMail = mailer.sent.at(-1)!;
    await requestEmailChange(database.db, mailer, { user, newEmail: "frisch@example.test", password: PASSWORD, origin, appUrl: APP_URL }, t0);
    await confirmEmailChange(database.db, mailer, { token: tokenFrom(mailer.sent.at(-1)!.text), origin, supportEmail: null }, later(1));
    expect(await resetPassword(database.db, { token: tokenFrom(resetMail.text), password: NEW_PASSWORD, origin }, later(2))).toEqual({ kind: "invalid-link" });
  });

  it("drops a pending change of address when the password is reset: whoever asked for it knew the old one", async () => {
    const { user } = await accountUser(database.db);
    const mailer = new FakeMailer();
    await requestEmailChange(database.db, mailer, { user, newEmail: "angreifer@example.test", password: PASSWORD, origin, appUrl: APP_URL }, t0);
    const change = tokenFrom(mailer.sent.at(-1)!.text);
    await sendPasswordResetLink(database.db, mailer, { email: user.email, appUrl: APP_URL }, later(1));
    expect(await resetPassword(database.db, { token: tokenFrom(mailer.sent.at(-1)!.text), password: NEW_PASSWORD, origin }, later(2))).toMatchObject({ kind: "done" });
    expect(await confirmEmailChange(database.db, mailer, { token: change, origin, supportEmail: null }, later(3))).toEqual({ kind: "invalid-link" });
    expect((await userRow(database.db, user.id)).email).toBe(user.email);
  });

  it("answers the same for an address another account has, without mailing it", async () => {
    const { user } = await accountUser(database.db);
    const other = await accountUser(database.db);
    const mailer = new FakeMailer();
    expect(await requestEmailChange(database.db, mailer, { user, newEmail: other.user.email, password: PASSWORD, origin, appUrl: APP_URL }, t0)).toEqual({ kind: "sent" });
    expect(mailer.sent).toHaveLength(0);
  });
});

describe("changing the password", () => {
  it("needs the current password and keeps the rule", async () => {
    const { user } = await accountUser(database.db);
    expect(await changePassword(database.db, { user, currentPassword: "falsch-falsch-falsch", newPassword: NEW_PASSWORD, origin }, t0)).toEqual({ kind: "wrong" });
    expect((await changePassword(database.db, { user, currentPassword: PASSWORD, newPassword: "passwort123", origin }, t0)).kind).toBe("weak-password");
    expect((await changePassword(database.db, { user, currentPassword: PASSWORD, newPassword: "kurz", origin }, t0)).kind).toBe("weak-password");
    expect(await changePassword(database.db, { user, currentPassword: PASSWORD, newPassword: PASSWORD, origin }, t0)).toEqual({ kind: "same-password" });
    expect(await verifyPassword((await userRow(database.db, user.id)).passwordHash, PASSWORD)).toBe(true);
  });

  it("ends every session and hands out a ticket for this browser with the new session version", async () => {
    const { user, row } = await accountUser(database.db);
    const outcome = await changePassword(database.db, { user, currentPassword: PASSWORD, newPassword: NEW_PASSWORD, origin }, t0);
    expect(outcome.kind).toBe("changed");
    const after = await userRow(database.db, user.id);
    expect(after.sessionVersion).toBe(row.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    const ticket = outcome.kind === "changed" ? outcome.ticket : "";
    expect(await redeemLoginTicket(database.db, ticket, t0)).toEqual({ id: user.id, sessionVersion: row.sessionVersion + 1 });
    expect(await auditActions(database.db)).toContain("password.changed");
  });
});

describe("the rest of the profile", () => {
  it("renames with an audit entry, and logs out everywhere", async () => {
    const { user, row } = await accountUser(database.db);
    await changeName(database.db, user, "  Dr. Erika Berg ", origin, t0);
    await changeName(database.db, user, "Dr. Erika Berg", origin, t0);
    expect((await userRow(database.db, user.id)).name).toBe("Dr. Erika Berg");
    await logOutEverywhere(database.db, user, origin, t0);
    expect((await userRow(database.db, user.id)).sessionVersion).toBe(row.sessionVersion + 1);
    expect(await auditActions(database.db)).toEqual(["user.renamed", "logout.everywhere"]);
  });
});
