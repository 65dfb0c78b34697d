import { z } from "zod";
import type { Database } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { apiKeys, practices, users } from "../../db/schema";
import { generateApiKey } from "../api/api-key";
import { generatePassword, hashPassword } from "../auth/password";
import { trialEndFor } from "../billing/trial";
import { registerSenderName } from "../senders/owned-senders";

export const newPracticeSchema = z.object({
  name: z.string().trim().min(2, "Der Praxisname ist zu kurz.").max(120, "Der Praxisname ist zu lang (höchstens 120 Zeichen)."),
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().toLowerCase(),
  password: z.string().min(10, "Das Passwort braucht mindestens 10 Zeichen.").max(200).optional(),
  /** Sender names registered for the practice (lib/senders); one taken by another practice undoes everything. */
  senderNames: z.array(z.string()).optional(),
  /** Address and contact, as the sign-up form asks for them. */
  street: z.string().trim().max(120).optional(),
  postalCode: z.string().trim().max(10).optional(),
  city: z.string().trim().max(80).optional(),
  country: z.enum(["DE", "AT"]).optional(),
  contactName: z.string().trim().max(120).optional(),
  contactPhone: z.string().trim().max(40).optional(),
});

export type NewPractice = z.input<typeof newPracticeSchema>;

export interface CreatedPractice {
  practiceId: string;
  /** The main user. */
  userId: string;
  email: string;
  /** The password as given, or the generated one; shown once. */
  password: string;
  /** The API key; shown once, only its hash is stored. */
  apiKey: string;
}

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`Für ${email} gibt es schon einen Zugang.`);
    this.name = "EmailTakenError";
  }
}

export interface CreatePracticeOptions {
  /**
   * False for a self sign-up, which confirms the address by link (lib/accounts). The operator
   * (practice:create, the demo) vouches for the address it types, so its practices start confirmed.
   */
  emailConfirmed?: boolean;
  /** More writes that must succeed or fail with the practice (agreements, the confirmation link …). */
  inTransaction?: (tx: Database, created: { practiceId: string; userId: string }) => Promise<void>;
}

/** A practice with its main account ("Hauptzugang") and a first API key, in one transaction. */
export async function createPractice(db: Database, input: NewPractice, now = new Date(), options: CreatePracticeOptions = {}): Promise<CreatedPractice> {
  const { name, email, password: givenPassword, senderNames = [], ...details } = newPracticeSchema.parse(input);
  const emailConfirmedAt = options.emailConfirmed === false ? null : now;
  const password = givenPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const apiKey = generateApiKey();
  try {
    const { practiceId, userId } = await db.transaction(async (tx) => {
      const [practice] = await tx
        .insert(practices)
        .values({ name, ...details, contactEmail: email, trialEndsAt: trialEndFor(now), emailConfirmedAt, createdAt: now })
        .returning({ id: practices.id });
      const [user] = await tx
        .insert(users)
        .values({ practiceId: practice.id, email, name: details.contactName ?? null, role: "main", passwordHash, emailConfirmedAt, createdAt: now })
        .returning({ id: users.id });
      await tx.insert(apiKeys).values({ practiceId: practice.id, prefix: apiKey.prefix, keyHash: apiKey.hash });
      for (const senderName of senderNames) await registerSenderName(tx, practice.id, senderName, now);
      await options.inTransaction?.(tx, { practiceId: practice.id, userId: user.id });
      return { practiceId: practice.id, userId: user.id };
    });
    return { practiceId, userId, email, password, apiKey: apiKey.key };
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) throw new EmailTakenError(email);
    throw error;
  }
}
