import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase, userRow } from "../../db/testing/account-fixtures";
import { FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { listAuditEntries } from "../audit/list-audit";
import type { Actor } from "./actor";
import { inviteUser, listInvitations, revokeInvitation } from "./invitations";
import { changeUserRole, listUsers, removeUser } from "./users";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");

const auditOf = async (practiceId: string) =>
  (await database.db.select().from(auditLog).where(eq(auditLog.practiceId, practiceId))).map(({ action, actorUserId, actorEmail, details, ip }) => ({
    action,
    actorUserId,
    actorEmail,
    details,
    ip,
  }));

const mainCount = async (practiceId: string) =>
  (await database.db.select().from(users).where(eq(users.practiceId, practiceId))).filter((user) => user.role === "main").length;

describe("the user list", () => {
  it("shows the practice's users with role, two-factor and last login, and nobody else's", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff", { name: "Anna Berg", totpEnabledAt: t0, lastLoginAt: t0 });
    await createPracticeWithMain(database.db);
    expect(await listUsers(database.db, main)).toEqual([
      { id: main.userId, name: null, email: main.email, role: "main", twoFactor: false, lastLoginAt: null },
      { id: staff.userId, name: "Anna Berg", email: staff.email, role: "staff", twoFactor: true, lastLoginAt: t0 },
    ]);
  });
});

