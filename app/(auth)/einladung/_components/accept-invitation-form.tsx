"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FormField } from "@/components/forms/form-field";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction, type AcceptState } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

const initialState: AcceptState = { status: "idle" };

export function AcceptInvitationForm({ token, userInputs }: { token: string; userInputs: string[] }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, initialState);
  // The strength meter also refuses a password built from the name being typed.
  const [name, setName] = useState("");
  if (state.linkInvalid) {
    return (
      <div className="space-y-4">
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-rose-800">
          {state.message}
        </p>
        <Button asChild className="w-full">
          <Link href="/anmelden">Zur Anmeldung</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <FormField
        name="name"
        label="Ihr Name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name}
        onChange={(event) => setName(event.target.value)}
        error={state.fieldErrors?.name}
        hint="So sehen die anderen Benutzer Ihrer Praxis, wer etwas geändert hat."
      />
      <NewPasswordField name="password" label="Passwort" userInputs={[...userInputs, name]} error={state.fieldErrors?.password} />
      <FormField name="repeatPassword" label="Passwort wiederholen" type="password" autoComplete="new-password" required error={state.fieldErrors?.repeatPassword} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "Zugang anlegen und anmelden"}
      </Button>
    </form>
  );
}
