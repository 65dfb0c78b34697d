"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { requestNewEmail } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

export function EmailForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(requestNewEmail, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        Sie melden sich mit <strong>{email}</strong> an. Eine neue Adresse gilt erst, wenn Sie den Link bestätigen, den wir an sie
        schicken; die bisherige Adresse erhält danach eine Nachricht über die Änderung.
      </p>
      <FormMessage state={state} />
      <FormField name="newEmail" label="Neue E-Mail-Adresse" type="email" autoComplete="email" required defaultValue={state.values?.newEmail} error={state.fieldErrors?.newEmail} />
      <FormField name="password" label="Ihr Passwort" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Bestätigungslink senden"}
      </Button>
    </form>
  );
}
