import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { apiKeys, authTokens, practices, users } from "../../db/schema";
import { generateApiKey } from "../api/api-key";
import { recordAudit } from "../audit/record-audit";
import { withinRequestLimit } from "../auth/request-limit";
import { consumeToken, hashToken, issueToken, revokeTokens } from "../auth/tokens";
import { lastFreeDay } from "../billing/trial";
import { renderWelcomeEmail } from "../email/welcome-email";
import { describeError } from "../log-error";
import { appLink, type AccountDeps, type RequestOrigin } from "./account-deps";

export const RESEND_LIMIT = { perUser: 3, windowMs: 60 * 60_000 };

/** The welcome e-mail, or a new link asked for in the portal: the link plus the PVS set-up steps. */
export async function sendConfirmationEmail(
  deps: AccountDeps,
  email: { kind: "welcome" | "new-link"; to: string; token: string; practiceName: string; senderName: string | null; trialEndsAt: Date },
): Promise<boolean> {
  const { html, text } = await renderWelcomeEmail({
    kind: email.kind,
    practiceName: email.practiceName,
    confirmUrl: appLink(deps.appUrl, `/bestaetigen?token=${encodeURIComponent(email.token)}`),
    apiBaseUrl: appLink(deps.appUrl, "/api/v1"),
    lastFreeDay: lastFreeDay(email.trialEndsAt),
    senderName: email.senderName,
  });
  try {
    await deps.mailer.send({
      to: email.to,
      subject: email.kind === "welcome" ? "Willkommen bei Praxisbote – bitte bestätigen Sie Ihre E-Mail-Adresse" : "Ihr neuer Bestätigungslink für Praxisbote",
      html,
      text,
      // The token's hash is our own id for this e-mail: a retried send is not delivered twice.
      idempotencyKey: `email-confirmation-${hashToken(email.token).slice(0, 32)}`,
    });
    return true;
  } catch (error) {
    // The account stands; a new link can be asked for in the portal after logging in.
    console.error(`[sign-up] could not send the confirmation e-mail: ${describeError(error)}`);
    return false;
  }
}

export type ResendOutcome = { kind: "sent" } | { kind: "already-confirmed" } | { kind: "rate-limited" } | { kind: "failed" };

/** A new confirmation link for the logged-in main user; older links stop working. */
export async function resendConfirmation(deps: AccountDeps, userId: string, now = new Date()): Promise<ResendOutcome> {
  const [row] = await deps.db
    .select({ email: users.email, practiceId: users.practiceId, userConfirmedAt: users.emailConfirmedAt, practice: practices })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId));
  if (!row) return { kind: "failed" };
  if (row.practice.emailConfirmedAt && row.userConfirmedAt) return { kind: "already-confirmed" };
  if (!(await withinRequestLimit(deps.db, "email-confirmation", userId, RESEND_LIMIT.perUser, RESEND_LIMIT.windowMs, now))) return { kind: "rate-limited" };
  const token = await deps.db.transaction(async (tx) => {
    await revokeTokens(tx, "email_confirmation", userId, now);
    return issueToken(tx, "email_confirmation", { userId, practiceId: row.practiceId, email: row.email }, now);
  });
  const sent = await sendConfirmationEmail(deps, {
    kind: "new-link",
    to: row.email,
    token,
    practiceName: row.practice.name,
    senderName: row.practice.defaultSender,
    trialEndsAt: row.practice.trialEndsAt,
  });
  return sent ? { kind: "sent" } : { kind: "failed" };
}

export type LinkState = "valid" | "used" | "expired" | "unknown";

/** What a confirmation link is, without spending it: the page asks before it confirms. */
export async function inspectConfirmationLink(db: Database, token: string, now = new Date()): Promise<LinkState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "unknown";
  const [row] = await db
    .select({ usedAt: authTokens.usedAt, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, "email_confirmation")));
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

