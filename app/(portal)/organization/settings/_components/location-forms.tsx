"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { addLocationAction, deleteLocationAction, updateLocationAction } from "../actions";

export interface LocationView {
  id: string;
  code: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  messageCount: number;
  apiKeyCount: number;
}

function LocationFields({ state, initial, idPrefix }: { state: FormState; initial?: LocationView; idPrefix: string }) {
  const field = (name: "code" | "name" | "street" | "postalCode" | "city") => ({
    name,
    id: `${idPrefix}-${name}`,
    defaultValue: (state.status === "error" ? state.values?.[name] : initial?.[name]) ?? "",
    error: state.fieldErrors?.[name],
  });
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("code")} label="Standort-Code" required maxLength={100} autoComplete="off" hint="Genau so, wie Ihr PVS ihn als „location“ sendet." />
        <FormField {...field("name")} label="Name" required maxLength={120} hint="So steht der Standort auf Statistik und Rechnung." />
      </div>
      <FormField {...field("street")} label="Straße und Hausnummer (optional)" maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <FormField {...field("postalCode")} label="PLZ (optional)" inputMode="numeric" maxLength={5} />
        <FormField {...field("city")} label="Ort (optional)" maxLength={80} />
      </div>
    </>
  );
}

export function AddLocationForm() {
  const [state, action, pending] = useActionState(addLocationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <LocationFields state={state} idPrefix="neu" />
      <Button type="submit" disabled={pending}>
        {pending ? "Einen Moment …" : "Standort anlegen"}
      </Button>
    </form>
  );
}

export function EditLocationForm({ location }: { location: LocationView }) {
  const [state, action, pending] = useActionState(updateLocationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locationId" value={location.id} />
      <LocationFields state={state} initial={location} idPrefix={`standort-${location.id}`} />
      {location.messageCount > 0 && (
        <p className="text-sm text-slate-600">Ändern Sie den Code, muss Ihr PVS ab dann den neuen senden; bisherige SMS bleiben diesem Standort zugeordnet.</p>
      )}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Einen Moment …" : "Standort speichern"}
      </Button>
    </form>
  );
}

export function DeleteLocationForm({ location }: { location: LocationView }) {
  const [state, action, pending] = useActionState(deleteLocationAction, initialFormState);
  const inUse = location.messageCount > 0 || location.apiKeyCount > 0;
  if (inUse) {
    return <p className="text-sm text-slate-600">Löschen nicht möglich: Der Standort hat {location.messageCount > 0 ? "SMS" : "einen eigenen API-Key"}. Sie können ihn umbenennen.</p>;
  }
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="locationId" value={location.id} />
      <Button type="submit" variant="outline" size="sm" disabled={pending}>
        {pending ? "Einen Moment …" : `Standort „${location.name}“ löschen`}
      </Button>
    </form>
  );
}
