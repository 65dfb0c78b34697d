import { DomainError } from "../errors/domain-error";
import type { z } from "zod";

/**
 * What a server action answers a form: a German message, errors per field shown next to the
 * field, and the values as typed so nothing the user entered is lost.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

/** The form's text fields as typed (never passwords or codes: those are not echoed back). */
export function typedValues(formData: FormData, keep: readonly string[]): Record<string, string> {
  return Object.fromEntries(keep.map((name) => [name, String(formData.get(name) ?? "")]));
}

/** Every field's first problem, with the German message the schema carries. */
export function formErrorsFromZod(error: z.ZodError, values: Record<string, string>, message = "Bitte prüfen Sie die markierten Felder."): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return { status: "error", message, fieldErrors, values };
}

/**
 * A refusal of the domain as a form's answer: its German message, also next to the field it
 * names (the domain's field names are the forms' input names). Anything that is not a
 * DomainError is a bug and is thrown on.
 */
export function refusedFormState(error: unknown, values?: Record<string, string>): FormState {
  if (!(error instanceof DomainError)) throw error;
  return { status: "error", message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined, values };
}
