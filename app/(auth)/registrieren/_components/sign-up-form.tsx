"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { COUNTRIES, HONEYPOT_FIELD } from "@/lib/accounts/sign-up-fields";
import { registerPractice, type SignUpState } from "../actions";
import { PasswordField } from "./password-field";
import { FormMessage } from "@/components/forms/form-message";

const initialState: SignUpState = { status: "idle", attempt: 0 };

export interface AgreementLink {
  path: string;
  title: string;
  version: string;
}

export function SignUpForm({ terms, dataProcessing }: { terms: AgreementLink; dataProcessing: AgreementLink }) {
  const [state, action, pending] = useActionState(registerPractice, initialState);
  if (state.status === "success") return <SignUpSent email={state.sentTo ?? ""} lastFreeDay={state.lastFreeDay ?? ""} />;
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    // Rebuilt after every answer: the checkboxes then start from the values as sent.
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField name="practiceName" label="Name der Praxis" autoComplete="organization" required defaultValue={values.practiceName} error={errors.practiceName} />
      <FormField name="contactName" label="Ansprechperson" autoComplete="name" required defaultValue={values.contactName} error={errors.contactName} />
      <FormField name="street" label="Straße und Hausnummer" autoComplete="street-address" required defaultValue={values.street} error={errors.street} />
      <div className="grid grid-cols-[7rem_1fr] gap-3">
        <FormField name="postalCode" label="PLZ" inputMode="numeric" autoComplete="postal-code" required defaultValue={values.postalCode} error={errors.postalCode} />
        <FormField name="city" label="Ort" autoComplete="address-level2" required defaultValue={values.city} error={errors.city} />
      </div>
      <fieldset className="space-y-1" aria-describedby={errors.country ? "country-fehler" : undefined}>
        <legend className="text-sm font-medium text-slate-900">Land</legend>
        <div className="flex gap-6">
          {COUNTRIES.map((country) => (
            <label key={country.code} className="flex items-center gap-2">
              <input type="radio" name="country" value={country.code} defaultChecked={(values.country || "DE") === country.code} className="size-4 accent-brand-600" />
              {country.label}
            </label>
          ))}
        </div>
        {errors.country && (
          <p id="country-fehler" className="text-sm font-medium text-rose-700">
            {errors.country}
          </p>
        )}
      </fieldset>
      <FormField name="phone" label="Telefon der Praxis" type="tel" autoComplete="tel" required defaultValue={values.phone} error={errors.phone} />
      <FormField
        name="email"
        label="E-Mail-Adresse"
        type="email"
        autoComplete="email"
        required
        hint="Ihre Anmeldung im Portal. Wir schicken Ihnen einen Link, um sie zu bestätigen."
        defaultValue={values.email}
        error={errors.email}
      />
      <PasswordField error={errors.password} />
      {/* Invisible to people; bots fill every field they find. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Website (bitte leer lassen)</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Agreement name="acceptTerms" checked={values.acceptTerms === "on"} error={errors.acceptTerms}>
        Ich akzeptiere die{" "}
        <Link href={terms.path} target="_blank" className="text-brand-700 underline">
          {terms.title}
        </Link>{" "}
        (Fassung {terms.version}).
      </Agreement>
      <Agreement name="acceptDataProcessing" checked={values.acceptDataProcessing === "on"} error={errors.acceptDataProcessing}>
        Ich schließe für die Praxis den{" "}
        <Link href={dataProcessing.path} target="_blank" className="text-brand-700 underline">
          {dataProcessing.title}
        </Link>{" "}
        (Fassung {dataProcessing.version}) nach Art. 28 DSGVO ab, mit der Verpflichtung von Praxisbote zur Verschwiegenheit nach § 203 StGB.
      </Agreement>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "Praxis registrieren"}
      </Button>
    </form>
  );
}

function Agreement({ name, checked, error, children }: { name: string; checked: boolean; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <Checkbox id={name} name={name} defaultChecked={checked} className="mt-0.5" aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-fehler` : undefined} />
        <Label htmlFor={name} className="font-normal text-slate-700">
          {children}
        </Label>
      </div>
      {error && (
        <p id={`${name}-fehler`} className="text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

function SignUpSent({ email, lastFreeDay }: { email: string; lastFreeDay: string }) {
  return (
    <div role="status" className="space-y-3">
      <h2 className="text-xl font-bold">Bitte sehen Sie in Ihr Postfach</h2>
      <p className="text-slate-700">
        Wir haben Ihnen eine E-Mail an <strong>{email}</strong> geschickt. Mit dem Link darin bestätigen Sie Ihre Adresse und sind
        gleich im Portal angemeldet; danach zeigen wir Ihnen Ihren API-Key. Der Link gilt 48 Stunden.
      </p>
      <p className="text-slate-700">
        Ihr Gratismonat läuft bis einschließlich <strong>{lastFreeDay}</strong>: Bis dahin berechnen wir weder Grundgebühr noch SMS.
      </p>
      <p className="text-sm text-slate-600">
        Keine E-Mail angekommen? Sehen Sie bitte auch im Spam-Ordner nach. Sie können sich auch schon mit Ihrem Passwort{" "}
        <Link href="/anmelden" className="text-brand-700 underline">
          anmelden
        </Link>{" "}
        und dort einen neuen Link anfordern.
      </p>
    </div>
  );
}
