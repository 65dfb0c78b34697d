"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { actorOf } from "@/lib/accounts/actor";
import { checkApiKey } from "@/lib/api-keys/check-key";
import { createApiKey, newApiKeySchema, revokeApiKey, rotateApiKey } from "@/lib/api-keys/manage-keys";
import { requireUser } from "@/lib/auth/current-user";
import { chooseCarrier } from "@/lib/config/production-check";
import { env } from "@/lib/env";
import { formErrorsFromZod, typedValues, type FormState, refusedFormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

// Thin: check the user (main only) on every call, read the form, call lib/api-keys, answer in German.

const PAGE = "/organization/apikey";

/** A form's answer that may carry a key just issued: shown once, never stored anywhere. */
export interface ApiKeyFormState extends FormState {
  issued?: { key: string; prefix: string; name: string; sandbox: boolean };
}

/** The Key-Check's answer: the message and whether the key would be accepted. */
export interface KeyCheckState extends FormState {
  valid?: boolean;
}

async function mainActor() {
  const user = await requireUser({ role: "main" });
  return actorOf(user, clientOrigin(await headers()));
}


const untilText = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

export async function createApiKeyAction(_previous: ApiKeyFormState, formData: FormData): Promise<ApiKeyFormState> {
  const actor = await mainActor();
  const values = typedValues(formData, ["name", "locationId", "mode"]);
  const parsed = newApiKeySchema.safeParse(values);
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  try {
    const issued = await createApiKey(await getDb(), actor, parsed.data);
    revalidatePath(PAGE);
    return {
      status: "success",
      message: `Der ${issued.sandbox ? "Test-Schlüssel" : "API-Key"} „${issued.name}“ ist erstellt. Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt.`,
      issued: { key: issued.key, prefix: issued.prefix, name: issued.name, sandbox: issued.sandbox },
    };
  } catch (error) {
    return { ...refusedFormState(error), values };
  }
}

export async function rotateApiKeyAction(_previous: ApiKeyFormState, formData: FormData): Promise<ApiKeyFormState> {
  const actor = await mainActor();
  try {
    const issued = await rotateApiKey(await getDb(), actor, String(formData.get("keyId") ?? ""));
    revalidatePath(PAGE);
    return {
      status: "success",
      message: `Der neue Key ist erstellt. Der bisherige Key (${issued.oldPrefix}…) funktioniert noch bis ${untilText(issued.oldExpiresAt)} – tragen Sie den neuen bis dahin in Ihrer Praxissoftware ein.`,
      issued: { key: issued.key, prefix: issued.prefix, name: issued.name, sandbox: issued.sandbox },
    };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function revokeApiKeyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  try {
    const { revoked, workingKeysLeft } = await revokeApiKey(await getDb(), actor, String(formData.get("keyId") ?? ""));
    revalidatePath(PAGE);
    if (!revoked) return { status: "success", message: "Dieser API-Key war schon widerrufen." };
    return {
      status: "success",
      message:
        workingKeysLeft === 0
          ? "Der API-Key ist widerrufen. Ihre Praxis hat jetzt keinen gültigen Key mehr: Erstellen Sie einen neuen, sonst kann Ihre Praxissoftware keine SMS senden."
          : "Der API-Key ist widerrufen und funktioniert ab sofort nicht mehr.",
    };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function checkApiKeyAction(_previous: KeyCheckState, formData: FormData): Promise<KeyCheckState> {
  const actor = await mainActor();
  const result = await checkApiKey(await getDb(), actor, String(formData.get("key") ?? ""), {
    defaultLimit: env.API_RATE_LIMIT_PER_MINUTE,
    realCarrier: chooseCarrier(env) !== "simulator",
  });
  // The pasted key is not echoed back: it stays in the browser's field only.
  return { status: result.valid ? "success" : "error", message: result.message, valid: result.valid };
}
