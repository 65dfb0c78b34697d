"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { updateName } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateName, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <FormField name="name" label="Ihr Name" autoComplete="name" maxLength={120} defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} hint="So sehen andere Benutzer Ihrer Praxis, wer etwas geändert hat." />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Name speichern"}
      </Button>
    </form>
  );
}
