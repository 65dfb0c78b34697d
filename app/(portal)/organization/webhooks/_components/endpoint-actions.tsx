"use client";

import { useActionState, useState } from "react";
import { ActionDialog } from "@/components/forms/action-dialog";
import { DialogFormFooter, HiddenFields } from "@/components/forms/action-form-parts";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { FormMessage } from "@/components/forms/form-message";
import { RenewSecretDialog } from "@/components/forms/renew-secret-dialog";
import { ResultActionForm } from "@/components/forms/result-action-form";
import {
  deleteWebhookEndpointAction,
  reenableWebhookEndpointAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
  type EndpointFormState,
} from "../actions";
import { EndpointFields } from "./endpoint-fields";
import { IssuedSecret } from "./issued-secret";
import { TestEventForm } from "./test-event-form";

export interface EndpointSummary {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  disabled: boolean;
}

export function EndpointActions({ endpoint, overlapHours }: { endpoint: EndpointSummary; overlapHours: number }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        {endpoint.disabled && <ResultActionForm label="Wieder aktivieren" action={reenableWebhookEndpointAction} fields={{ endpointId: endpoint.id }} />}
        <EditDialog endpoint={endpoint} />
        <RotateDialog endpoint={endpoint} overlapHours={overlapHours} />
        <ConfirmActionDialog
          triggerLabel="Löschen"
          title="Endpunkt löschen?"
          description={
            <p>
              An {endpoint.url} senden wir dann nichts mehr, auch keine noch offenen Wiederholungen. Die Liste der Zustellversuche wird mit gelöscht. Das
              lässt sich nicht rückgängig machen.
            </p>
          }
          confirmLabel="Endpunkt löschen"
          action={deleteWebhookEndpointAction}
          fields={{ endpointId: endpoint.id }}
        />
      </div>
      <TestEventForm endpointId={endpoint.id} />
    </div>
  );
}

const initialState: EndpointFormState = { status: "idle" };

function EditDialog({ endpoint }: { endpoint: EndpointSummary }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (previous: EndpointFormState, formData: FormData) => {
    const next = await updateWebhookEndpointAction(previous, formData);
    if (next.status === "success") setOpen(false);
    return next;
  }, initialState);
  const values = state.status === "error" ? { ...state.values, eventTypes: state.eventTypes } : endpoint;
  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      triggerLabel="Bearbeiten"
      title="Endpunkt bearbeiten"
      description="Eine neue Adresse erhält die Ereignisse ab sofort, auch noch offene Wiederholungen. Das Secret bleibt dasselbe."
      className="max-h-[90vh] max-w-2xl overflow-y-auto"
    >
      <form action={action} className="mt-4 space-y-4" noValidate>
        <HiddenFields fields={{ endpointId: endpoint.id }} />
        {state.status === "error" && <FormMessage state={state} />}
        <EndpointFields id={`bearbeiten-${endpoint.id}`} values={values} errors={state.fieldErrors} />
        <DialogFormFooter pending={pending} submitLabel="Speichern" />
      </form>
    </ActionDialog>
  );
}

function RotateDialog({ endpoint, overlapHours }: { endpoint: EndpointSummary; overlapHours: number }) {
  return (
    <RenewSecretDialog
      triggerLabel="Secret erneuern"
      title="Secret erneuern?"
      description={
        <p>
          Sie erhalten ein neues Secret für {endpoint.url}. {overlapHours} Stunden lang signieren wir jedes Ereignis mit dem alten und dem neuen Secret,
          damit Ihre Praxissoftware ohne Unterbrechung umgestellt werden kann; danach nur noch mit dem neuen.
        </p>
      }
      fields={{ endpointId: endpoint.id }}
      action={rotateWebhookSecretAction}
      submitLabel="Neues Secret erstellen"
      closeLabel="Secret ist kopiert – schließen"
      renderIssued={(state) => state.secret && <IssuedSecret secret={state.secret} />}
    />
  );
}
