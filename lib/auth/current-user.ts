import "server-only";
import { eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db/client";
import { practices, users } from "../../db/schema";
import { quietHoursOf } from "../messages/quiet-hours";
import { homeCountryOf, type PracticeContext } from "../practices/practice-context";
import { auth } from "./next-auth";

export type Role = "main" | "staff";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  totpEnabled: boolean;
  practice: {
    id: string;
    name: string;
    trialEndsAt: Date;
    trialRunning: boolean;
    emailConfirmed: boolean;
    requireTwoFactor: boolean;
  };
  /** What the domain needs to act for the practice (sending a test SMS …). */
  context: PracticeContext;
}

/**
 * The logged-in user, checked against the database on every request: a removed user, or a
 * session older than the user's session version (logout everywhere, password or role change),
 * is no user. Cached per request.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || session.sessionVersion === undefined) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users, practice: practices })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId));
  if (!row || row.user.sessionVersion !== session.sessionVersion) return null;
  const { user, practice } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    totpEnabled: user.totpEnabledAt !== null,
    practice: {
      id: practice.id,
      name: practice.name,
      trialEndsAt: practice.trialEndsAt,
      trialRunning: practice.trialEndsAt.getTime() > Date.now(),
      emailConfirmed: practice.emailConfirmedAt !== null,
      requireTwoFactor: practice.requireTwoFactor,
    },
    context: {
      practice: {
        id: practice.id,
        name: practice.name,
        country: homeCountryOf(practice.country),
        optimiseCharacters: practice.optimiseCharacters,
        defaultSender: practice.defaultSender,
        replyNumber: practice.replyNumber,
        monthlyPartLimit: practice.monthlyPartLimit,
        emailConfirmed: practice.emailConfirmedAt !== null,
        quietHours: quietHoursOf(practice.quietHoursStart, practice.quietHoursEnd),
      },
      location: null,
      apiKeyId: null,
      sandbox: false,
      userId: user.id,
    },
  };
});

/**
 * For every portal page, server action and route handler: the user, or a redirect to the login
 * page; with `role: "main"` a staff user gets the 403 page (and a server action refuses).
 * When the practice requires two-factor login and the user has not set it up, everything sends
 * them to its setup page; only that page, its actions and the portal shell pass
 * `twoFactorSetup: true` (anything else there would redirect in a loop).
 */
export async function requireUser(options: { role?: Role; twoFactorSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/anmelden");
  if (!options.twoFactorSetup && user.practice.requireTwoFactor && !user.totpEnabled) redirect(TWO_FACTOR_SETUP_PATH);
  if (options.role === "main" && user.role !== "main") forbidden();
  return user;
}

export const TWO_FACTOR_SETUP_PATH = "/konto/zwei-faktor";
