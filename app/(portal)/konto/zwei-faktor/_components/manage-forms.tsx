"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { renewRecoveryCodes, turnOffTwoFactor, type TwoFactorState } from "../actions";
import { FormMessage } from "@/components/forms/form-message";
import { RecoveryCodeList } from "./recovery-code-list";

const initialState: TwoFactorState = { status: "idle" };

function ProofField({ id, error }: { id: string; error?: string }) {
  return <FormField id={id} name="proof" label="Passwort oder aktueller Code aus der App" type="password" autoComplete="current-password" required error={error} />;
}

export function RenewCodesForm() {
  const [state, action, pending] = useActionState(renewRecoveryCodes, initialState);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {state.recoveryCodes && <RecoveryCodeList codes={state.recoveryCodes} />}
      <form action={action} className="space-y-3" noValidate>
        <ProofField id="proof-codes" error={state.fieldErrors?.proof} />
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? "Einen Moment …" : "Neue Codes erzeugen"}
        </Button>
      </form>
    </div>
  );
}

export function TurnOffForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState(turnOffTwoFactor, initialState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {required && (
        <p className="text-sm text-slate-700">
          Ihre Praxis verlangt die Zwei-Faktor-Anmeldung: Nach dem Ausschalten richten Sie sie gleich neu ein, etwa mit einem neuen Telefon.
        </p>
      )}
      <ProofField id="proof-off" error={state.fieldErrors?.proof} />
      <Button type="submit" variant="destructive" disabled={pending}>
        {pending ? "Einen Moment …" : "Zwei-Faktor-Anmeldung ausschalten"}
      </Button>
    </form>
  );
}
