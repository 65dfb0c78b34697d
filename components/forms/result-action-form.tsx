"use client";

import { useActionState } from "react";
import { HiddenFields, SubmitButton } from "@/components/forms/action-form-parts";
import { cn } from "@/components/ui/cn";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/** One harmless button whose answer, done or refused, appears right below it (`errorsOnly`: only a refusal). */
export function ResultActionForm({
  label,
  action,
  fields,
  errorsOnly = false,
}: {
  label: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  errorsOnly?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <HiddenFields fields={fields} />
      <SubmitButton pending={pending} variant="outline" size="sm">
        {label}
      </SubmitButton>
      {state.message && (state.status === "error" || !errorsOnly) && (
        <span role={state.status === "error" ? "alert" : "status"} className={cn("max-w-xs text-sm", state.status === "error" ? "text-rose-700" : "text-brand-800")}>
          {state.message}
        </span>
      )}
    </form>
  );
}
