import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { practices, recoveryCodes } from "../../db/schema";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { checkPassword, checkSecondFactor } from "../auth/login";
import { hashRecoveryCode } from "../auth/recovery-codes";
import { openSecret } from "../auth/secret-box";
import { totpCode } from "../auth/totp";
import { accountUser, auditActions, KEY, origin, userRow } from "./test-support";
import { beginTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, groupSecret, regenerateRecoveryCodes, setTwoFactorRequirement } from "./two-factor";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function pendingSecret(userId: string) {
  const row = await userRow(database.db, userId);
  return openSecret(row.totpSecretEncrypted!, KEY)!;
}

async function enabledUser() {
  const account = await accountUser(database.db);
  await beginTwoFactorSetup(database.db, account.user, KEY);
  const secret = await pendingSecret(account.user.id);
  const outcome = await confirmTwoFactorSetup(database.db, account.user, await totpCode(secret, t0), KEY, origin, t0);
  if (outcome.kind !== "enabled") throw new Error("not enabled");
  return { ...account, secret, codes: outcome.recoveryCodes };
}

describe("two-factor setup", () => {
  it("shows a QR code and the grouped secret, sealed in the database, the same after a reload", async () => {
    const { user } = await accountUser(database.db);
    const setup = await beginTwoFactorSetup(database.db, user, KEY);
    expect(setup?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(setup?.uri).toMatch(/^otpauth:\/\/totp\/Praxisbote:/);
    const row = await userRow(database.db, user.id);
    const secret = openSecret(row.totpSecretEncrypted!, KEY)!;
    expect(row.totpSecretEncrypted).not.toContain(secret);
    expect(setup?.groupedSecret).toBe(groupSecret(secret));
    expect(row.totpEnabledAt).toBeNull();
    expect((await beginTwoFactorSetup(database.db, user, KEY))?.groupedSecret).toBe(setup?.groupedSecret);
  });

  it("turns on only with a valid code for the clock, and hands out ten recovery codes stored hashed", async () => {
    const { user } = await accountUser(database.db);
    await beginTwoFactorSetup(database.db, user, KEY);
    const secret = await pendingSecret(user.id);
    // A code from ten minutes ago is no longer valid.
    expect(await confirmTwoFactorSetup(database.db, user, await totpCode(secret, later(-600)), KEY, origin, t0)).toEqual({ kind: "wrong-code" });
    expect(await confirmTwoFactorSetup(database.db, user, "12345", KEY, origin, t0)).toEqual({ kind: "wrong-code" });
    expect((await userRow(database.db, user.id)).totpEnabledAt).toBeNull();

    const outcome = await confirmTwoFactorSetup(database.db, user, await totpCode(secret, t0), KEY, origin, t0);
    expect(outcome.kind).toBe("enabled");
    const codes = outcome.kind === "enabled" ? outcome.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect((await userRow(database.db, user.id)).totpEnabledAt).toEqual(t0);
    const stored = await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((row) => row.codeHash).sort()).toEqual(codes.map(hashRecoveryCode).sort());
    expect(stored.some((row) => codes.includes(row.codeHash))).toBe(false);
    expect(await auditActions(database.db)).toContain("two_factor.enabled");
    expect(await beginTwoFactorSetup(database.db, user, KEY)).toBeNull();
  });

  it("asks for the code at the next login", async () => {
    const { user, password, secret } = await enabledUser();
    const first = await checkPassword(database.db, user.email, password, origin, later(60));
    expect(first.kind).toBe("needs-code");
    const challenge = first.kind === "needs-code" ? first.challenge : "";
    expect((await checkSecondFactor(database.db, challenge, await totpCode(secret, later(90)), KEY, origin, later(90))).kind).toBe("signed-in");
  });

  it("replaces the recovery codes after the password", async () => {
    const { user, password, codes } = await enabledUser();
    expect(await regenerateRecoveryCodes(database.db, user, "falsch-falsch-falsch", KEY, origin, later(60))).toEqual({ kind: "wrong" });
    const renewed = await regenerateRecoveryCodes(database.db, user, password, KEY, origin, later(60));
    expect(renewed.kind).toBe("done");
    const fresh = renewed.kind === "done" ? renewed.recoveryCodes : [];
    const stored = (await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).map((row) => row.codeHash);
    expect(stored.sort()).toEqual(fresh.map(hashRecoveryCode).sort());
    expect(stored).not.toContain(hashRecoveryCode(codes[0]));
  });

  it("turns off only with the password or a current code", async () => {
    const { user, password, secret } = await enabledUser();
    expect(await disableTwoFactor(database.db, user, "", KEY, origin, later(60))).toEqual({ kind: "wrong" });
    expect(await disableTwoFactor(database.db, user, "falsch-falsch-falsch", KEY, origin, later(60))).toEqual({ kind: "wrong" });
    // The code used to turn it on cannot be used again.
    expect(await disableTwoFactor(database.db, user, await totpCode(secret, t0), KEY, origin, t0)).toEqual({ kind: "wrong" });
    expect((await userRow(database.db, user.id)).totpEnabledAt).not.toBeNull();

    expect(await disableTwoFactor(database.db, user, password, KEY, origin, later(60))).toEqual({ kind: "done" });
    const row = await userRow(database.db, user.id);
    expect([row.totpEnabledAt, row.totpSecretEncrypted]).toEqual([null, null]);
    expect(await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await auditActions(database.db)).toContain("two_factor.disabled");

    const again = await enabledUser();
    expect(await disableTwoFactor(database.db, again.user, await totpCode(again.secret, later(60)), KEY, origin, later(60))).toEqual({ kind: "done" });
  });

  it("counts wrong passwords towards the lockout", async () => {
    const { user, password } = await enabledUser();
    for (let i = 0; i < 4; i++) await disableTwoFactor(database.db, user, "falsch-falsch-falsch", KEY, origin, later(i));
    expect((await disableTwoFactor(database.db, user, "falsch-falsch-falsch", KEY, origin, later(5))).kind).toBe("locked");
    expect((await disableTwoFactor(database.db, user, password, KEY, origin, later(6))).kind).toBe("locked");
  });

  it("lets the main user require it for the practice once they use it themselves", async () => {
    const plain = await accountUser(database.db);
    expect(await setTwoFactorRequirement(database.db, plain.user, true, origin, t0)).toEqual({ kind: "set-up-first" });

    const { user } = await enabledUser();
    expect(await setTwoFactorRequirement(database.db, user, true, origin, t0)).toEqual({ kind: "done" });
    const [practice] = await database.db.select().from(practices).where(eq(practices.id, user.practiceId));
    expect(practice.requireTwoFactor).toBe(true);
    await setTwoFactorRequirement(database.db, user, false, origin, t0);
    expect(await auditActions(database.db)).toEqual(expect.arrayContaining(["two_factor.required", "two_factor.not_required"]));
  });
});
