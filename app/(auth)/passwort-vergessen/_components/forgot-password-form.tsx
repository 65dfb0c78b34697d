"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { requestPasswordReset } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, initialFormState);
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3 text-brand-900">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField name="email" label="E-Mail-Adresse" type="email" autoComplete="username" required autoFocus defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "Link anfordern"}
      </Button>
    </form>
  );
}
