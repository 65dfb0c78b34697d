"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { actorOf } from "@/lib/accounts/actor";
import { authEncryptionKey } from "@/lib/auth/auth-secrets";
import { requireUser } from "@/lib/auth/current-user";
import { formErrorsFromZod, refusedFormState, typedValues, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { webhookEndpointSchema } from "@/lib/pvs-webhooks/endpoint-input";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  reenableWebhookEndpoint,
  requireWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "@/lib/pvs-webhooks/endpoints";
import { redeliver } from "@/lib/pvs-webhooks/redeliver";
import { sendTestEvent } from "@/lib/pvs-webhooks/test-event";
import { webhookUrlPolicy as urlPolicy } from "@/lib/pvs-webhooks/url-policy";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

// Thin: check the user (main only) on every call, read the form, call lib/pvs-webhooks, answer in German.

const PAGE = "/organization/webhooks";

/** A form's answer about an endpoint: the ticked events as sent, and a secret just issued (shown once). */
export interface EndpointFormState extends FormState {
  eventTypes?: string[];
  secret?: string;
  previousSecretUntil?: string;
}

export interface TestEventState extends FormState {
  result?: { ok: boolean; httpStatus: number | null; durationMs: number; error: string | null };
}

async function mainActor() {
  const user = await requireUser({ role: "main" });
  return actorOf(user, clientOrigin(await headers()));
}

const untilText = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;
const idSchema = z.object({ endpointId: z.string() });

function endpointForm(formData: FormData) {
  const values = typedValues(formData, ["url", "description"]);
  const eventTypes = formData.getAll("eventTypes").map(String);
  return { values, eventTypes, parsed: webhookEndpointSchema(urlPolicy()).safeParse({ ...values, eventTypes }) };
}

export async function createWebhookEndpointAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const actor = await mainActor();
  const { values, eventTypes, parsed } = endpointForm(formData);
  if (!parsed.success) return { ...formErrorsFromZod(parsed.error, values), eventTypes };
  try {
    const { endpoint, secret } = await createWebhookEndpoint(await getDb(), actor, parsed.data, { rules: urlPolicy(), encryptionKey: authEncryptionKey() });
    revalidatePath(PAGE);
    return { status: "success", message: `Der Endpunkt ${endpoint.url} ist angelegt. Kopieren Sie jetzt sein Secret: Es wird nur dieses eine Mal angezeigt.`, secret };
  } catch (error) {
    return { ...refusedFormState(error, values), eventTypes };
  }
}

export async function updateWebhookEndpointAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const actor = await mainActor();
  const { values, eventTypes, parsed } = endpointForm(formData);
  if (!parsed.success) return { ...formErrorsFromZod(parsed.error, values), eventTypes };
  try {
    await updateWebhookEndpoint(await getDb(), actor, String(formData.get("endpointId") ?? ""), parsed.data, { rules: urlPolicy() });
    revalidatePath(PAGE);
    return { status: "success", message: "Die Änderungen sind gespeichert." };
  } catch (error) {
    return { ...refusedFormState(error, values), eventTypes };
  }
}

export async function rotateWebhookSecretAction(_previous: EndpointFormState, formData: FormData): Promise<EndpointFormState> {
  const actor = await mainActor();
  try {
    const { secret, previousSecretUntil } = await rotateWebhookSecret(await getDb(), actor, String(formData.get("endpointId") ?? ""), authEncryptionKey());
    revalidatePath(PAGE);
    return {
      status: "success",
      message: `Das neue Secret ist erstellt. Bis ${untilText(previousSecretUntil)} signieren wir mit beiden Secrets – tragen Sie das neue bis dahin in Ihrer Praxissoftware ein.`,
      secret,
      previousSecretUntil: previousSecretUntil.toISOString(),
    };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function deleteWebhookEndpointAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  try {
    const { url } = await deleteWebhookEndpoint(await getDb(), actor, String(formData.get("endpointId") ?? ""));
    revalidatePath(PAGE);
    return { status: "success", message: `Der Endpunkt ${url} ist gelöscht.` };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function reenableWebhookEndpointAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  try {
    const { reenabled } = await reenableWebhookEndpoint(await getDb(), actor, String(formData.get("endpointId") ?? ""));
    revalidatePath(PAGE);
    return { status: "success", message: reenabled ? "Der Endpunkt ist wieder aktiv und erhält neue Ereignisse." : "Der Endpunkt war schon aktiv." };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function sendTestEventAction(_previous: TestEventState, formData: FormData): Promise<TestEventState> {
  const actor = await mainActor();
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  const db = await getDb();
  try {
    // sendTestEvent knows no practice: the endpoint is checked to be this practice's first.
    const endpoint = await requireWebhookEndpoint(db, actor, parsed.success ? parsed.data.endpointId : "");
    const result = await sendTestEvent(db, endpoint.id);
    revalidatePath(PAGE);
    return { status: result.ok ? "success" : "error", result };
  } catch (error) {
    return refusedFormState(error);
  }
}

export async function redeliverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const parsed = z.object({ deliveryId: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Dieses Ereignis gibt es nicht (mehr)." };
  try {
    await redeliver(await getDb(), actor.practiceId, parsed.data.deliveryId);
    revalidatePath(PAGE);
    return { status: "success", message: "Das Ereignis wird in wenigen Sekunden erneut gesendet." };
  } catch (error) {
    return refusedFormState(error);
  }
}
