"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import { confirmNewEmail } from "../actions";

export function ConfirmEmailForm({ token, newEmail }: { token: string; newEmail: string }) {
  const [state, action, pending] = useActionState(confirmNewEmail, initialFormState);
  if (state.status !== "idle") {
    return (
      <div className="space-y-4">
        <p role={state.status === "success" ? "status" : "alert"} className={state.status === "success" ? "rounded-md bg-brand-50 p-3 text-brand-900" : "rounded-md bg-rose-50 p-3 text-rose-800"}>
          {state.message}
        </p>
        <Link href="/konto" className="text-brand-700 underline">
          Zum Konto
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <p className="text-slate-700">
        Künftig melden Sie sich mit <strong>{newEmail}</strong> an. Bitte bestätigen Sie, dass diese Adresse Ihnen gehört.
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "Adresse bestätigen"}
      </Button>
    </form>
  );
}
