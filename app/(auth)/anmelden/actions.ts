"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { formErrorsFromZod, typedValues, type FormState } from "@/lib/forms/form-state";
import { authEncryptionKey } from "@/lib/auth/auth-secrets";
import { checkPassword, checkSecondFactor, type LoginOutcome } from "@/lib/auth/login";
import { signIn } from "@/lib/auth/next-auth";
import { safeNextPath } from "@/lib/auth/next-path";
import { clientOrigin } from "@/lib/http/client-origin";
import { formatBerlinTime } from "@/lib/time/berlin";

export interface LoginState extends FormState {
  step: "password" | "code";
  challenge?: string;
}

const passwordSchema = z.object({
  email: z.string().trim().min(1, "Bitte geben Sie Ihre E-Mail-Adresse an.").max(254, "Die E-Mail-Adresse ist zu lang."),
  password: z.string().min(1, "Bitte geben Sie Ihr Passwort an.").max(200, "Das Passwort ist zu lang."),
});

const codeSchema = z.object({
  challenge: z.string().min(1),
  code: z.string().trim().min(1, "Bitte geben Sie den Code ein.").max(20, "Der Code ist zu lang."),
});

/** Both steps of the login form: password, then (with two-factor login) the code. */
export async function logIn(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const origin = clientOrigin(await headers());
  const db = await getDb();
  const next = safeNextPath(formData.get("weiter"));

  if (formData.get("step") === "code") {
    const parsed = codeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ...formErrorsFromZod(parsed.error, {}), step: "code", challenge: String(formData.get("challenge") ?? "") };
    const outcome = await checkSecondFactor(db, parsed.data.challenge, parsed.data.code, authEncryptionKey(), origin);
    if (outcome.kind === "challenge-expired") {
      return { status: "error", step: "password", message: "Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an." };
    }
    return answer(outcome, next, {}, true);
  }

  const values = typedValues(formData, ["email"]);
  const parsed = passwordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...formErrorsFromZod(parsed.error, values), step: "password" };
  return answer(await checkPassword(db, parsed.data.email, parsed.data.password, origin), next, values);
}

async function answer(outcome: LoginOutcome, next: string, values: Record<string, string>, codeWasWrong = false): Promise<LoginState> {
  switch (outcome.kind) {
    case "locked":
      return {
        status: "error",
        step: "password",
        values,
        message: `Zu viele fehlgeschlagene Anmeldungen. Aus Sicherheitsgründen ist die Anmeldung bis ${formatBerlinTime(outcome.until)} Uhr gesperrt.`,
      };
    case "invalid":
      return { status: "error", step: "password", values, message: "E-Mail-Adresse oder Passwort ist nicht richtig." };
    case "needs-code":
      return codeWasWrong
        ? { status: "error", step: "code", challenge: outcome.challenge, message: "Der Code ist nicht richtig. Bitte versuchen Sie es noch einmal." }
        : { status: "idle", step: "code", challenge: outcome.challenge };
    case "signed-in":
      // Throws Next's redirect on success.
      await signIn("credentials", { ticket: outcome.ticket, redirectTo: next });
      return { status: "error", step: "password", message: "Die Anmeldung ist fehlgeschlagen." };
  }
}
