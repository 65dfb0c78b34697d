import { z } from "zod";
import type { Database } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { apiKeys, practices, users } from "../../db/schema";
import { generateApiKey } from "../api/api-key";
import { generatePassword, hashPassword } from "../auth/password";
import { trialEndFor } from "../billing/trial";

export const newPracticeSchema = z.object({
  name: z.string().trim().min(2, "Der Praxisname ist zu kurz.").max(120, "Der Praxisname ist zu lang (höchstens 120 Zeichen)."),
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().toLowerCase(),
  password: z.string().min(10, "Das Passwort braucht mindestens 10 Zeichen.").max(200).optional(),
});

export type NewPractice = z.input<typeof newPracticeSchema>;

export interface CreatedPractice {
  practiceId: string;
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

/** A practice with its main account ("Hauptzugang") and a first API key, in one transaction. */
export async function createPractice(db: Database, input: NewPractice, now = new Date()): Promise<CreatedPractice> {
  const { name, email, password: givenPassword } = newPracticeSchema.parse(input);
  const password = givenPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const apiKey = generateApiKey();
  try {
    const practiceId = await db.transaction(async (tx) => {
      const [practice] = await tx
        .insert(practices)
        .values({ name, contactEmail: email, trialEndsAt: trialEndFor(now), createdAt: now })
        .returning({ id: practices.id });
      await tx.insert(users).values({ practiceId: practice.id, email, role: "main", passwordHash });
      await tx.insert(apiKeys).values({ practiceId: practice.id, prefix: apiKey.prefix, keyHash: apiKey.hash });
      return practice.id;
    });
    return { practiceId, email, password, apiKey: apiKey.key };
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) throw new EmailTakenError(email);
    throw error;
  }
}
