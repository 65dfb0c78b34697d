"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { initialFormState } from "@/lib/forms/form-state";
import { updateTwoFactorRequirement } from "../actions";
import { FormMessage } from "@/components/forms/form-message";

export function TwoFactorRequirementForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState(updateTwoFactorRequirement, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <div className="flex items-start gap-2">
        <Checkbox id="required" name="required" defaultChecked={required} className="mt-0.5" />
        <Label htmlFor="required" className="font-normal">
          Zwei-Faktor-Anmeldung für alle Benutzer der Praxis verlangen. Wer sie noch nicht eingerichtet hat, wird nach der
          Anmeldung dorthin geführt, bevor er das Portal nutzen kann.
        </Label>
      </div>
      <Button type="submit" variant="outline" disabled={pending}>
        {pending ? "Einen Moment …" : "Speichern"}
      </Button>
    </form>
  );
}
