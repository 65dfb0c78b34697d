"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { logIn, type LoginState } from "../actions";

const initialState: LoginState = { status: "idle", step: "password" };

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(logIn, initialState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="weiter" value={next} />
      <FormMessage state={state} />
      {state.step === "code" ? (
        <>
          <input type="hidden" name="step" value="code" />
          <input type="hidden" name="challenge" value={state.challenge ?? ""} />
          <p className="text-slate-700">Bitte geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein – oder einen Ihrer Wiederherstellungscodes.</p>
          <FormField
            name="code"
            label="Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
            error={state.fieldErrors?.code}
          />
        </>
      ) : (
        <>
          <FormField name="email" label="E-Mail-Adresse" type="email" autoComplete="username" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
          <FormField name="password" label="Passwort" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
        </>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : state.step === "code" ? "Bestätigen" : "Anmelden"}
      </Button>
      {state.step === "password" && (
        <p className="text-sm">
          <Link href="/passwort-vergessen" className="text-brand-700 underline">
            Passwort vergessen?
          </Link>
        </p>
      )}
    </form>
  );
}
