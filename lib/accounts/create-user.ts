import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { practices, users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { generatePassword, hashPassword } from "../auth/password";
import { judgePassword, MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { EmailTakenError } from "../practices/create-practice";
import { DomainError } from "../errors/domain-error";

// For operators and tests (npm run user:create): a login for an existing practice without the
// invitation e-mail. The portal invites instead (lib/accounts/invitations.ts).

export const newUserSchema = z.object({
  practiceId: z.uuid("Die Praxis-ID ist keine gültige ID."),
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().toLowerCase(),
  role: z.enum(["main", "staff"], "Die Rolle ist main oder staff."),
  name: z.string().trim().min(2, "Der Name ist zu kurz.").max(100, "Der Name ist zu lang (höchstens 100 Zeichen).").optional(),
  password: z.string().max(MAX_PASSWORD_LENGTH).optional(),
});

export type NewUser = z.input<typeof newUserSchema>;

export interface CreatedUser {
  userId: string;
  email: string;
  /** The password as given, or the generated one; shown once. */
  password: string;
}

export async function createUser(db: Database, input: NewUser, now = new Date()): Promise<CreatedUser> {
  const { practiceId, email, role, name, password: given } = newUserSchema.parse(input);
  const [practice] = await db.select({ name: practices.name }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) throw new DomainError("not_found", `Eine Praxis mit der ID ${practiceId} gibt es nicht.`, "practice");
  // The same rule as in the portal; a generated password always passes it.
  if (given !== undefined) {
    const verdict = await judgePassword(given, [email, name ?? "", practice.name]);
    if (!verdict.ok) throw new DomainError("weak_password", verdict.problem ?? undefined, "password");
  }
  const password = given ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const userId = await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ practiceId, email, name: name ?? null, role, passwordHash, emailConfirmedAt: now, createdAt: now })
        .returning({ id: users.id });
      await recordAudit(tx, { practiceId, action: "user.created", details: { email, name: name ?? null, role } }, now);
      return user.id;
    });
    return { userId, email, password };
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) throw new EmailTakenError(email);
    throw error;
  }
}