export type ConfirmOutcome =
  | {
      kind: "confirmed";
      userId: string;
      practiceId: string;
      trialEndsAt: Date;
      /** The API key, shown this once; null when it was shown before (or keys were made otherwise). */
      apiKey: string | null;
      /** A login ticket for Auth.js; null when the user has two-factor login and must log in with the code. */
      loginTicket: string | null;
    }
  | { kind: Exclude<LinkState, "valid"> };

/**
 * Spends a confirmation link: the user's and (for the main user) the practice's address count
 * as confirmed, in one transaction with the audit entry. On the practice's first confirmation
 * its API key is shown: the sign-up answer could not show it (it must look the same for a known
 * address), and only the key's hash is stored, so the never-shown key gets its secret now.
 */
export async function confirmEmail(db: Database, token: string, origin: RequestOrigin, now = new Date()): Promise<ConfirmOutcome> {
  const outcome = await db.transaction(async (tx): Promise<ConfirmOutcome | null> => {
    const spent = await consumeToken(tx, "email_confirmation", token, now);
    if (!spent?.userId) return null;
    // A link to an address the login no longer uses confirms nothing (and logs nobody in).
    const [current] = await tx.select({ email: users.email }).from(users).where(eq(users.id, spent.userId));
    if (!current || current.email !== spent.email) return null;
    const [user] = await tx
      .update(users)
      .set({ emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, spent.userId))
      .returning({ id: users.id, email: users.email, role: users.role, practiceId: users.practiceId, totpEnabledAt: users.totpEnabledAt });
    if (!user) return null;
    const [before] = await tx.select({ confirmedAt: practices.emailConfirmedAt, trialEndsAt: practices.trialEndsAt }).from(practices).where(eq(practices.id, user.practiceId));
    const firstConfirmation = user.role === "main" && before.confirmedAt === null;
    if (firstConfirmation) await tx.update(practices).set({ emailConfirmedAt: now }).where(and(eq(practices.id, user.practiceId), isNull(practices.emailConfirmedAt)));
    await recordAudit(tx, { practiceId: user.practiceId, action: "email.confirmed", actor: { userId: user.id, email: user.email }, origin, details: { email: user.email } }, now);
    const apiKey = firstConfirmation ? await revealFirstApiKey(tx, user.practiceId, { userId: user.id, email: user.email }, origin, now) : null;
    let loginTicket: string | null = null;
    if (!user.totpEnabledAt) {
      await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
      await recordAudit(tx, { practiceId: user.practiceId, action: "login.succeeded", actor: { userId: user.id, email: user.email }, origin, details: { via: "email_confirmation" } }, now);
      loginTicket = await issueToken(tx, "login_ticket", { userId: user.id, practiceId: user.practiceId }, now);
    }
    return { kind: "confirmed", userId: user.id, practiceId: user.practiceId, trialEndsAt: before.trialEndsAt, apiKey, loginTicket };
  });
  if (outcome) return outcome;
  const state = await inspectConfirmationLink(db, token, now);
  return { kind: state === "valid" ? "unknown" : state };
}

// Only the practice's single key from the sign-up, never used: a key anyone has seen is never replaced.
async function revealFirstApiKey(tx: Database, practiceId: string, actor: { userId: string; email: string }, origin: RequestOrigin, now: Date): Promise<string | null> {
  const keys = await tx.select({ id: apiKeys.id, revokedAt: apiKeys.revokedAt, lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.practiceId, practiceId)).orderBy(asc(apiKeys.createdAt));
  if (keys.length !== 1 || keys[0].revokedAt || keys[0].lastUsedAt) return null;
  const fresh = generateApiKey();
  await tx.update(apiKeys).set({ prefix: fresh.prefix, keyHash: fresh.hash }).where(and(eq(apiKeys.id, keys[0].id), isNull(apiKeys.lastUsedAt)));
  await recordAudit(tx, { practiceId, action: "api_key.created", actor, origin, details: { prefix: fresh.prefix, shown: "bei der Bestätigung der E-Mail-Adresse" } }, now);
  return fresh.key;
}
