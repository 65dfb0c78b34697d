import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Database } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { selectRows } from "../../db/rows";
import { authTokens, practices, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { judgePassword, MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { consumeToken, hashToken, issueToken, TOKEN_LIFETIME_MS } from "../auth/tokens";
import { renderInvitationEmail } from "../email/invitation-email";
import { appLink, type AccountDeps } from "./account-deps";
import { withinRequestLimit } from "../auth/request-limit";
import { DomainError } from "../errors/domain-error";
import { assertId, assertMainUser, auditActor, type Actor, type Role } from "./actor";
import { ROLE_LABELS } from "./roles";

/** The path of the link in the e-mail; the page lives in app/(auth)/einladung. */
export const INVITATION_PATH = "/einladung";

export const invitationSchema = z.object({
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().toLowerCase().max(254, "Die E-Mail-Adresse ist zu lang."),
  role: z.enum(["main", "staff"], "Bitte wählen Sie eine Rolle."),
});

export type InvitationInput = z.input<typeof invitationSchema>;

/** The mailer, and APP_URL: the link must point at the public address, not at the request's host. */
export type InvitationDependencies = Pick<AccountDeps, "mailer" | "appUrl">;

/**
 * Invites someone by e-mail to the actor's practice: a single-use link valid 7 days. A newer
 * invitation to the same address replaces the older one. An address that already has a login
 * is refused, since the address is the login and belongs to one practice only.
 */
const INVITATIONS_PER_HOUR = 20;

export async function inviteUser(db: Database, actor: Actor, input: InvitationInput, deps: InvitationDependencies, now = new Date()) {
  assertMainUser(actor);
  const { email, role } = invitationSchema.parse(input);
  const [existing] = await db.select({ practiceId: users.practiceId }).from(users).where(eq(users.email, email));
  if (existing) {
    // Whether an address has a login at another practice is none of this practice's business.
    throw new DomainError(
      "email_taken",
      existing.practiceId === actor.practiceId
        ? `${email} hat schon einen Zugang zu Ihrer Praxis.`
        : `An ${email} können wir keine Einladung schicken. Bitte laden Sie eine andere Adresse ein, etwa die dienstliche Adresse der Person.`,
      "email",
    );
  }
  // Invitations are e-mails from our domain with a name the practice chose: not a mass mailer.
  if (!(await withinRequestLimit(db, "invitation", actor.practiceId, INVITATIONS_PER_HOUR, 60 * 60_000, now))) {
    throw new DomainError("too_soon", `Ihre Praxis hat in der letzten Stunde ${INVITATIONS_PER_HOUR} Einladungen verschickt. Bitte versuchen Sie es später noch einmal.`, "email");
  }
  const [inviter] = await db
    .select({ name: users.name, practiceName: practices.name })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(and(eq(users.id, actor.userId), eq(users.practiceId, actor.practiceId)));
  if (!inviter) throw new DomainError("forbidden");

  const token = await db.transaction(async (tx) => {
    await tx
      .update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.practiceId, actor.practiceId), eq(authTokens.purpose, "invitation"), eq(authTokens.email, email), isNull(authTokens.usedAt)));
    const issued = await issueToken(tx, "invitation", { practiceId: actor.practiceId, email, role, createdBy: actor.userId }, now);
    await recordAudit(tx, { practiceId: actor.practiceId, action: "user.invited", actor: auditActor(actor), origin: actor.origin, details: { email, role } }, now);
    return issued;
  });

  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS.invitation);
  const link = appLink(deps.appUrl, `${INVITATION_PATH}?token=${token}`);
  const mail = await renderInvitationEmail({ practiceName: inviter.practiceName, invitedBy: inviter.name ?? actor.email, roleLabel: ROLE_LABELS[role], link, expiresAt });
  try {
    await deps.mailer.send({ to: email, ...mail, idempotencyKey: `invitation-${hashToken(token).slice(0, 32)}` });
  } catch (error) {
    // A link nobody received must not stay valid for a week.
    await db.update(authTokens).set({ usedAt: now }).where(eq(authTokens.tokenHash, hashToken(token)));
    throw new DomainError("mail_failed", undefined, undefined, { cause: error });
  }
  return { email, role, expiresAt };
}

export interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

const inviters = alias(users, "inviters");

