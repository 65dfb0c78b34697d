"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/accounts/roles";
import { initialFormState } from "@/lib/forms/form-state";
import { inviteUserAction } from "../actions";

const ROLES = ["staff", "main"] as const;

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteUserAction, initialFormState);
  const chosen = state.values?.role === "main" ? "main" : "staff";
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField
        name="email"
        label="E-Mail-Adresse"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={state.status === "error" ? state.values?.email : undefined}
        error={state.fieldErrors?.email}
        hint="Die Person erhält einen Link, mit dem sie Namen und Passwort festlegt. Er gilt 7 Tage und nur einmal."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Rolle</legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-start gap-2 text-sm">
            <input type="radio" name="role" value={role} defaultChecked={role === chosen} className="mt-1" />
            <span>
              <span className="font-medium">{ROLE_LABELS[role]}</span>
              <span className="block text-slate-600">{ROLE_DESCRIPTIONS[role]}</span>
            </span>
          </label>
        ))}
        {state.fieldErrors?.role && <p className="text-sm font-medium text-rose-700">{state.fieldErrors.role}</p>}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Einladung senden"}
      </Button>
    </form>
  );
}
