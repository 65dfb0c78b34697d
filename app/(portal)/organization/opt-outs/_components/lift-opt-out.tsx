"use client";

import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { liftOptOutAction } from "../actions";

export function LiftOptOutButton({ optOutId, maskedNumber }: { optOutId: string; maskedNumber: string }) {
  return (
    <ConfirmActionDialog
      triggerLabel="Sperre aufheben"
      title="Sperre aufheben?"
      description={
        <p>
          Heben Sie die Sperre für {maskedNumber} nur auf, wenn die Patientin oder der Patient wieder SMS von Ihrer Praxis erhalten möchte. Danach nimmt Praxisbote SMS an diese
          Nummer wieder an. Die Aufhebung steht im Protokoll.
        </p>
      }
      confirmLabel="Sperre aufheben"
      action={liftOptOutAction}
      fields={{ optOutId }}
    />
  );
}