/** Invitations of the actor's practice that can still be accepted. */
export async function listInvitations(db: Database, actor: Actor, now = new Date()): Promise<OpenInvitation[]> {
  assertMainUser(actor);
  const rows = await db
    .select({
      id: authTokens.id,
      email: authTokens.email,
      role: authTokens.role,
      invitedBy: inviters.email,
      createdAt: authTokens.createdAt,
      expiresAt: authTokens.expiresAt,
    })
    .from(authTokens)
    .leftJoin(inviters, eq(inviters.id, authTokens.createdBy))
    .where(and(eq(authTokens.practiceId, actor.practiceId), eq(authTokens.purpose, "invitation"), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .orderBy(asc(authTokens.createdAt));
  return rows.map((row) => ({ ...row, email: row.email ?? "", role: row.role ?? "staff" }));
}

/** Takes back an invitation that was not accepted yet: its link stops working at once. */
export async function revokeInvitation(db: Database, actor: Actor, invitationId: string, now = new Date()): Promise<void> {
  assertMainUser(actor);
  assertId(invitationId);
  await db.transaction(async (tx) => {
    const [revoked] = await selectRows<{ email: string; role: Role }>(
      tx,
      sql`update auth_tokens set used_at = ${now.toISOString()}
          where id = ${invitationId} and practice_id = ${actor.practiceId} and purpose = 'invitation'
            and used_at is null and expires_at > ${now.toISOString()}
          returning email, role`,
    );
    if (!revoked) throw new DomainError("not_found");
    await recordAudit(
      tx,
      { practiceId: actor.practiceId, action: "user.invitation_revoked", actor: auditActor(actor), origin: actor.origin, details: { email: revoked.email, role: revoked.role } },
      now,
    );
  });
}

export interface InvitationPreview {
  email: string;
  role: Role;
  practiceName: string;
}

/**
 * What the invitation page shows before the invitee sets a password. It only looks: mail
 * scanners open links too, and must not spend the invitation.
 */
export async function findInvitation(db: Database, token: string, now = new Date()): Promise<InvitationPreview | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ email: authTokens.email, role: authTokens.role, practiceName: practices.name })
    .from(authTokens)
    .innerJoin(practices, eq(practices.id, authTokens.practiceId))
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, "invitation"), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)));
  if (!row?.email || !row.role) return null;
  return { email: row.email, role: row.role, practiceName: row.practiceName };
}

export const acceptInvitationSchema = z.object({
  name: z.string().trim().min(2, "Bitte geben Sie Ihren Namen an.").max(100, "Der Name ist zu lang (höchstens 100 Zeichen)."),
  password: z.string().min(1, "Bitte wählen Sie ein Passwort.").max(MAX_PASSWORD_LENGTH, `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen haben.`),
});

export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export interface AcceptedInvitation {
  userId: string;
  /** A login ticket: the caller exchanges it for a session (Auth.js signIn), as after a login. */
  ticket: string;
}

/**
 * The invitee sets name and password and gets a login for the practice. Spending the link,
 * creating the user and the audit entry happen in one transaction: a second click on the same
 * link, or an address that got a login in the meantime, changes nothing.
 */
export async function acceptInvitation(
  db: Database,
  token: string,
  input: AcceptInvitationInput,
  origin: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<AcceptedInvitation> {
  const { name, password } = acceptInvitationSchema.parse(input);
  const preview = await findInvitation(db, token, now);
  if (!preview) throw new DomainError("invitation_invalid");
  const verdict = await judgePassword(password, [preview.email, name, preview.practiceName]);
  if (!verdict.ok) throw new DomainError("weak_password", verdict.problem ?? undefined, "password");
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const spent = await consumeToken(tx, "invitation", token, now);
      if (!spent?.practiceId || !spent.email || !spent.role) throw new DomainError("invitation_invalid");
      // An invitation lives no longer than its sender's right to send it: removed (created_by
      // cleared) or, for a main login, no longer a main user themselves.
      const [inviter] = spent.createdBy
        ? await tx.select({ role: users.role }).from(users).where(and(eq(users.id, spent.createdBy), eq(users.practiceId, spent.practiceId)))
        : [];
      if (!inviter || (spent.role === "main" && inviter.role !== "main")) throw new DomainError("invitation_invalid");
      const [user] = await tx
        .insert(users)
        .values({ practiceId: spent.practiceId, email: spent.email, name, role: spent.role, passwordHash, emailConfirmedAt: now, lastLoginAt: now, createdAt: now })
        .returning({ id: users.id });
      await recordAudit(
        tx,
        { practiceId: spent.practiceId, action: "user.joined", actor: { userId: user.id, email: spent.email }, origin, details: { email: spent.email, name, role: spent.role } },
        now,
      );
      const ticket = await issueToken(tx, "login_ticket", { userId: user.id, practiceId: spent.practiceId }, now);
      return { userId: user.id, ticket };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) {
      throw new DomainError("email_taken", `Für ${preview.email} gibt es inzwischen einen Zugang. Bitte melden Sie sich damit an.`);
    }
    throw error;
  }
}
