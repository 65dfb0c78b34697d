import { eq } from "drizzle-orm";
import { agreementAcceptances, practices, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { judgePassword } from "../auth/password-policy";
import { hashPassword } from "../auth/password";
import { withinRequestLimit } from "../auth/request-limit";
import { issueToken } from "../auth/tokens";
import { trialEndFor } from "../billing/trial";
import { DATA_PROCESSING_VERSION, TERMS_VERSION } from "../content/agreements";
import { renderAccountExistsEmail } from "../email/account-exists-email";
import { createPractice, EmailTakenError } from "../practices/create-practice";
import { registerSenderName } from "../senders/owned-senders";
import { describeError } from "../log-error";
import { DomainError } from "../errors/domain-error";
import { senderNameFromPracticeName } from "../senders/sender-name";
import { appLink, type AccountDeps, type RequestOrigin } from "./account-deps";
import { sendConfirmationEmail } from "./email-confirmation";
import { HONEYPOT_FIELD } from "./sign-up-fields";
import { signUpSchema, type SignUpInput } from "./sign-up-schema";

export const SIGN_UP_LIMIT = { perIp: 5, windowMs: 60 * 60_000 };

export type SignUpOutcome =
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "rate-limited" }
  /**
   * The one answer for a new practice, a known address and a bot alike: only the owner of the
   * address learns which it was, from the e-mail we sent (or did not send).
   */
  | { kind: "sent"; email: string; trialEndsAt: Date };

/**
 * Self sign-up. A new address gets a practice (address, contact, trial), its main user, a first
 * API key, the accepted agreement versions, a sender name and a confirmation link — all in one
 * transaction — and a welcome e-mail. A known address gets an e-mail saying so and nothing else.
 */
export async function signUp(deps: AccountDeps, form: Record<string, string>, origin: RequestOrigin, now = new Date()): Promise<SignUpOutcome> {
  const sent = (email: string): SignUpOutcome => ({ kind: "sent", email, trialEndsAt: trialEndFor(now) });
  if ((form[HONEYPOT_FIELD] ?? "").trim() !== "") return sent((form.email ?? "").trim().toLowerCase());

  const parsed = signUpSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { kind: "invalid", fieldErrors };
  }
  const input = parsed.data;
  const verdict = await judgePassword(input.password, [input.practiceName, input.contactName, input.email, input.city]);
  if (!verdict.ok) return { kind: "invalid", fieldErrors: { password: verdict.problem ?? "Bitte wählen Sie ein anderes Passwort." } };

  // Counted after validation, so that typing mistakes do not use up a practice's tries.
  if (!(await withinRequestLimit(deps.db, "sign-up", origin.ip, SIGN_UP_LIMIT.perIp, SIGN_UP_LIMIT.windowMs, now))) return { kind: "rate-limited" };

  const [known] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (known) {
    // The same work as a new account (the hash dominates), so the answer takes as long.
    await hashPassword(input.password);
    await tellAlreadyRegistered(deps, input.email, known.id, now);
    return sent(input.email);
  }
  try {
    await createSignedUpPractice(deps, input, origin, now);
  } catch (error) {
    // Two sign-ups with the same address at the same moment: the second is a known address.
    if (!(error instanceof EmailTakenError)) throw error;
    const [winner] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    await tellAlreadyRegistered(deps, input.email, winner?.id ?? "unknown", now);
  }
  return sent(input.email);
}

async function createSignedUpPractice(deps: AccountDeps, input: SignUpInput, origin: RequestOrigin, now: Date) {
  let confirmation: { token: string; userId: string; senderName: string | null } | undefined;
  const created = await createPractice(
    deps.db,
    {
      name: input.practiceName,
      email: input.email,
      password: input.password,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      country: input.country,
      contactName: input.contactName,
      contactPhone: input.phone,
    },
    now,
    {
      emailConfirmed: false,
      inTransaction: async (tx, { practiceId, userId }) => {
        await tx.insert(agreementAcceptances).values([
          { practiceId, userId, document: "terms", version: TERMS_VERSION, ip: origin.ip, acceptedAt: now },
          { practiceId, userId, document: "data_processing", version: DATA_PROCESSING_VERSION, ip: origin.ip, acceptedAt: now },
        ]);
        const senderName = await registerDerivedSenderName(tx, practiceId, input.practiceName, now);
        await recordAudit(
          tx,
          {
            practiceId,
            action: "practice.signed_up",
            actor: { userId, email: input.email },
            origin,
            details: { terms: TERMS_VERSION, dataProcessing: DATA_PROCESSING_VERSION, senderName },
          },
          now,
        );
        const token = await issueToken(tx, "email_confirmation", { userId, practiceId, email: input.email }, now);
        confirmation = { token, userId, senderName };
      },
    },
  );
  if (!confirmation) throw new Error("sign-up transaction ended without a confirmation link");
  await sendConfirmationEmail(deps, {
    kind: "welcome",
    to: created.email,
    token: confirmation.token,
    practiceName: input.practiceName,
    senderName: confirmation.senderName,
    trialEndsAt: trialEndFor(now),
  });
}

/**
 * The sender name derived from the practice's name, registered for it and made its default.
 * A name another practice already has is skipped, not an error: the practice can register
 * another one later, and its sign-up must not fail over it.
 */
async function registerDerivedSenderName(tx: AccountDeps["db"], practiceId: string, practiceName: string, now: Date): Promise<string | null> {
  const derived = senderNameFromPracticeName(practiceName);
  if (!derived) return null;
  try {
    const { value } = await registerSenderName(tx, practiceId, derived, now);
    await tx.update(practices).set({ defaultSender: value }).where(eq(practices.id, practiceId));
    return value;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

async function tellAlreadyRegistered(deps: AccountDeps, email: string, userId: string, now: Date) {
  const { html, text } = await renderAccountExistsEmail({ loginUrl: appLink(deps.appUrl, "/anmelden"), resetUrl: appLink(deps.appUrl, "/passwort-vergessen") });
  try {
    await deps.mailer.send({ to: email, subject: "Sie haben bereits einen Zugang bei Praxisbote", html, text, idempotencyKey: `sign-up-known-${userId}-${now.getTime()}` });
  } catch (error) {
    // The answer must not differ from a new sign-up's; the owner can still log in or reset.
    console.error(`[sign-up] could not send the already-registered e-mail: ${describeError(error)}`);
  }
}
