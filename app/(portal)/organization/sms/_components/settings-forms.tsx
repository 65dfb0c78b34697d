"use client";

import { useActionState, type ReactNode } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import {
  addSenderNameAction,
  confirmNumberCodeAction,
  removeSenderAction,
  requestNumberCodeAction,
  setDefaultSenderAction,
  setForwardEmailAction,
  setMonthlyLimitAction,
  setOptimisationAction,
  setQuietHoursAction,
  setReplyNumberAction,
} from "../actions";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One small form per setting: its own message, its own pending state. */
function SettingForm({ action, submitLabel, children }: { action: Action; submitLabel: string; children: (state: FormState) => ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {children(state)}
      <Button type="submit" variant="outline" disabled={pending}>
        {pending ? "Einen Moment …" : submitLabel}
      </Button>
    </form>
  );
}

const typed = (state: FormState, name: string, saved: string) => (state.status === "error" ? (state.values?.[name] ?? saved) : saved);

export function OptimisationForm({ on }: { on: boolean }) {
  return (
    <SettingForm action={setOptimisationAction} submitLabel="Speichern">
      {() => (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="optimiseCharacters" defaultChecked={on} className="mt-1" />
          <span>
            <span className="font-medium">Kostenreduzierung durch Zeichenoptimierung</span>
            <span className="block text-slate-600">Typografische Anführungszeichen, Striche, Auslassungspunkte und besondere Leerzeichen werden vor dem Versand durch GSM-Zeichen ersetzt.</span>
          </span>
        </label>
      )}
    </SettingForm>
  );
}

export function MonthlyLimitForm({ limit }: { limit: number | null }) {
  return (
    <SettingForm action={setMonthlyLimitAction} submitLabel="Limit speichern">
      {(state) => (
        <FormField
          name="monthlyPartLimit"
          label="SMS-Teile pro Kalendermonat"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={typed(state, "monthlyPartLimit", limit === null ? "" : String(limit))}
          error={state.fieldErrors?.monthlyPartLimit}
          hint="Leer lassen für kein Limit. Ist es erreicht, nimmt die API bis zum Monatsende keine SMS mehr an (402 monthly_limit_reached)."
        />
      )}
    </SettingForm>
  );
}

/** Both empty: no window. The times are the practice's local time (Berlin or Vienna). */
export function QuietHoursForm({ start, end, zoneLabel }: { start: string; end: string; zoneLabel: string }) {
  return (
    <SettingForm action={setQuietHoursAction} submitLabel="Versandfenster speichern">
      {(state) => (
        <div className="grid max-w-sm gap-4 sm:grid-cols-2">
          <FormField
            name="quietHoursStart"
            label="SMS ab"
            inputMode="numeric"
            autoComplete="off"
            placeholder="08:00"
            maxLength={5}
            defaultValue={typed(state, "quietHoursStart", start)}
            error={state.fieldErrors?.quietHoursStart}
          />
          <FormField
            name="quietHoursEnd"
            label="SMS bis"
            inputMode="numeric"
            autoComplete="off"
            placeholder="20:00"
            maxLength={5}
            defaultValue={typed(state, "quietHoursEnd", end)}
            error={state.fieldErrors?.quietHoursEnd}
            hint={`Uhrzeit ${zoneLabel}. Beide leer: kein Versandfenster.`}
          />
        </div>
      )}
    </SettingForm>
  );
}

export function ForwardEmailForm({ email, contactEmail }: { email: string | null; contactEmail: string }) {
  return (
    <SettingForm action={setForwardEmailAction} submitLabel="Adresse speichern">
      {(state) => (
        <FormField
          name="replyForwardEmail"
          label="Antworten per E-Mail an"
          type="email"
          autoComplete="off"
          maxLength={254}
          placeholder={contactEmail}
          defaultValue={typed(state, "replyForwardEmail", email ?? "")}
          error={state.fieldErrors?.replyForwardEmail}
          hint={`Leer lassen: Antworten gehen an Ihre Kontaktadresse ${contactEmail}.`}
        />
      )}
    </SettingForm>
  );
}

