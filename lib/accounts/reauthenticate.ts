import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { guardedAttempt } from "../auth/lockout";
import { verifyPassword } from "../auth/password";
import { openSecret } from "../auth/secret-box";
import { acceptTotpCode } from "../auth/totp";
import { claimTotpStep, type LoginOrigin } from "../auth/login";

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
  const compact = proof.replace(/\s/g, "");
  const guess = await guardedAttempt(
    db,
    user.email,
    origin.ip,
    async () => {
      // Passwords have at least 10 characters, so six digits can only be a code.
      if (options.encryptionKey && user.enabledAt && user.secret && /^\d{6}$/.test(compact)) {
        const secret = openSecret(user.secret, options.encryptionKey);
        const step = secret ? await acceptTotpCode(secret, compact, user.lastStep, now) : null;
        if (step !== null && (await claimTotpStep(db, userId, step))) return true;
      }
      return proof.length > 0 && proof.length <= 200 && verifyPassword(user.passwordHash, proof);
    },
    now,
  );
  if (guess.kind === "wrong" && guess.lockedUntil) return { kind: "locked", until: guess.lockedUntil };
  return guess.kind === "wrong" ? { kind: "wrong" } : guess;
}
