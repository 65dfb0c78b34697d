"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { signUp } from "@/lib/accounts/sign-up";
import { SIGN_UP_ECHOED_FIELDS } from "@/lib/accounts/sign-up-fields";
import { lastFreeDay } from "@/lib/billing/trial";
import { getRuntime } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";

export interface SignUpState extends FormState {
  /** Counts the answers, so the form is rebuilt with the typed values after each one. */
  attempt: number;
  sentTo?: string;
  lastFreeDay?: string;
}

/**
 * The sign-up form. Success looks the same for a new address, a known one and a bot, so the
 * answer logs nobody in: the link in the e-mail does, and only the address's owner has it.
 */
export async function registerPractice(previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const attempt = previous.attempt + 1;
  const form = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const values = typedValues(formData, SIGN_UP_ECHOED_FIELDS);
  const outcome = await signUp({ db: await getDb(), mailer: getRuntime().mailer, appUrl: env.APP_URL }, form, clientOrigin(await headers()));
  switch (outcome.kind) {
    case "invalid":
      return { status: "error", attempt, values, fieldErrors: outcome.fieldErrors, message: "Bitte prüfen Sie die markierten Felder." };
    case "rate-limited":
      return {
        status: "error",
        attempt,
        values,
        message: "Von Ihrem Anschluss kamen in der letzten Stunde zu viele Anmeldungen. Bitte versuchen Sie es später noch einmal oder schreiben Sie uns.",
      };
    case "sent":
      return { status: "success", attempt, sentTo: outcome.email, lastFreeDay: lastFreeDay(outcome.trialEndsAt) };
  }
}
