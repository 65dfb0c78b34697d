"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { updatePassword } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

export function PasswordForm({ userInputs }: { userInputs: string[] }) {
  const [state, action, pending] = useActionState(updatePassword, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <FormField name="currentPassword" label="Bisheriges Passwort" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      <NewPasswordField userInputs={userInputs} error={state.fieldErrors?.newPassword} />
      <FormField name="repeatPassword" label="Neues Passwort wiederholen" type="password" autoComplete="new-password" required error={state.fieldErrors?.repeatPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Passwort ändern"}
      </Button>
    </form>
  );
}
