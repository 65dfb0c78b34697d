import type { ComponentProps } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";

/** What the server action needs to know besides the user's input, e.g. the id of the row it acts on. */
export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** The form's submit button; while the action runs it is disabled and says so. */
export function SubmitButton({ pending, disabled = false, children, ...props }: Omit<ComponentProps<typeof Button>, "type"> & { pending: boolean }) {
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {pending ? "Einen Moment …" : children}
    </Button>
  );
}

/** A dialog form's way out (Abbrechen) and its submit button (`disabled`: also while there is nothing to submit). */
export function DialogFormFooter({ pending, submitLabel, variant, disabled = false }: { pending: boolean; submitLabel: string; variant?: ButtonVariant; disabled?: boolean }) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button type="button" variant="ghost">
          Abbrechen
        </Button>
      </DialogClose>
      <SubmitButton pending={pending} variant={variant} disabled={disabled}>
        {submitLabel}
      </SubmitButton>
    </DialogFooter>
  );
}
