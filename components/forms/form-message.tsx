import type { FormState } from "@/lib/forms/form-state";

/** A server action's answer above its form: green when done, red when refused. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return state.status === "success" ? (
    <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800">
      {state.message}
    </p>
  );
}
