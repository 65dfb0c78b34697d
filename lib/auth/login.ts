import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { guardedAttempt } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import { hashRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { consumeToken, issueToken } from "./tokens";
import { acceptTotpCode } from "./totp";

// Logging in, step by step. Auth.js only ever sees a login ticket, issued here once every
// factor was checked: its Credentials provider cannot be used to skip the lockout or the code.

export interface LoginOrigin {
  ip: string;
  userAgent: string | null;
}

export type LoginOutcome =
  /** Refused for now; the message does not say whether the address exists. */
  | { kind: "locked"; until: Date }
  | { kind: "invalid" }
  /** Password right; a code from the authenticator app (or a recovery code) is asked next. */
  | { kind: "needs-code"; challenge: string }
  /** All factors checked: exchange the ticket for a session. */
  | { kind: "signed-in"; ticket: string };

// Verifying against a real hash when the address is unknown keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;

export async function checkPassword(db: Database, email: string, password: string, origin: LoginOrigin, now = new Date()): Promise<LoginOutcome> {
  const address = email.trim().toLowerCase();
  const [user] = await db
    .select({ id: users.id, practiceId: users.practiceId, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.email, address));
  const guess = await guardedAttempt(
    db,
    address,
    origin.ip,
    async () => (await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword("praxisbote-no-such-user"))), password)) && Boolean(user),
    now,
  );
  if (guess.kind === "locked") return { kind: "locked", until: guess.until };
  if (guess.kind === "wrong" || !user) {
    if (user) await recordAudit(db, { practiceId: user.practiceId, action: "login.failed", actor: { userId: user.id, email: address }, origin }, now);
    if (guess.kind === "wrong" && guess.lockedUntil) {
      if (user) await recordAudit(db, { practiceId: user.practiceId, action: "login.locked", actor: { userId: user.id, email: address }, origin }, now);
      return { kind: "locked", until: guess.lockedUntil };
    }
    return { kind: "invalid" };
  }
  if (user.totpEnabledAt) return { kind: "needs-code", challenge: await issueToken(db, "two_factor_challenge", { userId: user.id }, now) };
  return signedIn(db, user.id, user.practiceId, address, origin, now);
}

/**
 * The second step: a 6-digit code from the app, or one of the recovery codes. A wrong code
 * counts as a failed login, so the lockout covers guessing codes too; the challenge stays
 * usable until it expires.
 */
export async function checkSecondFactor(
  db: Database,
  challenge: string,
  code: string,
  encryptionKey: string,
  origin: LoginOrigin,
  now = new Date(),
): Promise<LoginOutcome | { kind: "challenge-expired" }> {
  const spent = await consumeToken(db, "two_factor_challenge", challenge, now);
  if (!spent?.userId) return { kind: "challenge-expired" };
  const [user] = await db
    .select({ id: users.id, practiceId: users.practiceId, email: users.email, secret: users.totpSecretEncrypted, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, spent.userId));
  if (!user?.secret) return { kind: "challenge-expired" };

  let viaRecoveryCode = false;
  const guess = await guardedAttempt(
    db,
    user.email,
    origin.ip,
    async () => {
      const secret = openSecret(user.secret!, encryptionKey);
      const step = secret ? await acceptTotpCode(secret, code, user.lastStep, now) : null;
      if (step !== null) return claimTotpStep(db, user.id, step);
      viaRecoveryCode = await redeemRecoveryCode(db, user.id, code, now);
      return viaRecoveryCode;
    },
    now,
  );
  if (guess.kind === "ok") {
    if (viaRecoveryCode) {
      await recordAudit(db, { practiceId: user.practiceId, action: "recovery_code.used", actor: { userId: user.id, email: user.email }, origin }, now);
    }
    return signedIn(db, user.id, user.practiceId, user.email, origin, now);
  }
  if (guess.kind === "locked") return { kind: "locked", until: guess.until };
  await recordAudit(db, { practiceId: user.practiceId, action: "login.failed", actor: { userId: user.id, email: user.email }, origin, details: { step: "code" } }, now);
  if (guess.lockedUntil) return { kind: "locked", until: guess.lockedUntil };
  // Another try with a fresh challenge: the old one was spent.
  return { kind: "needs-code", challenge: await issueToken(db, "two_factor_challenge", { userId: user.id }, now) };
}

/** Marks a code's time step as used; false when it (or a later one) was used already — by a parallel request too. */
export async function claimTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const moved = await db.execute(
    sql`update users set totp_last_step = ${step} where id = ${userId} and (totp_last_step is null or totp_last_step < ${step}) returning id`,
  );
  return (moved as unknown as { rows: unknown[] }).rows.length > 0;
}

async function redeemRecoveryCode(db: Database, userId: string, code: string, now: Date): Promise<boolean> {
  if (!/^[a-z0-9 -]{10,12}$/i.test(code.trim())) return false;
  const used = await db.execute(
    sql`update recovery_codes set used_at = ${now.toISOString()}
        where id = (select id from recovery_codes where user_id = ${userId} and code_hash = ${hashRecoveryCode(code)} and used_at is null limit 1)
          and used_at is null
        returning id`,
  );
  return (used as unknown as { rows: unknown[] }).rows.length > 0;
}

async function signedIn(db: Database, userId: string, practiceId: string, email: string, origin: LoginOrigin, now: Date): Promise<LoginOutcome> {
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, userId));
  await recordAudit(db, { practiceId, action: "login.succeeded", actor: { userId, email }, origin }, now);
  return { kind: "signed-in", ticket: await issueToken(db, "login_ticket", { userId, practiceId }, now) };
}

/** What Auth.js stores in the session: the user and the session version it was issued with. */
export async function redeemLoginTicket(db: Database, ticket: string, now = new Date()): Promise<{ id: string; sessionVersion: number } | null> {
  const spent = await consumeToken(db, "login_ticket", ticket, now);
  if (!spent?.userId) return null;
  const [user] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, spent.userId));
  return user ?? null;
}

/** Ends every session of a user at their next request. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}

/**
 * After a password change or reset, or "auf allen Geräten abmelden": every session ends, and so
 * does every open link and ticket — an e-mail change or confirmation link requested by someone
 * who knew the old password must not outlive it.
 */
export async function endAllAccess(db: Database, userId: string, now = new Date()): Promise<void> {
  await endAllSessions(db, userId);
  await db.execute(
    sql`update auth_tokens set used_at = ${now.toISOString()} where user_id = ${userId} and used_at is null
        and purpose in ('login_ticket', 'two_factor_challenge', 'password_reset', 'email_change', 'email_confirmation')`,
  );
}
