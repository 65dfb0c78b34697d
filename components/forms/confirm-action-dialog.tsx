"use client";

import { useActionState, useState, type ReactNode } from "react";
import { ActionDialog } from "@/components/forms/action-dialog";
import { DialogFormFooter, HiddenFields } from "@/components/forms/action-form-parts";
import { ResultActionForm } from "@/components/forms/result-action-form";
import { FormMessage } from "@/components/forms/form-message";
import type { ButtonVariant } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A button that asks first: the dialog says what will happen, and only its button submits. */
export function ConfirmActionDialog({
  triggerLabel,
  title,
  description,
  confirmLabel,
  action,
  fields,
  variant = "destructive",
}: {
  triggerLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  action: Action;
  /** Hidden inputs, e.g. the user's id. */
  fields: Record<string, string>;
  variant?: ButtonVariant;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success") setOpen(false);
    return next;
  }, initialFormState);
  return (
    <ActionDialog open={open} onOpenChange={setOpen} triggerLabel={triggerLabel} title={title} description={description}>
      <form action={formAction} className="mt-4">
        <HiddenFields fields={fields} />
        {state.status === "error" && <FormMessage state={state} />}
        <DialogFormFooter pending={pending} submitLabel={confirmLabel} variant={variant} />
      </form>
    </ActionDialog>
  );
}

/** A single button for a harmless step (promoting, revoking an invitation), with its error next to it. */
export function InlineActionForm(props: { label: string; action: Action; fields: Record<string, string> }) {
  return <ResultActionForm {...props} errorsOnly />;
}
