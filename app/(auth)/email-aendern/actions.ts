"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { confirmEmailChange } from "@/lib/accounts/profile";
import { readCompany } from "@/lib/content/company";
import { getRuntime } from "@/lib/delivery/runtime";
import type { FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";

// No login needed: the link proves the new mailbox, and the change itself was asked for with
// the password. The user may well open the mail on another device.
export async function confirmNewEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "").slice(0, 200);
  const outcome = await confirmEmailChange(await getDb(), getRuntime().mailer, {
    token,
    origin: clientOrigin(await headers()),
    supportEmail: readCompany().details.email || null,
  });
  switch (outcome.kind) {
    case "changed":
      return { status: "success", message: `Geändert: Sie melden sich ab sofort mit ${outcome.newEmail} an.` };
    case "taken":
      return { status: "error", message: "Diese Adresse gehört inzwischen zu einem anderen Zugang. Ihre bisherige Adresse bleibt gültig." };
    case "invalid-link":
      return { status: "error", message: "Dieser Link ist abgelaufen oder wurde schon verwendet." };
  }
}
