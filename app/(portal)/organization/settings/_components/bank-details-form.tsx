"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { updateBankDetailsAction } from "../actions";

interface BankDetailsFormProps {
  initial: { billingName: string | null; ibanGrouped: string | null; bic: string | null };
  mandate: {
    /** Accepted for the IBAN on file, in today's wording. */
    valid: boolean;
    reference: string | null;
    acceptedOn: string | null;
    nextReference: string;
    /** The wording for the mandate the tick grants. */
    text: string[];
  };
}

export function BankDetailsForm({ initial, mandate }: BankDetailsFormProps) {
  const [state, action, pending] = useActionState(updateBankDetailsAction, initialFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const field = (name: "billingName" | "iban" | "bic", saved: string | null) => ({
    name,
    defaultValue: (typed ? typed[name] : saved) ?? "",
    error: state.fieldErrors?.[name],
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField {...field("billingName", initial.billingName)} label="Kontoinhaber" autoComplete="cc-name" required maxLength={70} />
      <FormField
        {...field("iban", initial.ibanGrouped)}
        label="IBAN"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={42}
        className="font-mono"
        hint="Mit oder ohne Leerzeichen, z. B. DE89 3704 0044 0532 0130 00."
      />
      <FormField
        {...field("bic", initial.bic)}
        label="BIC"
        autoComplete="off"
        spellCheck={false}
        maxLength={14}
        className="font-mono"
        hint="Für deutsche und österreichische Konten nicht nötig (SEPA-Lastschriften gehen dort allein mit der IBAN)."
      />

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">SEPA-Lastschriftmandat</legend>
        {mandate.valid ? (
          <p className="text-sm text-slate-700">
            Erteilt am {mandate.acceptedOn}, Mandatsreferenz <span className="font-mono">{mandate.reference}</span>. Für eine neue IBAN erteilen Sie ein neues
            Mandat (Referenz <span className="font-mono">{mandate.nextReference}</span>).
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            Noch nicht erteilt. Ihr Mandat erhält die Referenz <span className="font-mono">{mandate.nextReference}</span>.
          </p>
        )}
        <div tabIndex={0} role="region" aria-label="Text des SEPA-Lastschriftmandats" className="max-h-48 space-y-2 overflow-y-auto rounded bg-slate-50 p-3 text-sm text-slate-700 focus-visible:outline-3 focus-visible:outline-brand-600">
          {mandate.text.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="acceptMandate"
            defaultChecked={typed?.acceptMandate === "on"}
            aria-invalid={state.fieldErrors?.acceptMandate ? true : undefined}
            aria-describedby={state.fieldErrors?.acceptMandate ? "acceptMandate-fehler" : undefined}
            className="mt-1 size-4"
          />
          <span>
            {mandate.valid
              ? "Für eine neue IBAN: Ich erteile / Wir erteilen das SEPA-Lastschriftmandat oben für das neue Konto."
              : "Ich erteile / Wir erteilen das SEPA-Lastschriftmandat oben."}
          </span>
        </label>
        {state.fieldErrors?.acceptMandate && (
          <p id="acceptMandate-fehler" className="text-sm font-medium text-rose-700">
            {state.fieldErrors.acceptMandate}
          </p>
        )}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Bankverbindung speichern"}
      </Button>
    </form>
  );
}
