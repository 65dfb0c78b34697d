"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { updatePracticeDataAction } from "../actions";

interface PracticeDataFormProps {
  initial: Record<string, string | null>;
  country: string;
  contactEmail: string;
}

export function PracticeDataForm({ initial, country, contactEmail }: PracticeDataFormProps) {
  const [state, action, pending] = useActionState(updatePracticeDataAction, initialFormState);
  // After a refusal the form shows what was typed; otherwise what is saved.
  const field = (name: string) => ({
    name,
    defaultValue: (state.status === "error" ? state.values?.[name] : initial[name]) ?? "",
    error: state.fieldErrors?.[name],
  });
  const austrian = country === "AT";
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField {...field("name")} label="Name der Praxis" autoComplete="organization" required maxLength={120} />
      <FormField {...field("street")} label="Straße und Hausnummer" autoComplete="street-address" required maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <FormField {...field("postalCode")} label="PLZ" autoComplete="postal-code" inputMode="numeric" required maxLength={5} />
        <FormField {...field("city")} label="Ort" autoComplete="address-level2" required maxLength={80} />
      </div>
      <p className="text-sm text-slate-600">
        Land: {austrian ? "Österreich" : "Deutschland"}. Es bestimmt, wie wir nationale Rufnummern lesen; für einen Wechsel schreiben Sie uns bitte.
      </p>
      <FormField {...field("contactName")} label="Ansprechperson" autoComplete="name" required maxLength={120} />
      <FormField {...field("contactPhone")} label="Telefon" type="tel" autoComplete="tel" required maxLength={30} />
      <FormField
        {...field("billingEmail")}
        label="E-Mail-Adresse für Rechnungen (optional)"
        type="email"
        autoComplete="email"
        maxLength={254}
        hint={`Leer lassen: Rechnungen gehen an ${contactEmail}.`}
      />
      <FormField
        {...field("vatId")}
        label={austrian ? "UID-Nummer (optional)" : "USt-IdNr. (optional)"}
        maxLength={20}
        hint={austrian ? "ATU und 8 Ziffern, z. B. ATU12345678." : "DE und 9 Ziffern, z. B. DE123456789."}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Praxisdaten speichern"}
      </Button>
    </form>
  );
}