export function DefaultSenderForm({ current, choices }: { current: string | null; choices: string[] }) {
  return (
    <SettingForm action={setDefaultSenderAction} submitLabel="Standardabsender speichern">
      {(state) => (
        <div className="space-y-1">
          <label htmlFor="defaultSender" className="text-sm font-medium">
            Standardabsender
          </label>
          <select
            id="defaultSender"
            name="defaultSender"
            defaultValue={typed(state, "defaultSender", current ?? "")}
            aria-invalid={state.fieldErrors?.defaultSender ? true : undefined}
            aria-describedby="defaultSender-hinweis"
            className="block w-full max-w-sm rounded-md border border-slate-300 p-2 text-sm"
          >
            <option value="">Keiner (die PVS gibt den Absender an)</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <p id="defaultSender-hinweis" className="text-sm text-slate-600">
            Gilt, wenn Ihre PVS in „from“ keinen Absender mitsendet.
          </p>
          {state.fieldErrors?.defaultSender && <p className="text-sm font-medium text-rose-700">{state.fieldErrors.defaultSender}</p>}
        </div>
      )}
    </SettingForm>
  );
}

export function AddSenderNameForm() {
  return (
    <SettingForm action={addSenderNameAction} submitLabel="Namen registrieren">
      {(state) => (
        <FormField
          name="name"
          label="Absendername"
          autoComplete="off"
          maxLength={11}
          defaultValue={state.status === "error" ? state.values?.name : undefined}
          error={state.fieldErrors?.name}
          hint="Bis zu 11 Zeichen: Buchstaben A–Z, Ziffern, Leerzeichen und . - & _, mindestens ein Buchstabe."
        />
      )}
    </SettingForm>
  );
}

/** Two steps: send the code to the number, then type it in. */
export function AddNumberForms() {
  const [sent, requestAction, requesting] = useActionState(requestNumberCodeAction, initialFormState);
  const [confirmed, confirmAction, confirming] = useActionState(confirmNumberCodeAction, initialFormState);
  const number = confirmed.values?.number ?? sent.values?.number ?? "";
  return (
    <div className="space-y-4">
      <form action={requestAction} className="space-y-3" noValidate>
        <FormMessage state={sent} />
        <FormField
          name="number"
          label="Mobilnummer"
          type="tel"
          autoComplete="off"
          defaultValue={sent.values?.number}
          error={sent.fieldErrors?.number}
          hint="Wir senden einen 6-stelligen Code per SMS an die Nummer (gültig 10 Minuten, 3 Versuche)."
        />
        <Button type="submit" variant="outline" disabled={requesting}>
          {requesting ? "Einen Moment …" : "Code senden"}
        </Button>
      </form>
      {(sent.status === "success" || confirmed.status !== "idle") && (
        <form action={confirmAction} className="space-y-3" noValidate>
          <FormMessage state={confirmed} />
          <input type="hidden" name="number" value={number} />
          <FormField
            name="code"
            label={`Code für ${number}`}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            error={confirmed.fieldErrors?.code}
          />
          <Button type="submit" variant="outline" disabled={confirming}>
            {confirming ? "Einen Moment …" : "Nummer bestätigen"}
          </Button>
        </form>
      )}
    </div>
  );
}

export function RemoveSenderButton({ senderId, value }: { senderId: string; value: string }) {
  const [state, formAction, pending] = useActionState(removeSenderAction, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="senderId" value={senderId} />
      <Button type="submit" variant="outline" size="sm" disabled={pending} aria-label={`${value} entfernen`}>
        {pending ? "Einen Moment …" : "Entfernen"}
      </Button>
      {state.status === "error" && (
        <span role="alert" className="max-w-xs text-sm text-rose-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** `turnOn`: rent a number (or keep one whose release is scheduled); otherwise give it up at the month's end. */
export function ReplyNumberForm({ turnOn, submitLabel }: { turnOn: boolean; submitLabel: string }) {
  return (
    <SettingForm action={setReplyNumberAction} submitLabel={submitLabel}>
      {() => <input type="hidden" name="replyNumber" value={turnOn ? "on" : "off"} />}
    </SettingForm>
  );
}
