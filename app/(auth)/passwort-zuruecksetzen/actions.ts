"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { resetPassword } from "@/lib/accounts/password-reset";
import type { FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";

export interface ResetState extends FormState {
  linkInvalid?: boolean;
}

const schema = z.object({
  token: z.string().min(1).max(200),
  newPassword: z.string().max(200, "Das Passwort darf höchstens 200 Zeichen haben."),
  repeatPassword: z.string().max(200),
});

export async function setNewPassword(_previous: ResetState, formData: FormData): Promise<ResetState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", linkInvalid: true, message: "Dieser Link ist ungültig." };
  const { token, newPassword, repeatPassword } = parsed.data;
  if (newPassword !== repeatPassword) {
    return { status: "error", fieldErrors: { repeatPassword: "Die beiden Passwörter stimmen nicht überein." }, message: "Bitte prüfen Sie die markierten Felder." };
  }
  const outcome = await resetPassword(await getDb(), { token, password: newPassword, origin: clientOrigin(await headers()) });
  switch (outcome.kind) {
    case "done":
      return { status: "success", message: "Ihr neues Passwort gilt ab sofort. Alle bisherigen Anmeldungen wurden beendet." };
    case "weak-password":
      return { status: "error", fieldErrors: { newPassword: outcome.problem }, message: "Bitte wählen Sie ein anderes Passwort." };
    case "invalid-link":
      return { status: "error", linkInvalid: true, message: "Dieser Link ist abgelaufen oder wurde schon verwendet." };
  }
}
