import type { ComponentProps } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";

/** What the server action needs to know besides the user's input, e.g. the id of the row it acts on. */
export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** The form's submit button; while the action runs it is disabled and says so. */
export function SubmitButton({ pending, children, ...props }: Omit<ComponentProps<typeof Button>, "type" | "disabled"> & { pending: boolean }) {
  return (
    <Button type="submit" disabled={pending} {...props}>
      {pending ? "Einen Moment …" : children}
    </Button>
  );
}

/** A dialog form's way out (Abbrechen) and its submit button. */
export function DialogFormFooter({ pending, submitLabel, variant }: { pending: boolean; submitLabel: string; variant?: ButtonVariant }) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button type="button" variant="ghost">
          Abbrechen
        </Button>
      </DialogClose>
      <SubmitButton pending={pending} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </DialogFooter>
  );
}
