import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createTestPractice } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { recordAudit } from "../audit/record-audit";
import { checkLockout, guardedAttempt, recordLoginAttempt } from "./lockout";
import { generateRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import { withinRequestLimit } from "./request-limit";
import { openSecret, sealSecret } from "./secret-box";
import { consumeToken, issueToken } from "./tokens";
import { acceptTotpCode, newTotpSecret, totpCode } from "./totp";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("single-use tokens", () => {
  it("can be spent once, before they expire, and only for their purpose", async () => {
    const practiceId = await createTestPractice(database.db);
    const token = await issueToken(database.db, "password_reset", { practiceId }, t0);
    expect(await consumeToken(database.db, "email_confirmation", token, minutes(1))).toBeNull();
    expect(await consumeToken(database.db, "password_reset", token, minutes(1))).toMatchObject({ practiceId, purpose: "password_reset" });
    expect(await consumeToken(database.db, "password_reset", token, minutes(2))).toBeNull();

    const late = await issueToken(database.db, "password_reset", { practiceId }, t0);
    expect(await consumeToken(database.db, "password_reset", late, minutes(61))).toBeNull();
    expect(await consumeToken(database.db, "password_reset", "not-a-token", minutes(1))).toBeNull();
  });

  it("lets only one of two simultaneous clicks through", async () => {
    const practiceId = await createTestPractice(database.db);
    const token = await issueToken(database.db, "invitation", { practiceId, email: "neu@example.test", role: "staff" }, t0);
    const results = await Promise.all([1, 2, 3].map(() => consumeToken(database.db, "invitation", token, minutes(1))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe("login lockout", () => {
  it("locks an address after 5 failures in 15 minutes, for 15 minutes after the last", async () => {
    for (let i = 0; i < 4; i++) await recordLoginAttempt(database.db, "Anna@Example.test", `10.0.0.${i}`, false, minutes(i));
    expect(await checkLockout(database.db, "anna@example.test", "10.9.9.9", minutes(4))).toEqual({ locked: false });
    await recordLoginAttempt(database.db, "anna@example.test", "10.0.0.9", false, minutes(5));
    expect(await checkLockout(database.db, "anna@example.test", "10.9.9.9", minutes(6))).toEqual({ locked: true, until: minutes(20) });
    expect(await checkLockout(database.db, "ben@example.test", "10.9.9.9", minutes(6))).toEqual({ locked: false });
    expect(await checkLockout(database.db, "anna@example.test", "10.9.9.9", minutes(21))).toEqual({ locked: false });
  });

  it("locks an IP after 20 failures across addresses", async () => {
    for (let i = 0; i < 20; i++) await recordLoginAttempt(database.db, `user${i}@example.test`, "192.0.2.1", false, minutes(0));
    expect(await checkLockout(database.db, "new@example.test", "192.0.2.1", minutes(1))).toMatchObject({ locked: true });
    expect(await checkLockout(database.db, "new@example.test", "192.0.2.2", minutes(1))).toEqual({ locked: false });
  });

  it("lets at most five of fifty parallel guesses be checked", async () => {
    let checked = 0;
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        guardedAttempt(database.db, "anna@example.test", `10.1.0.${i}`, async () => {
          checked++;
          return false;
        }, minutes(0)),
      ),
    );
    expect(checked).toBeLessThanOrEqual(5);
    expect(guesses.filter((guess) => guess.kind === "locked").length).toBeGreaterThanOrEqual(45);
  });

  it("does not count successful logins", async () => {
    for (let i = 0; i < 6; i++) await recordLoginAttempt(database.db, "anna@example.test", "10.0.0.1", true, minutes(i));
    expect(await checkLockout(database.db, "anna@example.test", "10.0.0.1", minutes(7))).toEqual({ locked: false });
  });
});

describe("request limits", () => {
  it("counts per key and window", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await withinRequestLimit(database.db, "signup", "192.0.2.1", 3, 60 * 60_000, t0));
    expect(results).toEqual([true, true, true, false]);
    expect(await withinRequestLimit(database.db, "signup", "192.0.2.2", 3, 60 * 60_000, t0)).toBe(true);
    expect(await withinRequestLimit(database.db, "signup", "192.0.2.1", 3, 60 * 60_000, minutes(60))).toBe(true);
  });
});

describe("two-factor codes", () => {
  it("accepts the current code once, and one step of drift, with a fixed clock", async () => {
    const secret = newTotpSecret();
    const code = await totpCode(secret, t0);
    const step = await acceptTotpCode(secret, code, null, new Date(t0.getTime() + 20_000));
    expect(step).toBe(Math.floor(t0.getTime() / 30_000));
    expect(await acceptTotpCode(secret, code, step, new Date(t0.getTime() + 25_000))).toBeNull();
    expect(await acceptTotpCode(secret, code, null, new Date(t0.getTime() + 5 * 60_000))).toBeNull();
    expect(await acceptTotpCode(secret, "12345", null, t0)).toBeNull();
  });

  it("keeps the secret sealed with the key and refuses another key", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "schluessel-eins");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "schluessel-eins")).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "schluessel-zwei")).toBeNull();
  });

  it("makes ten distinct recovery codes that match however they are typed", () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(codes[0].toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(codes[0]));
  });
});

describe("audit log", () => {
  it("appends entries and refuses to change or delete them", async () => {
    const practiceId = await createTestPractice(database.db);
    await recordAudit(database.db, { practiceId, action: "login.failed", actor: { userId: null, email: "anna@example.test" }, origin: { ip: "192.0.2.1", userAgent: "x".repeat(300) } });
    const [entry] = await database.db.select().from(auditLog);
    expect(entry).toMatchObject({ action: "login.failed", actorEmail: "anna@example.test", ip: "192.0.2.1" });
    expect(entry.userAgent).toHaveLength(120);
    await expect(database.db.execute(sql`update audit_log set action = 'login.succeeded'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
