import { eq, and, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { Database } from "../../db/client";
import { practices, recoveryCodes, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import type { LoginOrigin } from "../auth/login";
import { generateRecoveryCodes, hashRecoveryCode } from "../auth/recovery-codes";
import { openSecret, sealSecret } from "../auth/secret-box";
import { acceptTotpCode, newTotpSecret, totpUri } from "../auth/totp";
import { confirmIdentity, type IdentityCheck } from "./reauthenticate";

// Two-factor login with an authenticator app (TOTP). The secret is kept sealed with
// AUTH_ENCRYPTION_KEY from the moment the setup starts; it counts only once a code from the app
// confirmed it. Ten recovery codes, stored hashed, are shown once.

export interface AccountRef {
  id: string;
  practiceId: string;
  email: string;
}

export interface TwoFactorSetup {
  /** "ABCD EFGH …": for typing into the app when the camera is no option. */
  groupedSecret: string;
  uri: string;
  /** The QR code as an SVG document, rendered here: the secret never leaves the server for a QR service. */
  qrSvg: string;
}

export const groupSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * The secret to scan while two-factor login is off: the pending one again (a reload must not
 * invalidate what the app already scanned), else a new one. Null when it is on already.
 */
export async function beginTwoFactorSetup(db: Database, user: AccountRef, encryptionKey: string): Promise<TwoFactorSetup | null> {
  const [row] = await db.select({ sealed: users.totpSecretEncrypted, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, user.id));
  if (!row || row.enabledAt) return null;
  let secret = row.sealed ? openSecret(row.sealed, encryptionKey) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db
      .update(users)
      .set({ totpSecretEncrypted: sealSecret(secret, encryptionKey), totpLastStep: null })
      .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)));
  }
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { groupedSecret: groupSecret(secret), uri, qrSvg };
}

export type EnableOutcome = { kind: "enabled"; recoveryCodes: string[] } | { kind: "wrong-code" } | { kind: "not-started" };

/** Turns two-factor login on once a code from the app matches the pending secret. */
export async function confirmTwoFactorSetup(
  db: Database,
  user: AccountRef,
  code: string,
  encryptionKey: string,
  origin: LoginOrigin,
  now = new Date(),
): Promise<EnableOutcome> {
  const [row] = await db.select({ sealed: users.totpSecretEncrypted, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, user.id));
  if (!row?.sealed || row.enabledAt) return { kind: "not-started" };
  const secret = openSecret(row.sealed, encryptionKey);
  if (!secret) return { kind: "not-started" };
  const step = await acceptTotpCode(secret, code, null, now);
  if (step === null) return { kind: "wrong-code" };

  return db.transaction(async (tx) => {
    // Conditional: a second tab confirming at the same time gets nothing.
    const [enabled] = await tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step })
      .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt), eq(users.totpSecretEncrypted, row.sealed!)))
      .returning({ id: users.id });
    if (!enabled) return { kind: "not-started" } as const;
    const codes = await replaceRecoveryCodes(tx, user.id, now);
    await recordAudit(tx, { practiceId: user.practiceId, action: "two_factor.enabled", actor: { userId: user.id, email: user.email }, origin }, now);
    return { kind: "enabled", recoveryCodes: codes } as const;
  });
}

/** Ten new recovery codes in place of all earlier ones; only their hashes are kept. */
async function replaceRecoveryCodes(db: Database, userId: string, now: Date): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })));
  return codes;
}

export type ProtectedOutcome<T> = ({ kind: "done" } & T) | Exclude<IdentityCheck, { kind: "ok" }> | { kind: "not-enabled" };

/** "Neue Codes erzeugen": asks for the password or a code, then the old codes stop working. */
export async function regenerateRecoveryCodes(
  db: Database,
  user: AccountRef,
  proof: string,
  encryptionKey: string,
  origin: LoginOrigin,
  now = new Date(),
): Promise<ProtectedOutcome<{ recoveryCodes: string[] }>> {
  if (!(await isEnabled(db, user.id))) return { kind: "not-enabled" };
  const identity = await confirmIdentity(db, user.id, proof, origin, { encryptionKey }, now);
  if (identity.kind !== "ok") return identity;
  const codes = await db.transaction((tx) => replaceRecoveryCodes(tx, user.id, now));
  return { kind: "done", recoveryCodes: codes };
}

/** Turns two-factor login off after the password (or a current code); secret and recovery codes are deleted. */
export async function disableTwoFactor(
  db: Database,
  user: AccountRef,
  proof: string,
  encryptionKey: string,
  origin: LoginOrigin,
  now = new Date(),
): Promise<ProtectedOutcome<object>> {
  if (!(await isEnabled(db, user.id))) return { kind: "not-enabled" };
  const identity = await confirmIdentity(db, user.id, proof, origin, { encryptionKey }, now);
  if (identity.kind !== "ok") return identity;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await recordAudit(tx, { practiceId: user.practiceId, action: "two_factor.disabled", actor: { userId: user.id, email: user.email }, origin }, now);
  });
  return { kind: "done" };
}

async function isEnabled(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.enabledAt);
}

/** How many recovery codes are still unused, for the profile page. */
export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const rows = await db.select({ id: recoveryCodes.id }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

export type RequirementOutcome = { kind: "done" } | { kind: "set-up-first" };

/**
 * The main user requires two-factor login for everyone in the practice (or no longer does).
 * Only after setting it up for themselves: otherwise the switch would lock them out of the
 * portal until they did.
 */
export async function setTwoFactorRequirement(
  db: Database,
  actor: AccountRef,
  required: boolean,
  origin: LoginOrigin,
  now = new Date(),
): Promise<RequirementOutcome> {
  if (required && !(await isEnabled(db, actor.id))) return { kind: "set-up-first" };
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ required: practices.requireTwoFactor }).from(practices).where(eq(practices.id, actor.practiceId));
    if (!before || before.required === required) return;
    await tx.update(practices).set({ requireTwoFactor: required }).where(eq(practices.id, actor.practiceId));
    await recordAudit(
      tx,
      {
        practiceId: actor.practiceId,
        action: required ? "two_factor.required" : "two_factor.not_required",
        actor: { userId: actor.id, email: actor.email },
        origin,
        details: { requireTwoFactor: { from: before.required, to: required } },
      },
      now,
    );
  });
  return { kind: "done" };
}
