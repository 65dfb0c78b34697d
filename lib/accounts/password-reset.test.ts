import { describe, expect, it } from "vitest";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { checkPassword } from "../auth/login";
import { verifyPassword } from "../auth/password";
import { allowResetRequest, findResetTarget, resetPassword, sendPasswordResetLink } from "./password-reset";
import { accountUser, APP_URL, auditActions, origin, PASSWORD, tokenFrom, userRow } from "./test-support";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const NEW_PASSWORD = "Wurzelkanal-Abendrot-Fluss-93";

async function linkFor(email: string, mailer: FakeMailer, now = t0) {
  expect(await sendPasswordResetLink(database.db, mailer, { email, appUrl: APP_URL }, now)).toEqual({ sent: true });
  const mail = mailer.sent.at(-1)!;
  expect(mail.to).toBe(email.trim().toLowerCase());
  expect(mail.text).toContain(`${APP_URL}/passwort-zuruecksetzen?token=`);
  return tokenFrom(mail.text);
}

describe("password reset", () => {
  it("mails a link that sets a new password once and ends every session", async () => {
    const { user, row } = await accountUser(database.db);
    const mailer = new FakeMailer();
    const token = await linkFor(` ${user.email.toUpperCase()}`, mailer);

    const outcome = await resetPassword(database.db, { token, password: NEW_PASSWORD, origin }, later(5));
    expect(outcome).toEqual({ kind: "done", email: user.email });
    const after = await userRow(database.db, user.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(row.sessionVersion + 1);
    expect(await auditActions(database.db)).toContain("password.reset");

    // Single use.
    expect(await resetPassword(database.db, { token, password: "Noch-ein-anderes-Passwort-77", origin }, later(6))).toEqual({ kind: "invalid-link" });
    expect((await checkPassword(database.db, user.email, NEW_PASSWORD, origin, later(7))).kind).toBe("signed-in");
  });

  it("refuses a link after one hour", async () => {
    const { user } = await accountUser(database.db);
    const token = await linkFor(user.email, new FakeMailer());
    expect(await findResetTarget(database.db, token, later(59))).not.toBeNull();
    expect(await findResetTarget(database.db, token, later(61))).toBeNull();
    expect(await resetPassword(database.db, { token, password: NEW_PASSWORD, origin }, later(61))).toEqual({ kind: "invalid-link" });
  });

  it("ends older links when a new one is sent", async () => {
    const { user } = await accountUser(database.db);
    const mailer = new FakeMailer();
    const first = await linkFor(user.email, mailer);
    const second = await linkFor(user.email, mailer, later(1));
    expect(await resetPassword(database.db, { token: first, password: NEW_PASSWORD, origin }, later(2))).toEqual({ kind: "invalid-link" });
    expect((await resetPassword(database.db, { token: second, password: NEW_PASSWORD, origin }, later(2))).kind).toBe("done");
  });

  it("keeps the link usable when the new password breaks the rule", async () => {
    const { user } = await accountUser(database.db);
    const token = await linkFor(user.email, new FakeMailer());
    const weak = await resetPassword(database.db, { token, password: "passwort123", origin }, later(1));
    expect(weak.kind).toBe("weak-password");
    expect(await verifyPassword((await userRow(database.db, user.id)).passwordHash, PASSWORD)).toBe(true);
    expect((await resetPassword(database.db, { token, password: NEW_PASSWORD, origin }, later(2))).kind).toBe("done");
  });

  it("sends nothing and fails nowhere for an unknown address", async () => {
    const mailer = new FakeMailer();
    expect(await sendPasswordResetLink(database.db, mailer, { email: "niemand@example.test", appUrl: APP_URL }, t0)).toEqual({ sent: false });
    expect(mailer.sent).toHaveLength(0);
    expect(await auditActions(database.db)).toEqual([]);
  });

  it("limits requests per IP and mails per address", async () => {
    for (let i = 0; i < 10; i++) expect(await allowResetRequest(database.db, "198.51.100.7", t0)).toBe(true);
    expect(await allowResetRequest(database.db, "198.51.100.7", t0)).toBe(false);
    expect(await allowResetRequest(database.db, "198.51.100.8", t0)).toBe(true);

    const { user } = await accountUser(database.db);
    const mailer = new FakeMailer();
    for (let i = 0; i < 4; i++) await sendPasswordResetLink(database.db, mailer, { email: user.email, appUrl: APP_URL }, later(i));
    expect(mailer.sent).toHaveLength(3);
  });

  it("does not lift a lockout", async () => {
    const { user } = await accountUser(database.db);
    for (let i = 0; i < 5; i++) await checkPassword(database.db, user.email, "falsch-falsch", origin, t0);
    const token = await linkFor(user.email, new FakeMailer());
    expect((await resetPassword(database.db, { token, password: NEW_PASSWORD, origin }, later(1))).kind).toBe("done");
    expect((await checkPassword(database.db, user.email, NEW_PASSWORD, origin, later(2))).kind).toBe("locked");
    expect((await checkPassword(database.db, user.email, NEW_PASSWORD, origin, later(16))).kind).toBe("signed-in");
  });
});
