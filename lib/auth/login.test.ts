import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, recoveryCodes, users } from "../../db/schema";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { createPractice } from "../practices/create-practice";
import { endAllSessions, checkPassword, checkSecondFactor, redeemLoginTicket } from "./login";
import { generateRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import { sealSecret } from "./secret-box";
import { newTotpSecret, totpCode } from "./totp";

const database = setUpTestDatabase();
const origin = { ip: "192.0.2.10", userAgent: "Firefox 133 · Windows" };
const KEY = "test-encryption-key-test-encryption-key";
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function practiceUser(password = "Zahnstein-Kurve-42") {
  const created = await createPractice(database.db, { name: "Praxis Login", email: `login-${Math.random().toString(36).slice(2)}@example.test`, password });
  const [user] = await database.db.select().from(users).where(eq(users.email, created.email));
  return { ...created, user };
}

async function withTwoFactor(userId: string) {
  const secret = newTotpSecret();
  await database.db.update(users).set({ totpSecretEncrypted: sealSecret(secret, KEY), totpEnabledAt: t0 }).where(eq(users.id, userId));
  return secret;
}

describe("logging in", () => {
  it("hands out a ticket for a session once the password is right, usable once", async () => {
    const { email, password, user } = await practiceUser();
    const outcome = await checkPassword(database.db, email.toUpperCase(), password, origin, t0);
    expect(outcome.kind).toBe("signed-in");
    const ticket = outcome.kind === "signed-in" ? outcome.ticket : "";
    expect(await redeemLoginTicket(database.db, ticket, later(5))).toEqual({ id: user.id, sessionVersion: 1 });
    expect(await redeemLoginTicket(database.db, ticket, later(6))).toBeNull();
  });

  it("answers a wrong password and an unknown address alike, and locks after five failures", async () => {
    const { email } = await practiceUser();
    expect(await checkPassword(database.db, email, "falsch-falsch", origin, t0)).toEqual({ kind: "invalid" });
    expect(await checkPassword(database.db, "niemand@example.test", "falsch-falsch", origin, t0)).toEqual({ kind: "invalid" });
    for (let i = 0; i < 3; i++) await checkPassword(database.db, email, "falsch-falsch", origin, later(i));
    const fifth = await checkPassword(database.db, email, "falsch-falsch", origin, later(4));
    expect(fifth).toMatchObject({ kind: "locked" });
    const actions = (await database.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);
    expect(actions.filter((action) => action === "login.failed")).toHaveLength(5);
    expect(actions).toContain("login.locked");
  });

  it("refuses even the right password while locked", async () => {
    const { email, password } = await practiceUser();
    for (let i = 0; i < 5; i++) await checkPassword(database.db, email, "falsch-falsch", origin, later(i));
    expect(await checkPassword(database.db, email, password, origin, later(10))).toMatchObject({ kind: "locked" });
    expect((await checkPassword(database.db, email, password, origin, later(16 * 60))).kind).toBe("signed-in");
  });
});

describe("two-factor login", () => {
  it("asks for the code after the password and signs in with the right one, once", async () => {
    const { email, password, user } = await practiceUser();
    const secret = await withTwoFactor(user.id);
    const first = await checkPassword(database.db, email, password, origin, t0);
    expect(first.kind).toBe("needs-code");
    const challenge = first.kind === "needs-code" ? first.challenge : "";

    const wrong = await checkSecondFactor(database.db, challenge, "000000", KEY, origin, later(10));
    expect(wrong.kind).toBe("needs-code");
    const retry = wrong.kind === "needs-code" ? wrong.challenge : "";
    expect(await checkSecondFactor(database.db, challenge, await totpCode(secret, later(10)), KEY, origin, later(10))).toEqual({ kind: "challenge-expired" });

    const code = await totpCode(secret, later(20));
    expect((await checkSecondFactor(database.db, retry, code, KEY, origin, later(20))).kind).toBe("signed-in");

    // The same code again, with a new challenge: refused.
    const again = await checkPassword(database.db, email, password, origin, later(25));
    const replay = await checkSecondFactor(database.db, again.kind === "needs-code" ? again.challenge : "", code, KEY, origin, later(25));
    expect(replay.kind).toBe("needs-code");
  });

  it("accepts each recovery code once", async () => {
    const { email, password, user } = await practiceUser();
    await withTwoFactor(user.id);
    const [code] = generateRecoveryCodes(1);
    await database.db.insert(recoveryCodes).values({ userId: user.id, codeHash: hashRecoveryCode(code) });
    const challenge = async (at: Date) => {
      const outcome = await checkPassword(database.db, email, password, origin, at);
      return outcome.kind === "needs-code" ? outcome.challenge : "";
    };
    expect((await checkSecondFactor(database.db, await challenge(t0), code.toUpperCase(), KEY, origin, t0)).kind).toBe("signed-in");
    expect((await checkSecondFactor(database.db, await challenge(later(5)), code, KEY, origin, later(5))).kind).toBe("needs-code");
  });
});

describe("sessions", () => {
  it("end everywhere when the session version is bumped", async () => {
    const { user } = await practiceUser();
    await endAllSessions(database.db, user.id);
    const [after] = await database.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(after.sessionVersion).toBe(2);
  });
});
