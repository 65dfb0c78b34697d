"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { createWebhookEndpointAction, type EndpointFormState } from "../actions";
import { EndpointFields } from "./endpoint-fields";
import { IssuedSecret } from "./issued-secret";

const initialState: EndpointFormState = { status: "idle" };

export function CreateEndpointForm() {
  const [state, action, pending] = useActionState(createWebhookEndpointAction, initialState);
  const typed = state.status === "error" ? { ...state.values, eventTypes: state.eventTypes } : {};
  return (
    <div className="space-y-4">
      {/* A new form after success, so the fields are empty for the next endpoint. */}
      <form key={state.secret ?? "new"} action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <EndpointFields id="neu" values={typed} errors={state.fieldErrors} />
        <Button type="submit" disabled={pending}>
          {pending ? "Einen Moment …" : "Endpunkt hinzufügen"}
        </Button>
      </form>
      {state.status === "success" && state.secret && <IssuedSecret secret={state.secret} />}
    </div>
  );
}
