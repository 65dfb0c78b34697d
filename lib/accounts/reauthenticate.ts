import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { users } from "../../db/schema";
import { checkLockout, recordLoginAttempt } from "../auth/lockout";
import { verifyPassword } from "../auth/password";
import { openSecret } from "../auth/secret-box";
import { acceptTotpCode } from "../auth/totp";
import type { LoginOrigin } from "../auth/login";

export type IdentityCheck = { kind: "ok" } | { kind: "wrong" } | { kind: "locked"; until: Date };

/**
 * Before a change to the login itself (password, e-mail, two-factor): the current password, or
 * with `encryptionKey` also a current code from the authenticator app. A wrong answer counts as
 * a failed login, so someone holding a stolen session cannot guess the password here instead.
 */
export async function confirmIdentity(
  db: Database,
  userId: string,
  proof: string,
  origin: LoginOrigin,
  options: { encryptionKey?: string } = {},
  now = new Date(),
): Promise<IdentityCheck> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash, secret: users.totpSecretEncrypted, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { kind: "wrong" };
  const lockout = await checkLockout(db, user.email, origin.ip, now);
  if (lockout.locked) return { kind: "locked", until: lockout.until };

  let ok = false;
  const compact = proof.replace(/\s/g, "");
  // Passwords have at least 10 characters, so six digits can only be a code.
  if (options.encryptionKey && user.enabledAt && user.secret && /^\d{6}$/.test(compact)) {
    const secret = openSecret(user.secret, options.encryptionKey);
    const step = secret ? await acceptTotpCode(secret, compact, user.lastStep, now) : null;
    ok = step !== null && (await claimTotpStep(db, userId, step));
  }
  if (!ok && proof.length > 0 && proof.length <= 200) ok = await verifyPassword(user.passwordHash, proof);
  if (ok) return { kind: "ok" };

  await recordLoginAttempt(db, user.email, origin.ip, false, now);
  const after = await checkLockout(db, user.email, origin.ip, now);
  return after.locked ? { kind: "locked", until: after.until } : { kind: "wrong" };
}

/** Marks a code's time step as used; false when it (or a later one) was used already — by a parallel request too. */
export async function claimTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const moved = await selectRows<{ id: string }>(
    db,
    sql`update users set totp_last_step = ${step} where id = ${userId} and (totp_last_step is null or totp_last_step < ${step}) returning id`,
  );
  return moved.length > 0;
}
