"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { enableTwoFactor, type TwoFactorState } from "../actions";
import { RecoveryCodeList } from "./recovery-code-list";
import { FormMessage } from "@/components/forms/form-message";

const initialState: TwoFactorState = { status: "idle" };

export function SetupForm() {
  const [state, action, pending] = useActionState(enableTwoFactor, initialState);
  if (state.status === "success" && state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-brand-50 p-3 text-brand-900">
          {state.message}
        </p>
        <RecoveryCodeList codes={state.recoveryCodes} />
        <Button asChild>
          <Link href="/konto/zwei-faktor">Codes gesichert – weiter</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <FormField name="code" label="Code aus der App" inputMode="numeric" autoComplete="one-time-code" required maxLength={20} error={state.fieldErrors?.code} />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Bestätigen und einschalten"}
      </Button>
    </form>
  );
}
