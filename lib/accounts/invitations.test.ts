import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase, testOrigin } from "../../db/testing/account-fixtures";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { redeemLoginTicket } from "../auth/login";
import { verifyPassword } from "../auth/password";
import type { Actor } from "./actor";
import { acceptInvitation, findInvitation, inviteUser, listInvitations, revokeInvitation } from "./invitations";
import { changeUserRole, removeUser } from "./users";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const DAY = 24 * 60 * 60_000;
const joining = { name: "Anna Berg", password: "Wurzelkanal-Sonne-77" };

async function invite(actor: Actor, email = `neu-${Math.random().toString(36).slice(2)}@example.test`, role: "main" | "staff" = "staff", now = t0) {
  const mailer = new FakeMailer();
  await inviteUser(database.db, actor, { email, role }, { mailer, appUrl: "https://portal.praxisbote.test" }, now);
  const mail = mailer.sent.at(-1)!;
  const token = /einladung\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
  return { email: email.toLowerCase(), mail, token };
}

describe("inviting", () => {
  it("e-mails a single-use link to APP_URL/einladung, valid 7 days, and logs it", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { email, mail, token } = await invite(main, "Anna.Berg@Example.test");
    expect(mail).toMatchObject({ to: "anna.berg@example.test", subject: expect.stringContaining("Kontenpraxis") });
    expect(mail.html).toContain(`https://portal.praxisbote.test/einladung?token=${token}`);
    expect(mail.text).toContain("Einladung annehmen");
    expect(token.length).toBeGreaterThan(20);
    const [open] = await listInvitations(database.db, main, t0);
    expect(open).toMatchObject({ email, role: "staff", invitedBy: main.email, expiresAt: later(7 * DAY) });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "user.invited"));
    expect(entry).toMatchObject({ practiceId, actorUserId: main.userId, details: { email, role: "staff" }, ip: testOrigin.ip });
  });

  it("says when the address already has a login here, and does not reveal a login elsewhere", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const colleague = await addUser(database.db, practiceId, "staff");
    const elsewhere = await createPracticeWithMain(database.db);
    await expect(invite(main, colleague.email.toUpperCase())).rejects.toMatchObject({ code: "email_taken", field: "email", message: expect.stringContaining("schon einen Zugang zu Ihrer Praxis") });
    const refusal = invite(main, elsewhere.main.email);
    await expect(refusal).rejects.toMatchObject({ code: "email_taken", message: expect.stringContaining("keine Einladung schicken") });
    await expect(refusal).rejects.not.toMatchObject({ message: expect.stringMatching(/Zugang/) });
  });

  it("ends when its sender is removed, and a main invitation when its sender is no longer a main user", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const second = await addUser(database.db, practiceId, "main");
    const mainInvite = await invite(second, "zurueck@example.test", "main");
    const staffInvite = await invite(second, "weg@example.test", "staff");
    await changeUserRole(database.db, main, { userId: second.userId, role: "staff" }, t0);
    await expect(acceptInvitation(database.db, mainInvite.token, joining, testOrigin, later(60_000))).rejects.toMatchObject({ code: "invitation_invalid" });

    await removeUser(database.db, main, second.userId, t0);
    await expect(acceptInvitation(database.db, staffInvite.token, joining, testOrigin, later(60_000))).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("replaces an older invitation to the same address", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const first = await invite(main, "doppelt@example.test");
    const second = await invite(main, "doppelt@example.test");
    expect(await listInvitations(database.db, main, t0)).toHaveLength(1);
    await expect(acceptInvitation(database.db, first.token, joining, testOrigin, later(60_000))).rejects.toMatchObject({ code: "invitation_invalid" });
    await acceptInvitation(database.db, second.token, joining, testOrigin, later(60_000));
  });

  it("does not leave a link valid when the e-mail could not be sent", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const mailer = new FakeMailer();
    mailer.failWith = "Resend: 503";
    await expect(inviteUser(database.db, main, { email: "x@example.test", role: "staff" }, { mailer, appUrl: "http://test.local" }, t0)).rejects.toMatchObject({ code: "mail_failed" });
    expect(await listInvitations(database.db, main, t0)).toEqual([]);
  });
});

