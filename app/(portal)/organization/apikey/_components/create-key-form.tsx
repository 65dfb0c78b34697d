"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { createApiKeyAction, type ApiKeyFormState } from "../actions";
import { IssuedKey, type PvsValues } from "./issued-key";

const initialState: ApiKeyFormState = { status: "idle" };

export function CreateKeyForm({ locations, pvs }: { locations: { id: string; code: string; name: string }[]; pvs: PvsValues }) {
  const [state, action, pending] = useActionState(createApiKeyAction, initialState);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <div className="space-y-4">
      {/* A new form after success, so the fields are empty for the next key. */}
      <form key={state.issued?.prefix ?? "new"} action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <FormField
          name="name"
          label="Name"
          autoComplete="off"
          required
          maxLength={60}
          defaultValue={typed?.name}
          error={state.fieldErrors?.name}
          hint="Woran Sie den Key erkennen, z. B. „Praxissoftware Empfang“."
        />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-900">Art des Schlüssels</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="live" defaultChecked={typed?.mode !== "test"} />
            Live-Schlüssel
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="test" defaultChecked={typed?.mode === "test"} aria-describedby="mode-hinweis" />
            Test-Schlüssel (Sandbox)
          </label>
          <p id="mode-hinweis" className="text-sm text-slate-600">
            Mit einem Test-Schlüssel (pb_test_…) gehen SMS nur an unseren Simulator: Niemand erhält sie, sie kosten nichts und zählen nicht in Statistik und Rechnung.
          </p>
        </fieldset>
        {locations.length > 0 && (
          <div className="space-y-1">
            <Label htmlFor="locationId">Standort (optional)</Label>
            <select
              id="locationId"
              name="locationId"
              defaultValue={typed?.locationId ?? ""}
              aria-invalid={state.fieldErrors?.locationId ? true : undefined}
              aria-describedby="locationId-hinweis"
              className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base text-slate-900 shadow-sm"
            >
              <option value="">Kein Standort – die Praxissoftware nennt ihn bei Bedarf</option>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name} ({location.code})
                </option>
              ))}
            </select>
            <p id="locationId-hinweis" className="text-sm text-slate-600">
              SMS mit diesem Key werden diesem Standort zugeordnet, wenn die Anfrage keinen anderen nennt.
            </p>
            {state.fieldErrors?.locationId && <p className="text-sm font-medium text-rose-700">{state.fieldErrors.locationId}</p>}
          </div>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Einen Moment …" : "API-Key erstellen"}
        </Button>
      </form>
      {state.status === "success" && state.issued && <IssuedKey issued={state.issued} pvs={pvs} />}
    </div>
  );
}
