"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { actorOf, type Actor } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { SIMULATOR } from "@/lib/carriers/simulator";
import { getRuntime } from "@/lib/delivery/runtime";
import { typedValues, type FormState, refusedFormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { addSenderName, confirmNumberCode, removeSender, requestNumberCode } from "@/lib/sms-settings/practice-senders";
import { describeQuietHours, setCharacterOptimisation, setDefaultSender, setMonthlyPartLimit, setQuietHours, setReplyForwardEmail, setReplyNumber } from "@/lib/sms-settings/sms-settings";
import { formatBerlinDate } from "@/lib/time/berlin";

// Thin: check the user (main only) on every call, read the form, call lib/sms-settings, answer in German.

const PAGE = "/organization/sms";

async function mainActor() {
  const user = await requireUser({ role: "main" });
  return actorOf(user, clientOrigin(await headers()));
}

/** Runs one change; a refusal comes back at its field with the values as typed. */
async function change(formData: FormData, keep: readonly string[], work: (actor: Actor, values: Record<string, string>) => Promise<string>): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, keep);
  try {
    const message = await work(actor, values);
    revalidatePath(PAGE);
    return { status: "success", message, values };
  } catch (error) {
    return refusedFormState(error, values);
  }
}

export async function setOptimisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, [], async (actor) => {
    const on = formData.get("optimiseCharacters") === "on";
    await setCharacterOptimisation(await getDb(), actor, on);
    return on ? "Die Zeichenoptimierung ist eingeschaltet." : "Die Zeichenoptimierung ist ausgeschaltet.";
  });
}

export async function setMonthlyLimitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["monthlyPartLimit"], async (actor, values) => {
    await setMonthlyPartLimit(await getDb(), actor, values.monthlyPartLimit);
    return values.monthlyPartLimit.trim() ? "Das Monatslimit ist gespeichert." : "Ihre Praxis hat jetzt kein Monatslimit.";
  });
}

export async function setQuietHoursAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["quietHoursStart", "quietHoursEnd"], async (actor, values) => {
    const { quietHours } = await setQuietHours(await getDb(), actor, { quietHoursStart: values.quietHoursStart, quietHoursEnd: values.quietHoursEnd });
    return quietHours
      ? `Das Versandfenster ${describeQuietHours(quietHours)} Uhr ist gespeichert. SMS, die außerhalb fällig werden, halten wir bis zu seinem Beginn zurück.`
      : "Ihre Praxis hat jetzt kein Versandfenster: SMS gehen zu jeder Uhrzeit hinaus.";
  });
}

export async function setForwardEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["replyForwardEmail"], async (actor, values) => {
    await setReplyForwardEmail(await getDb(), actor, values.replyForwardEmail);
    return "Die Adresse für Antworten ist gespeichert.";
  });
}

export async function setDefaultSenderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["defaultSender"], async (actor, values) => {
    await setDefaultSender(await getDb(), actor, values.defaultSender);
    return values.defaultSender ? `„${values.defaultSender}“ ist jetzt Ihr Standardabsender.` : "Ihre Praxis hat jetzt keinen Standardabsender.";
  });
}

export async function addSenderNameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["name"], async (actor, values) => {
    const { value, created } = await addSenderName(await getDb(), actor, values.name);
    return created ? `Der Absendername „${value}“ ist registriert.` : `„${value}“ war schon registriert.`;
  });
}

export async function requestNumberCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["number"], async (actor, values) => {
    const { carrier } = getRuntime();
    const result = await requestNumberCode(await getDb(), carrier, actor, values.number);
    if (result.status === "already-verified") return `${result.number} ist schon freigeschaltet.`;
    values.number = result.number;
    // The simulator sends nothing to a handset: show the code so the flow can be tried locally.
    const simulated = carrier.name === SIMULATOR ? ` (Simulator-Code: ${result.code})` : "";
    return `Wir haben einen 6-stelligen Code an ${result.number} gesendet${simulated}. Bitte geben Sie ihn unten ein.`;
  });
}

export async function confirmNumberCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, ["number"], async (actor, values) => {
    const result = await confirmNumberCode(await getDb(), actor, values.number, String(formData.get("code") ?? ""));
    return result.status === "verified" ? `${result.number} ist bestätigt und als Absender freigeschaltet.` : `${result.number} war schon freigeschaltet.`;
  });
}

export async function removeSenderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, [], async (actor) => {
    const { value } = await removeSender(await getDb(), actor, String(formData.get("senderId") ?? ""));
    return `„${value}“ ist entfernt.`;
  });
}

export async function setReplyNumberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return change(formData, [], async (actor) => {
    const result = await setReplyNumber(await getDb(), actor, formData.get("replyNumber") === "on");
    switch (result.status) {
      case "assigned":
        return `Ihre Antwortnummer ist ${result.number}. Sie ist jetzt Ihr Standardabsender.`;
      case "kept":
        return `Sie behalten Ihre Antwortnummer ${result.number}.`;
      case "release-scheduled":
        return `Ihre Antwortnummer ${result.number} bleibt bis ${formatBerlinDate(new Date(result.releaseAt.getTime() - 1))} Ihre und wird danach freigegeben.`;
      case "unchanged":
        return "Es gibt nichts zu ändern.";
    }
  });
}
