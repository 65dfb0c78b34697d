import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { authTokens, practices, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { endAllAccess, type LoginOrigin } from "../auth/login";
import { hashPassword } from "../auth/password";
import { judgePassword } from "../auth/password-policy";
import { consumeToken, hashToken, issueToken, revokeTokens } from "../auth/tokens";
import { renderEmailChangeConfirmationEmail, renderEmailChangedNoticeEmail } from "../email/account-emails";
import type { Mailer } from "../email/mailer";
import type { AccountRef } from "./two-factor";
import { confirmIdentity, type IdentityCheck } from "./reauthenticate";

// The user's own account on /konto: name, login address, password, sessions.

export const EMAIL_CHANGE_PATH = "/email-aendern";

export const nameSchema = z.string().trim().max(120, "Der Name ist zu lang (höchstens 120 Zeichen).");
export const emailSchema = z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().toLowerCase().max(254, "Die E-Mail-Adresse ist zu lang.");

export async function changeName(db: Database, user: AccountRef, name: string, origin: LoginOrigin, now = new Date()): Promise<void> {
  const next = nameSchema.parse(name) || null;
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    if (!before || before.name === next) return;
    await tx.update(users).set({ name: next }).where(eq(users.id, user.id));
    await recordAudit(tx, { practiceId: user.practiceId, action: "user.renamed", actor: { userId: user.id, email: user.email }, origin, details: { name: { from: before.name, to: next } } }, now);
  });
}

export type EmailChangeRequest = { kind: "sent" } | { kind: "same-address" } | Exclude<IdentityCheck, { kind: "ok" }>;

/**
 * Asks the new address to confirm with a link (48 hours, single use; a newer request ends the
 * older link). The login changes only when it is confirmed. An address another account uses
 * gets no mail, but the answer is the same: the form must not tell who has an account.
 */
export async function requestEmailChange(
  db: Database,
  mailer: Mailer,
  input: { user: AccountRef; newEmail: string; password: string; origin: LoginOrigin; appUrl: string },
  now = new Date(),
): Promise<EmailChangeRequest> {
  const { user } = input;
  const newEmail = emailSchema.parse(input.newEmail);
  if (newEmail === user.email) return { kind: "same-address" };
  const identity = await confirmIdentity(db, user.id, input.password, input.origin, {}, now);
  if (identity.kind !== "ok") return identity;

  await revokeTokens(db, "email_change", user.id, now);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, newEmail));
  if (taken) return { kind: "sent" };
  const token = await issueToken(db, "email_change", { userId: user.id, practiceId: user.practiceId, email: newEmail }, now);
  const url = new URL(EMAIL_CHANGE_PATH, input.appUrl);
  url.searchParams.set("token", token);
  const { html, text } = await renderEmailChangeConfirmationEmail({ url: url.toString(), oldEmail: user.email });
  await mailer.send({ to: newEmail, subject: "Neue E-Mail-Adresse für Praxisbote bestätigen", html, text, idempotencyKey: `email-change-${hashToken(token).slice(0, 32)}` });
  return { kind: "sent" };
}

/** The new address a change link is for, while it is unused and valid; looking does not spend it. */
export async function findEmailChange(db: Database, token: string, now = new Date()): Promise<{ newEmail: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ email: authTokens.email })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, "email_change"), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)));
  return row?.email ? { newEmail: row.email } : null;
}

export type EmailChangeOutcome = { kind: "changed"; newEmail: string } | { kind: "invalid-link" } | { kind: "taken" };

/**
 * The click on the link in the new mailbox: the login becomes the new address, reset links sent
 * to the old one stop working, and the old address is told (whoever changed it may not be its owner).
 */
