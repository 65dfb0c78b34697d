"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Button } from "@/components/ui/button";
import { setNewPassword, type ResetState } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

const initialState: ResetState = { status: "idle" };

export function ResetPasswordForm({ token, userInputs }: { token: string; userInputs: string[] }) {
  const [state, action, pending] = useActionState(setNewPassword, initialState);
  if (state.status === "success" || state.linkInvalid) {
    return (
      <div className="space-y-4">
        <p role={state.linkInvalid ? "alert" : "status"} className={state.linkInvalid ? "rounded-md bg-rose-50 p-3 text-rose-800" : "rounded-md bg-brand-50 p-3 text-brand-900"}>
          {state.message}
        </p>
        <Button asChild className="w-full">
          {state.linkInvalid ? <Link href="/passwort-vergessen">Neuen Link anfordern</Link> : <Link href="/anmelden">Zur Anmeldung</Link>}
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <NewPasswordField userInputs={userInputs} error={state.fieldErrors?.newPassword} />
      <FormField name="repeatPassword" label="Neues Passwort wiederholen" type="password" autoComplete="new-password" required error={state.fieldErrors?.repeatPassword} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "Passwort speichern"}
      </Button>
    </form>
  );
}
