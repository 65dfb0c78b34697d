"use client";

import { useActionState, useState, type ReactNode } from "react";
import { ActionDialog } from "@/components/forms/action-dialog";
import { DialogFormFooter, HiddenFields } from "@/components/forms/action-form-parts";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/**
 * Replaces a secret (an API key, a webhook's signing secret) and shows the new one. After success
 * the dialog stays open: it is the only place the new secret is ever shown.
 */
export function RenewSecretDialog<State extends FormState>({
  triggerLabel,
  title,
  description,
  fields,
  action,
  submitLabel,
  closeLabel,
  renderIssued,
  renewable = true,
}: {
  triggerLabel: string;
  title: string;
  /** What happens to the old secret. */
  description: ReactNode;
  /** Hidden inputs, e.g. the key's id. */
  fields: Record<string, string>;
  action: (previous: State, formData: FormData) => Promise<State>;
  submitLabel: string;
  /** The button that closes the dialog once the new secret is shown. */
  closeLabel: string;
  /** The new secret an answer carries, ready to copy; nothing while it carries none. */
  renderIssued: (state: State) => ReactNode;
  /** False takes the trigger away (e.g. a key already replaced), but not a dialog still showing the secret just issued. */
  renewable?: boolean;
}) {
  // The answers' types only add optional fields to FormState, so the empty start fits them all.
  const [state, formAction, pending] = useActionState(action, initialFormState as Awaited<State>);
  const [open, setOpen] = useState(false);
  const issued = state.status === "success" ? renderIssued(state) : null;
  if (!renewable && !(issued && open)) return null;
  return (
    <ActionDialog open={open} onOpenChange={setOpen} triggerLabel={triggerLabel} title={title} description={description} className="max-w-2xl">
      {issued ? (
        <div className="mt-4 space-y-4">
          <FormMessage state={state} />
          {issued}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button">{closeLabel}</Button>
            </DialogClose>
          </DialogFooter>
        </div>
      ) : (
        <form action={formAction} className="mt-4">
          <HiddenFields fields={fields} />
          {state.status === "error" && <FormMessage state={state} />}
          <DialogFormFooter pending={pending} submitLabel={submitLabel} />
        </form>
      )}
    </ActionDialog>
  );
}