export async function confirmEmailChange(
  db: Database,
  mailer: Mailer,
  input: { token: string; origin: LoginOrigin; supportEmail: string | null },
  now = new Date(),
): Promise<EmailChangeOutcome> {
  let outcome: EmailChangeOutcome & { oldEmail?: string };
  try {
    outcome = await db.transaction(async (tx) => {
      const spent = await consumeToken(tx, "email_change", input.token, now);
      if (!spent?.userId || !spent.email) return { kind: "invalid-link" } as const;
      const [before] = await tx.select({ email: users.email, practiceId: users.practiceId }).from(users).where(eq(users.id, spent.userId));
      if (!before) return { kind: "invalid-link" } as const;
      const [other] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, spent.email), ne(users.id, spent.userId)));
      if (other) return { kind: "taken" } as const;
      await tx.update(users).set({ email: spent.email, emailConfirmedAt: now }).where(eq(users.id, spent.userId));
      await revokeTokens(tx, "password_reset", spent.userId, now);
      await revokeTokens(tx, "email_change", spent.userId, now);
      await recordAudit(
        tx,
        {
          practiceId: before.practiceId,
          action: "user.email_changed",
          actor: { userId: spent.userId, email: spent.email },
          origin: input.origin,
          details: { email: { from: before.email, to: spent.email } },
        },
        now,
      );
      return { kind: "changed", newEmail: spent.email, oldEmail: before.email } as const;
    });
  } catch (error) {
    // Another account took the address between the check and the update.
    if (isUniqueViolation(error, "users_email_unique")) return { kind: "taken" };
    throw error;
  }
  if (outcome.kind !== "changed" || !outcome.oldEmail) return outcome;
  const { html, text } = await renderEmailChangedNoticeEmail({ newEmail: outcome.newEmail, supportEmail: input.supportEmail });
  await mailer.send({
    to: outcome.oldEmail,
    subject: "Ihre Anmeldeadresse bei Praxisbote wurde geändert",
    html,
    text,
    idempotencyKey: `email-changed-${hashToken(input.token).slice(0, 32)}`,
  });
  return { kind: "changed", newEmail: outcome.newEmail };
}

export type PasswordChangeOutcome =
  /** The ticket signs this browser in again with the new session version. */
  | { kind: "changed"; ticket: string }
  | { kind: "weak-password"; problem: string }
  | { kind: "same-password" }
  | Exclude<IdentityCheck, { kind: "ok" }>;

/**
 * A new password after the current one: the password rule applies, every session ends (the
 * caller signs the current browser in again with the ticket) and "password.changed" is written.
 */
export async function changePassword(
  db: Database,
  input: { user: AccountRef; currentPassword: string; newPassword: string; origin: LoginOrigin },
  now = new Date(),
): Promise<PasswordChangeOutcome> {
  const { user } = input;
  const identity = await confirmIdentity(db, user.id, input.currentPassword, input.origin, {}, now);
  if (identity.kind !== "ok") return identity;
  if (input.newPassword === input.currentPassword) return { kind: "same-password" };
  const verdict = await judgePassword(input.newPassword, await userInputsOf(db, user.id));
  if (!verdict.ok) return { kind: "weak-password", problem: verdict.problem ?? "Das Passwort ist zu schwach." };
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endAllAccess(tx, user.id, now);
    await recordAudit(tx, { practiceId: user.practiceId, action: "password.changed", actor: { userId: user.id, email: user.email }, origin: input.origin }, now);
    const ticket = await issueToken(tx, "login_ticket", { userId: user.id, practiceId: user.practiceId }, now);
    return { kind: "changed", ticket } as const;
  });
}

/** "Auf allen Geräten abmelden": every session, this one too, ends at its next request. */
export async function logOutEverywhere(db: Database, user: AccountRef, origin: LoginOrigin, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await endAllAccess(tx, user.id, now);
    await recordAudit(tx, { practiceId: user.practiceId, action: "logout.everywhere", actor: { userId: user.id, email: user.email }, origin }, now);
  });
}

/** What a password must not be built from: address, name, practice. */
export async function userInputsOf(db: Database, userId: string): Promise<string[]> {
  const [row] = await db
    .select({ email: users.email, name: users.name, practiceName: practices.name })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId));
  return row ? [row.email, row.name ?? "", row.practiceName] : [];
}