describe("accepting an invitation", () => {
  it("creates the user with the invited role, name and password, and signs them in", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { email, token } = await invite(main, undefined, "main");
    expect(await findInvitation(database.db, token, later(DAY))).toEqual({ email, role: "main", practiceName: expect.stringContaining("Kontenpraxis") });
    const accepted = await acceptInvitation(database.db, token, joining, testOrigin, later(DAY));
    const [user] = await database.db.select().from(users).where(eq(users.id, accepted.userId));
    expect(user).toMatchObject({ practiceId, email, name: "Anna Berg", role: "main", emailConfirmedAt: later(DAY), lastLoginAt: later(DAY) });
    expect(await verifyPassword(user.passwordHash, joining.password)).toBe(true);
    expect(await redeemLoginTicket(database.db, accepted.ticket, later(DAY + 1000))).toEqual({ id: accepted.userId, sessionVersion: 1 });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "user.joined"));
    expect(entry).toMatchObject({ practiceId, actorUserId: accepted.userId, actorEmail: email, details: { email, name: "Anna Berg", role: "main" } });
    expect(await listInvitations(database.db, main, later(DAY))).toEqual([]);
  });

  it("works once: a second use of the link changes nothing", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const { token } = await invite(main);
    await acceptInvitation(database.db, token, joining, testOrigin, later(1000));
    const before = await snapshotDatabase(database.db);
    await expect(acceptInvitation(database.db, token, { ...joining, name: "Jemand Anders" }, testOrigin, later(2000))).rejects.toMatchObject({ code: "invitation_invalid" });
    expect(await findInvitation(database.db, token, later(2000))).toBeNull();
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets only one of two simultaneous clicks win", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { token } = await invite(main);
    const results = await Promise.allSettled([
      acceptInvitation(database.db, token, joining, testOrigin, later(1000)),
      acceptInvitation(database.db, token, joining, testOrigin, later(1000)),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.select().from(users).where(eq(users.practiceId, practiceId))).toHaveLength(2);
  });

  it("expires after 7 days", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const stale = await invite(main);
    const fresh = await invite(main);
    await expect(acceptInvitation(database.db, stale.token, joining, testOrigin, later(7 * DAY + 1000))).rejects.toMatchObject({ code: "invitation_invalid" });
    await acceptInvitation(database.db, fresh.token, joining, testOrigin, later(7 * DAY - 60_000));
  });

  it("refuses a weak password and keeps the link usable", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const { token } = await invite(main);
    await expect(acceptInvitation(database.db, token, { name: "Anna Berg", password: "passwort123" }, testOrigin, later(1000))).rejects.toMatchObject({
      code: "weak_password",
      field: "password",
    });
    await expect(acceptInvitation(database.db, token, { name: "Anna Berg", password: "annaberg1234" }, testOrigin, later(1000))).rejects.toMatchObject({ code: "weak_password" });
    await acceptInvitation(database.db, token, joining, testOrigin, later(2000));
  });

  it("refuses an address that got a login in the meantime, and a token that is not one", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { email, token } = await invite(main);
    await addUser(database.db, practiceId, "staff", { email });
    await expect(acceptInvitation(database.db, token, joining, testOrigin, later(1000))).rejects.toMatchObject({ code: "email_taken" });
    await expect(acceptInvitation(database.db, "kein-token", joining, testOrigin, later(1000))).rejects.toMatchObject({ code: "invitation_invalid" });
  });
});

describe("revoking an invitation", () => {
  it("ends the link at once and logs it", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { email, token } = await invite(main);
    const [open] = await listInvitations(database.db, main, t0);
    await revokeInvitation(database.db, main, open.id, later(1000));
    expect(await findInvitation(database.db, token, later(2000))).toBeNull();
    await expect(acceptInvitation(database.db, token, joining, testOrigin, later(2000))).rejects.toMatchObject({ code: "invitation_invalid" });
    await expect(revokeInvitation(database.db, main, open.id, later(3000))).rejects.toMatchObject({ code: "not_found" });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "user.invitation_revoked"));
    expect(entry).toMatchObject({ practiceId, actorUserId: main.userId, details: { email, role: "staff" } });
  });
});
