"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { checkApiKeyAction, type KeyCheckState } from "../actions";

const initialState: KeyCheckState = { status: "idle" };

/**
 * The same check the PVS's "Key-Check" button runs (GET /api/v1/key-check): for a pasted key,
 * or with `knownKey` for the key just created (then only the button shows).
 */
export function KeyCheckForm({ knownKey, id = "key-check" }: { knownKey?: string; id?: string }) {
  const [state, action, pending] = useActionState(checkApiKeyAction, initialState);
  return (
    <form action={action} className="space-y-3" noValidate>
      {knownKey ? (
        <input type="hidden" name="key" value={knownKey} />
      ) : (
        <FormField
          id={`${id}-key`}
          name="key"
          label="API-Key"
          autoComplete="off"
          spellCheck={false}
          placeholder="pb_live_…"
          hint="Fügen Sie den Key ein, wie er in Ihrer Praxissoftware steht. Er wird nicht gespeichert."
        />
      )}
      <Button type="submit" variant="outline" disabled={pending}>
        {pending ? "Einen Moment …" : "Key-Check"}
      </Button>
      {state.message && (
        <p
          role={state.valid ? "status" : "alert"}
          className={cn("rounded-md p-3 text-sm", state.valid ? "bg-brand-50 text-brand-900" : "bg-rose-50 text-rose-800")}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
