"use server";

import { getDb } from "@/db/client";
import { resendConfirmation } from "@/lib/accounts/email-confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { getRuntime } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";

/** A new confirmation link for the main user's address (three an hour); older links stop working. */
export async function sendConfirmationAgain(): Promise<FormState> {
  const user = await requireUser({ role: "main" });
  const outcome = await resendConfirmation({ db: await getDb(), mailer: getRuntime().mailer, appUrl: env.APP_URL }, user.id);
  switch (outcome.kind) {
    case "sent":
      return { status: "success", message: `Wir haben einen neuen Link an ${user.email} geschickt. Er gilt 48 Stunden; ältere Links gelten nicht mehr.` };
    case "already-confirmed":
      return { status: "success", message: "Ihre E-Mail-Adresse ist schon bestätigt." };
    case "rate-limited":
      return { status: "error", message: "Sie haben in der letzten Stunde schon mehrere Links angefordert. Bitte sehen Sie auch im Spam-Ordner nach oder versuchen Sie es später noch einmal." };
    case "failed":
      return { status: "error", message: "Die E-Mail konnte gerade nicht verschickt werden. Bitte versuchen Sie es in einigen Minuten noch einmal." };
  }
}