describe("changing a role", () => {
  it("promotes and demotes, ends the user's sessions and logs old and new role", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff");
    expect(await changeUserRole(database.db, main, { userId: staff.userId, role: "main" }, t0)).toEqual({ changed: true });
    expect(await userRow(database.db, staff.userId)).toMatchObject({ role: "main", sessionVersion: 2 });
    expect(await changeUserRole(database.db, main, { userId: staff.userId, role: "staff" }, t0)).toEqual({ changed: true });
    expect(await userRow(database.db, staff.userId)).toMatchObject({ role: "staff", sessionVersion: 3 });
    // The actor's own sessions stay.
    expect((await userRow(database.db, main.userId))?.sessionVersion).toBe(1);
    const changes = (await auditOf(practiceId)).filter((entry) => entry.action === "user.role_changed");
    expect(changes).toEqual([
      { action: "user.role_changed", actorUserId: main.userId, actorEmail: main.email, ip: "192.0.2.7", details: { user: staff.email, role: { from: "staff", to: "main" } } },
      { action: "user.role_changed", actorUserId: main.userId, actorEmail: main.email, ip: "192.0.2.7", details: { user: staff.email, role: { from: "main", to: "staff" } } },
    ]);
  });

  it("treats the role a user already has as no change: no new session version, no entry", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    expect(await changeUserRole(database.db, main, { userId: staff.userId, role: "staff" })).toEqual({ changed: false });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("never demotes the last main user, not even by themselves", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await addUser(database.db, practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    await expect(changeUserRole(database.db, main, { userId: main.userId, role: "staff" })).rejects.toMatchObject({ code: "last_main_user" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets a main user step down while another main user remains", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const second = await addUser(database.db, practiceId, "main");
    await changeUserRole(database.db, main, { userId: main.userId, role: "staff" });
    expect(await userRow(database.db, main.userId)).toMatchObject({ role: "staff", sessionVersion: 2 });
    await expect(changeUserRole(database.db, second, { userId: second.userId, role: "staff" })).rejects.toMatchObject({ code: "last_main_user" });
  });
});

describe("removing a user", () => {
  it("deletes the login, so every session ends, and logs who it was", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff", { name: "Anna Berg" });
    expect(await removeUser(database.db, main, staff.userId, t0)).toEqual({ removedSelf: false });
    // current-user.ts finds no row for the session's user id: the session is over.
    expect(await userRow(database.db, staff.userId)).toBeNull();
    expect((await auditOf(practiceId)).filter((entry) => entry.action === "user.removed")).toEqual([
      { action: "user.removed", actorUserId: main.userId, actorEmail: main.email, ip: "192.0.2.7", details: { user: staff.email, name: "Anna Berg", role: "staff" } },
    ]);
  });

  it("keeps the audit entries of a removed user, with their address", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const second = await addUser(database.db, practiceId, "main");
    await changeUserRole(database.db, second, { userId: main.userId, role: "staff" });
    await removeUser(database.db, main, main.userId);
    const entries = (await listAuditEntries(database.db, second)).entries;
    expect(entries.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["user.removed", main.email],
      ["user.role_changed", second.email],
    ]);
    await expect(removeUser(database.db, second, second.userId)).rejects.toMatchObject({ code: "last_main_user" });
  });

  it("refuses to remove the last main user, also when they try themselves", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await addUser(database.db, practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    await expect(removeUser(database.db, main, main.userId)).rejects.toMatchObject({ code: "last_main_user" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets a main user remove themselves while another main user remains", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await addUser(database.db, practiceId, "main");
    expect(await removeUser(database.db, main, main.userId)).toEqual({ removedSelf: true });
    expect(await userRow(database.db, main.userId)).toBeNull();
    expect((await auditOf(practiceId)).find((entry) => entry.action === "user.removed")).toMatchObject({ actorUserId: null, actorEmail: main.email });
  });

  it("answers not found for an id that is no uuid", async () => {
    const { main } = await createPracticeWithMain(database.db);
    await expect(removeUser(database.db, main, "1 or 1=1")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("two main users at the same moment", () => {
  // On PGlite the two calls queue on one connection; on PostgreSQL (TEST_DATABASE_URL, as CI
  // runs) they are two connections in parallel and only the row locks keep one main user.
  const pairs: [string, (a: Actor, b: Actor) => Promise<unknown>, (a: Actor, b: Actor) => Promise<unknown>][] = [
    ["demote each other", (a, b) => changeUserRole(database.db, a, { userId: b.userId, role: "staff" }), (a, b) => changeUserRole(database.db, b, { userId: a.userId, role: "staff" })],
    ["remove each other", (a, b) => removeUser(database.db, a, b.userId), (a, b) => removeUser(database.db, b, a.userId)],
    ["one demotes, one removes", (a, b) => changeUserRole(database.db, a, { userId: b.userId, role: "staff" }), (a, b) => removeUser(database.db, b, a.userId)],
    ["both step down", (a) => changeUserRole(database.db, a, { userId: a.userId, role: "staff" }), (_a, b) => changeUserRole(database.db, b, { userId: b.userId, role: "staff" })],
  ];

  it.each(pairs)("%s: exactly one succeeds and one main user remains", async (_name, first, second) => {
    for (let round = 0; round < 5; round++) {
      const { practiceId, main } = await createPracticeWithMain(database.db);
      const other = await addUser(database.db, practiceId, "main");
      const results = await Promise.allSettled([first(main, other), second(main, other)]);
      const refused = results.filter((result) => result.status === "rejected");
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "last_main_user" });
      expect(await mainCount(practiceId)).toBe(1);
    }
  });
});

describe("a staff user", () => {
  const calls: [string, (staff: Actor, main: Actor) => Promise<unknown>][] = [
    ["list users", (staff) => listUsers(database.db, staff)],
    ["change a role", (staff) => changeUserRole(database.db, staff, { userId: staff.userId, role: "main" })],
    ["remove a user", (staff, main) => removeUser(database.db, staff, main.userId)],
    ["invite", (staff) => inviteUser(database.db, staff, { email: "x@example.test", role: "main" }, { mailer: new FakeMailer(), appUrl: "http://test.local" })],
    ["list invitations", (staff) => listInvitations(database.db, staff)],
    ["revoke an invitation", async (staff, main) => {
      await inviteUser(database.db, main, { email: "y@example.test", role: "staff" }, { mailer: new FakeMailer(), appUrl: "http://test.local" });
      const [invitation] = await listInvitations(database.db, main);
      return revokeInvitation(database.db, staff, invitation.id);
    }],
    ["read the audit log", (staff) => listAuditEntries(database.db, staff)],
  ];

  it.each(calls)("may not %s", async (_name, call) => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff");
    const attempt = call(staff, main);
    await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
    expect(await userRow(database.db, staff.userId)).toMatchObject({ role: "staff", sessionVersion: 1 });
    expect((await database.db.select().from(auditLog)).map((entry) => entry.action).filter((action) => action !== "user.invited")).toEqual([]);
  });
});
