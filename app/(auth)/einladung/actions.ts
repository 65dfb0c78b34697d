"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { acceptInvitation, acceptInvitationSchema } from "@/lib/accounts/invitations";
import { signIn } from "@/lib/auth/next-auth";
import { formErrorsFromZod, typedValues, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";

export interface AcceptState extends FormState {
  linkInvalid?: boolean;
}

const schema = acceptInvitationSchema.extend({ token: z.string().max(200), repeatPassword: z.string().max(200) });

/** Name and password for the invitee, then straight into the portal. */
export async function acceptInvitationAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const values = typedValues(formData, ["name"]);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  const { token, name, password, repeatPassword } = parsed.data;
  if (password !== repeatPassword) {
    return { status: "error", values, fieldErrors: { repeatPassword: "Die beiden Passwörter stimmen nicht überein." }, message: "Bitte prüfen Sie die markierten Felder." };
  }
  let ticket: string;
  try {
    ({ ticket } = await acceptInvitation(await getDb(), token, { name, password }, clientOrigin(await headers())));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "weak_password") return { status: "error", values, fieldErrors: { password: error.message }, message: "Bitte wählen Sie ein anderes Passwort." };
    return { status: "error", linkInvalid: true, message: error.message };
  }
  // Throws Next's redirect on success, as after a login.
  await signIn("credentials", { ticket, redirectTo: "/uebersicht" });
  return { status: "error", message: "Die Anmeldung ist fehlgeschlagen. Bitte melden Sie sich mit Ihrem neuen Passwort an." };
}
