"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { sendTestEventAction, type TestEventState } from "../actions";

const initialState: TestEventState = { status: "idle" };

/** Sends a signed `webhook.test` event now and shows what the endpoint answered. */
export function TestEventForm({ endpointId }: { endpointId: string }) {
  const [state, action, pending] = useActionState(sendTestEventAction, initialState);
  const result = state.result;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="endpointId" value={endpointId} />
      <Button type="submit" variant="outline" size="sm" disabled={pending}>
        {pending ? "Wird gesendet …" : "Test-Event senden"}
      </Button>
      {result ? (
        <p role={result.ok ? "status" : "alert"} className={cn("rounded-md p-3 text-sm", result.ok ? "bg-brand-50 text-brand-900" : "bg-rose-50 text-rose-800")}>
          {result.ok ? "Angekommen: " : "Nicht angekommen: "}
          {result.httpStatus !== null ? `HTTP ${result.httpStatus}` : "keine Antwort"} nach {result.durationMs} ms
          {result.error && <> – {result.error}</>}
        </p>
      ) : (
        state.message && (
          <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800">
            {state.message}
          </p>
        )
      )}
    </form>
  );
}
