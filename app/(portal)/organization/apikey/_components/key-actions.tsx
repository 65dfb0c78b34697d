"use client";

import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { RenewSecretDialog } from "@/components/forms/renew-secret-dialog";
import { revokeApiKeyAction, rotateApiKeyAction } from "../actions";
import { IssuedKey, type PvsValues } from "./issued-key";

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

function RotateDialog({ apiKey, graceDays, pvs }: Pick<KeyActionsProps, "apiKey" | "graceDays" | "pvs">) {
  return (
    <RenewSecretDialog
      triggerLabel="Erneuern"
      title={`API-Key „${apiKey.name}“ erneuern?`}
      description={
        <p>
          Sie erhalten einen neuen Key mit demselben Namen und Standort. Der bisherige Key ({apiKey.prefix}…) funktioniert noch {graceDays} Tage
          weiter, damit Sie ihn in Ihrer Praxissoftware in Ruhe austauschen können; danach lehnen wir ihn ab.
        </p>
      }
      fields={{ keyId: apiKey.id }}
      action={rotateApiKeyAction}
      submitLabel="Neuen Key erstellen"
      closeLabel="Key ist kopiert – schließen"
      renderIssued={(state) => state.issued && <IssuedKey issued={state.issued} pvs={pvs} />}
      renewable={apiKey.status === "active"}
    />
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
