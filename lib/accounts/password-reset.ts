import { createHash } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../../db/client";
import { authTokens, practices, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { endAllAccess, type LoginOrigin } from "../auth/login";
import { hashPassword } from "../auth/password";
import { judgePassword } from "../auth/password-policy";
import { withinRequestLimit } from "../auth/request-limit";
import { consumeToken, hashToken, issueToken, revokeTokens } from "../auth/tokens";
import type { Mailer } from "../email/mailer";
import { renderPasswordResetEmail } from "../email/account-emails";

// "Passwort vergessen?": a link by e-mail with a single-use token valid for one hour (only its
// hash is stored); a new link ends the older ones. The answer never says whether the address
// has an account, and the action sends in the background, so the time it takes says nothing
// either.
//
// A reset does not lift a lockout: the lockout also counts wrong codes of the second factor, and
// someone who controls the mailbox must not be able to reset again and again to keep guessing.

export const RESET_PATH = "/passwort-zuruecksetzen";
const RESET_REQUESTS_PER_IP = 10;
const RESET_MAILS_PER_ADDRESS = 3;
const RESET_WINDOW_MS = 60 * 60_000;

/** Whether this IP may ask for another link now (10 an hour); counted for every request. */
export function allowResetRequest(db: Database, ip: string, now = new Date()): Promise<boolean> {
  return withinRequestLimit(db, "password_reset", ip, RESET_REQUESTS_PER_IP, RESET_WINDOW_MS, now);
}

/**
 * Sends a reset link when the address has an account; does nothing (and fails nowhere) when it
 * has none. At most 3 mails an hour go to one address, so the form cannot flood a mailbox.
 */
export async function sendPasswordResetLink(
  db: Database,
  mailer: Mailer,
  input: { email: string; appUrl: string },
  now = new Date(),
): Promise<{ sent: boolean }> {
  const address = input.email.trim().toLowerCase();
  // Counted per address hash: the table need not learn addresses that have no account.
  const addressKey = createHash("sha256").update(address, "utf8").digest("hex");
  if (!(await withinRequestLimit(db, "password_reset_address", addressKey, RESET_MAILS_PER_ADDRESS, RESET_WINDOW_MS, now))) return { sent: false };
  const [user] = await db.select({ id: users.id, practiceId: users.practiceId, email: users.email }).from(users).where(eq(users.email, address));
  if (!user) return { sent: false };

  await revokeTokens(db, "password_reset", user.id, now);
  const token = await issueToken(db, "password_reset", { userId: user.id, practiceId: user.practiceId }, now);
  const url = new URL(RESET_PATH, input.appUrl);
  url.searchParams.set("token", token);
  const { html, text } = await renderPasswordResetEmail({ url: url.toString() });
  await mailer.send({
    to: user.email,
    subject: "Neues Passwort für Praxisbote",
    html,
    text,
    idempotencyKey: `password-reset-${hashToken(token).slice(0, 32)}`,
  });
  return { sent: true };
}

export interface ResetTarget {
  userId: string;
  email: string;
  /** What the password must not be built from: the address, the name, the practice. */
  userInputs: string[];
}

/** The account a reset link is for, while the link is unused and valid; it is not spent by looking. */
export async function findResetTarget(db: Database, token: string, now = new Date()): Promise<ResetTarget | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, practiceName: practices.name })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, "password_reset"), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)));
  if (!row) return null;
  return { userId: row.userId, email: row.email, userInputs: [row.email, row.name ?? "", row.practiceName] };
}

export type ResetOutcome = { kind: "done"; email: string } | { kind: "invalid-link" } | { kind: "weak-password"; problem: string };

/**
 * Sets the new password with a reset link: the password rule first (a refused password leaves
 * the link usable), then the link is spent, every session of the user ends and the entry
 * "password.reset" is written.
 */
export async function resetPassword(db: Database, input: { token: string; password: string; origin: LoginOrigin }, now = new Date()): Promise<ResetOutcome> {
  const target = await findResetTarget(db, input.token, now);
  if (!target) return { kind: "invalid-link" };
  const verdict = await judgePassword(input.password, target.userInputs);
  if (!verdict.ok) return { kind: "weak-password", problem: verdict.problem ?? "Das Passwort ist zu schwach." };
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const spent = await consumeToken(tx, "password_reset", input.token, now);
    if (!spent?.userId) return { kind: "invalid-link" } as const;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, spent.userId))
      .returning({ id: users.id, practiceId: users.practiceId, email: users.email });
    if (!user) return { kind: "invalid-link" } as const;
    // A login already past the old password, or a link it requested, must not outlive the reset.
    await endAllAccess(tx, user.id, now);
    await recordAudit(tx, { practiceId: user.practiceId, action: "password.reset", actor: { userId: user.id, email: user.email }, origin: input.origin }, now);
    return { kind: "done", email: user.email } as const;
  });
}
