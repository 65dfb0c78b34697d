"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { confirmTwoFactorSetup, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/accounts/two-factor";
import { authEncryptionKey } from "@/lib/auth/auth-secrets";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { formatBerlinTime } from "@/lib/time/berlin";

export interface TwoFactorState extends FormState {
  /** Shown once, right after they were made. */
  recoveryCodes?: string[];
}

// These run while a practice that requires two-factor login waits for the user to set it up.
const requireSetupUser = () => requireUser({ twoFactorSetup: true });
const account = (user: CurrentUser) => ({ id: user.id, practiceId: user.practice.id, email: user.email });
const codeSchema = z.string().trim().min(1, "Bitte geben Sie den Code ein.").max(20, "Der Code ist zu lang.");
const proofSchema = z.string().min(1, "Bitte geben Sie Ihr Passwort oder einen Code aus der App ein.").max(200);

export async function enableTwoFactor(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const user = await requireSetupUser();
  const code = codeSchema.safeParse(formData.get("code") ?? "");
  if (!code.success) return { status: "error", fieldErrors: { code: code.error.issues[0].message } };
  const outcome = await confirmTwoFactorSetup(await getDb(), account(user), code.data, authEncryptionKey(), clientOrigin(await headers()));
  switch (outcome.kind) {
    case "enabled":
      return { status: "success", recoveryCodes: outcome.recoveryCodes, message: "Die Zwei-Faktor-Anmeldung ist eingeschaltet." };
    case "wrong-code":
      return { status: "error", fieldErrors: { code: "Der Code passt nicht. Bitte prüfen Sie die Uhrzeit Ihres Telefons und nehmen Sie den aktuellen Code." } };
    case "not-started":
      return { status: "error", message: "Die Einrichtung ist abgelaufen oder schon erledigt. Bitte laden Sie die Seite neu." };
  }
}

type Refusal = { kind: "wrong" } | { kind: "locked"; until: Date } | { kind: "not-enabled" };

function refused(outcome: Refusal): TwoFactorState {
  switch (outcome.kind) {
    case "wrong":
      return { status: "error", fieldErrors: { proof: "Das Passwort oder der Code ist nicht richtig." } };
    case "locked":
      return { status: "error", message: `Zu viele falsche Eingaben. Aus Sicherheitsgründen ist das bis ${formatBerlinTime(outcome.until)} Uhr gesperrt.` };
    case "not-enabled":
      return { status: "error", message: "Die Zwei-Faktor-Anmeldung ist nicht eingeschaltet." };
  }
}

export async function renewRecoveryCodes(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const user = await requireSetupUser();
  const proof = proofSchema.safeParse(formData.get("proof") ?? "");
  if (!proof.success) return { status: "error", fieldErrors: { proof: proof.error.issues[0].message } };
  const outcome = await regenerateRecoveryCodes(await getDb(), account(user), proof.data, authEncryptionKey(), clientOrigin(await headers()));
  if (outcome.kind !== "done") return refused(outcome);
  revalidatePath("/konto/zwei-faktor");
  return { status: "success", recoveryCodes: outcome.recoveryCodes, message: "Neue Wiederherstellungscodes erzeugt. Die bisherigen gelten nicht mehr." };
}

export async function turnOffTwoFactor(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const user = await requireSetupUser();
  const proof = proofSchema.safeParse(formData.get("proof") ?? "");
  if (!proof.success) return { status: "error", fieldErrors: { proof: proof.error.issues[0].message } };
  const outcome = await disableTwoFactor(await getDb(), account(user), proof.data, authEncryptionKey(), clientOrigin(await headers()));
  if (outcome.kind !== "done") return refused(outcome);
  revalidatePath("/konto");
  revalidatePath("/konto/zwei-faktor");
  return { status: "success", message: "Die Zwei-Faktor-Anmeldung ist ausgeschaltet." };
}
