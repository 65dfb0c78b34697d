"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { sendConfirmationAgain } from "../actions";

/** Shown while the practice's address is unconfirmed: why it matters, and a new link for the main user. */
export function ConfirmEmailNotice({ email, canResend }: { email: string; canResend: boolean }) {
  const [state, action, pending] = useActionState(sendConfirmationAgain, initialFormState);
  return (
    <section aria-labelledby="bestaetigung" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="bestaetigung" className="font-semibold">
        Bitte bestätigen Sie die E-Mail-Adresse Ihrer Praxis
      </h2>
      <p className="text-sm text-slate-700">
        {canResend ? (
          <>
            Wir haben Ihnen einen Link an <strong>{email}</strong> geschickt. Bis Sie ihn geöffnet haben, können Sie alles mit dem
            Simulator ausprobieren, aber wir verschicken keine echten SMS; Ihre Praxissoftware erhält dann den Fehler
            „account_not_confirmed“. Nach der Bestätigung zeigen wir Ihnen Ihren API-Key.
          </>
        ) : (
          <>Der Hauptzugang Ihrer Praxis hat die E-Mail-Adresse noch nicht bestätigt. Bis dahin verschicken wir keine echten SMS.</>
        )}
      </p>
      {canResend && (
        <form action={action} className="space-y-2">
          <Button type="submit" variant="outline" size="sm" disabled={pending}>
            {pending ? "Einen Moment …" : "Link noch einmal senden"}
          </Button>
          {state.message && (
            <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-sm text-rose-800" : "text-sm text-slate-700"}>
              {state.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
