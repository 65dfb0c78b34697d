"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { revokeApiKeyAction, rotateApiKeyAction, type ApiKeyFormState } from "../actions";
import { IssuedKey, type PvsValues } from "./issued-key";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";

export interface KeyActionsProps {
  apiKey: { id: string; name: string; prefix: string; status: "active" | "expiring" | "expired" | "revoked" };
  /** This is the practice's only working key: revoking it stops the PVS at once. */
  isLastWorking: boolean;
  graceDays: number;
  pvs: PvsValues;
}

export function KeyActions({ apiKey, isLastWorking, graceDays, pvs }: KeyActionsProps) {
  if (apiKey.status === "revoked") return null;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {/* Always mounted: after a rotation this row is no longer active, but its dialog still shows the new key. */}
      <RotateDialog apiKey={apiKey} graceDays={graceDays} pvs={pvs} />
      <RevokeDialog apiKey={apiKey} isLastWorking={isLastWorking} />
    </div>
  );
}

const initialRotation: ApiKeyFormState = { status: "idle" };

/** After success the dialog stays open: it is the only place the new key is ever shown. */
function RotateDialog({ apiKey, graceDays, pvs }: Pick<KeyActionsProps, "apiKey" | "graceDays" | "pvs">) {
  const [state, action, pending] = useActionState(rotateApiKeyAction, initialRotation);
  const [open, setOpen] = useState(false);
  const done = state.status === "success" && state.issued;
  if (apiKey.status !== "active" && !(done && open)) return null;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          Erneuern
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogTitle>API-Key „{apiKey.name}“ erneuern?</DialogTitle>
        <DialogDescription asChild>
          <div className="space-y-2">
            <p>
              Sie erhalten einen neuen Key mit demselben Namen und Standort. Der bisherige Key ({apiKey.prefix}…) funktioniert noch {graceDays}{" "}
              Tage weiter, damit Sie ihn in Ihrer Praxissoftware in Ruhe austauschen können; danach lehnen wir ihn ab.
            </p>
          </div>
        </DialogDescription>
        {done ? (
          <div className="mt-4 space-y-4">
            <FormMessage state={state} />
            <IssuedKey issued={state.issued!} pvs={pvs} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Key ist kopiert – schließen</Button>
              </DialogClose>
            </DialogFooter>
          </div>
        ) : (
          <form action={action} className="mt-4">
            <input type="hidden" name="keyId" value={apiKey.id} />
            {state.status === "error" && <FormMessage state={state} />}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="ghost">
                  Abbrechen
                </Button>
              </DialogClose>
              <Button type="submit" disabled={pending}>
                {pending ? "Einen Moment …" : "Neuen Key erstellen"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

function RevokeDialog({ apiKey, isLastWorking }: Pick<KeyActionsProps, "apiKey" | "isLastWorking">) {
  return (
    <ConfirmActionDialog
      triggerLabel="Widerrufen"
      title={`API-Key „${apiKey.name}“ widerrufen?`}
      description={
        <div className="space-y-2">
          <p>
            Der Key {apiKey.prefix}… funktioniert sofort nicht mehr{apiKey.status === "expiring" ? ", auch nicht für den Rest seiner Übergangszeit" : ""}.
            Das lässt sich nicht rückgängig machen.
          </p>
          {isLastWorking && (
            <p role="alert" className="rounded-md bg-rose-50 p-3 font-medium text-rose-800">
              Achtung: Das ist der einzige gültige API-Key Ihrer Praxis. Danach kann Ihre Praxissoftware keine SMS mehr senden, bis Sie einen
              neuen Key erstellen und dort eintragen.
            </p>
          )}
        </div>
      }
      confirmLabel={isLastWorking ? "Trotzdem widerrufen" : "Widerrufen"}
      action={revokeApiKeyAction}
      fields={{ keyId: apiKey.id }}
    />
  );
}
