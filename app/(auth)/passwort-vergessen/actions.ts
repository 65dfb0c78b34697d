"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { allowResetRequest, sendPasswordResetLink } from "@/lib/accounts/password-reset";
import { getRuntime } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { formErrorsFromZod, typedValues, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { describeError } from "@/lib/log-error";

const schema = z.object({
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an.").trim().max(254, "Die E-Mail-Adresse ist zu lang."),
});

/**
 * The same answer for every address. The lookup and the mail happen after the answer is sent,
 * so neither the text nor the time tells whether the address has an account.
 */
export async function requestPasswordReset(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  const { ip } = clientOrigin(await headers());
  const db = await getDb();
  if (!(await allowResetRequest(db, ip))) {
    return { status: "error", values, message: "Von Ihrem Anschluss kamen zu viele Anfragen. Bitte versuchen Sie es in einer Stunde noch einmal." };
  }
  const email = parsed.data.email;
  after(async () => {
    try {
      await sendPasswordResetLink(db, getRuntime().mailer, { email, appUrl: env.APP_URL });
    } catch (error) {
      console.error(`[passwort-vergessen] Link nicht versendet: ${describeError(error)}`);
    }
  });
  return {
    status: "success",
    values,
    message: "Wenn zu dieser Adresse ein Zugang besteht, ist eine E-Mail mit einem Link unterwegs. Der Link gilt eine Stunde. Bitte sehen Sie auch im Spam-Ordner nach.",
  };
}
