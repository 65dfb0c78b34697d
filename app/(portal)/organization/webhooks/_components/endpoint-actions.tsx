"use client";

import { useActionState, useState } from "react";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import {
  deleteWebhookEndpointAction,
  reenableWebhookEndpointAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
  type EndpointFormState,
} from "../actions";
import { EndpointFields } from "./endpoint-fields";
import { IssuedSecret } from "./issued-secret";
import { ResultActionForm } from "./result-action-form";
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
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          Bearbeiten
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] max-w-2xl overflow-y-auto">
        <DialogTitle>Endpunkt bearbeiten</DialogTitle>
        <DialogDescription>Eine neue Adresse erhält die Ereignisse ab sofort, auch noch offene Wiederholungen. Das Secret bleibt dasselbe.</DialogDescription>
        <form action={action} className="mt-4 space-y-4" noValidate>
          <input type="hidden" name="endpointId" value={endpoint.id} />
          {state.status === "error" && <FormMessage state={state} />}
          <EndpointFields id={`bearbeiten-${endpoint.id}`} values={values} errors={state.fieldErrors} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Abbrechen
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? "Einen Moment …" : "Speichern"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** After success the dialog stays open: it is the only place the new secret is ever shown. */
function RotateDialog({ endpoint, overlapHours }: { endpoint: EndpointSummary; overlapHours: number }) {
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, initialState);
  const [open, setOpen] = useState(false);
  const done = state.status === "success" && state.secret;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          Secret erneuern
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogTitle>Secret erneuern?</DialogTitle>
        <DialogDescription>
          Sie erhalten ein neues Secret für {endpoint.url}. {overlapHours} Stunden lang signieren wir jedes Ereignis mit dem alten und dem neuen Secret,
          damit Ihre Praxissoftware ohne Unterbrechung umgestellt werden kann; danach nur noch mit dem neuen.
        </DialogDescription>
        {done ? (
          <div className="mt-4 space-y-4">
            <FormMessage state={state} />
            <IssuedSecret secret={state.secret!} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Secret ist kopiert – schließen</Button>
              </DialogClose>
            </DialogFooter>
          </div>
        ) : (
          <form action={action} className="mt-4">
            <input type="hidden" name="endpointId" value={endpoint.id} />
            {state.status === "error" && <FormMessage state={state} />}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="ghost">
                  Abbrechen
                </Button>
              </DialogClose>
              <Button type="submit" disabled={pending}>
                {pending ? "Einen Moment …" : "Neues Secret erstellen"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
