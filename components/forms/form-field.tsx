import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type FormFieldProps = ComponentProps<"input"> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input with its hint and its German error right below, linked for screen readers. */
export function FormField({ name, label, error, hint, id = name, ...props }: FormFieldProps) {
  const describedBy = [hint && `${id}-hinweis`, error && `${id}-fehler`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      {hint && (
        <p id={`${id}-hinweis`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-fehler`} className="text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
