"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { changeName, changePassword, emailSchema, logOutEverywhere, nameSchema, requestEmailChange } from "@/lib/accounts/profile";
import { setTwoFactorRequirement } from "@/lib/accounts/two-factor";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { getRuntime } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { formErrorsFromZod, typedValues, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { formatBerlinTime } from "@/lib/time/berlin";

const account = (user: CurrentUser) => ({ id: user.id, practiceId: user.practice.id, email: user.email });
const lockedMessage = (until: Date) => `Zu viele falsche Eingaben. Aus Sicherheitsgründen ist das bis ${formatBerlinTime(until)} Uhr gesperrt.`;
const WRONG_PASSWORD = "Das Passwort ist nicht richtig.";

export async function updateName(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = typedValues(formData, ["name"]);
  const parsed = z.object({ name: nameSchema }).safeParse(values);
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  await changeName(await getDb(), account(user), parsed.data.name, clientOrigin(await headers()));
  revalidatePath("/konto");
  return { status: "success", values, message: "Ihr Name ist gespeichert." };
}

const emailChangeSchema = z.object({ newEmail: emailSchema, password: z.string().min(1, "Bitte geben Sie Ihr Passwort an.").max(200) });

export async function requestNewEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = typedValues(formData, ["newEmail"]);
  const parsed = emailChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  const outcome = await requestEmailChange(await getDb(), getRuntime().mailer, {
    user: account(user),
    newEmail: parsed.data.newEmail,
    password: parsed.data.password,
    origin: clientOrigin(await headers()),
    appUrl: env.APP_URL,
  });
  switch (outcome.kind) {
    case "sent":
      return {
        status: "success",
        message: `Wir haben einen Bestätigungslink an ${parsed.data.newEmail} geschickt. Erst nach dem Klick darauf gilt die neue Adresse; der Link gilt 48 Stunden.`,
      };
    case "same-address":
      return { status: "error", values, fieldErrors: { newEmail: "Das ist schon Ihre Adresse." } };
    case "wrong":
      return { status: "error", values, fieldErrors: { password: WRONG_PASSWORD } };
    case "locked":
      return { status: "error", values, message: lockedMessage(outcome.until) };
  }
}

const passwordSchema = z.object({
  currentPassword: z.string().min(1, "Bitte geben Sie Ihr bisheriges Passwort an.").max(200),
  newPassword: z.string().max(200, "Das Passwort darf höchstens 200 Zeichen haben."),
  repeatPassword: z.string().max(200),
});

export async function updatePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = passwordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formErrorsFromZod(parsed.error, {});
  if (parsed.data.newPassword !== parsed.data.repeatPassword) {
    return { status: "error", fieldErrors: { repeatPassword: "Die beiden Passwörter stimmen nicht überein." }, message: "Bitte prüfen Sie die markierten Felder." };
  }
  const outcome = await changePassword(await getDb(), {
    user: account(user),
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.newPassword,
    origin: clientOrigin(await headers()),
  });
  switch (outcome.kind) {
    case "changed":
      // Every session ended with the change; this browser gets a new one right away.
      await signIn("credentials", { ticket: outcome.ticket, redirect: false });
      return { status: "success", message: "Ihr neues Passwort gilt ab sofort. Auf allen anderen Geräten sind Sie abgemeldet." };
    case "wrong":
      return { status: "error", fieldErrors: { currentPassword: WRONG_PASSWORD } };
    case "locked":
      return { status: "error", message: lockedMessage(outcome.until) };
    case "same-password":
      return { status: "error", fieldErrors: { newPassword: "Das neue Passwort muss sich vom bisherigen unterscheiden." } };
    case "weak-password":
      return { status: "error", fieldErrors: { newPassword: outcome.problem } };
  }
}

export async function updateTwoFactorRequirement(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ role: "main" });
  const required = formData.get("required") === "on";
  const outcome = await setTwoFactorRequirement(await getDb(), account(user), required, clientOrigin(await headers()));
  if (outcome.kind === "set-up-first") {
    return { status: "error", message: "Bitte richten Sie die Zwei-Faktor-Anmeldung zuerst für sich selbst ein." };
  }
  revalidatePath("/konto");
  return {
    status: "success",
    message: required
      ? "Alle Benutzer Ihrer Praxis richten die Zwei-Faktor-Anmeldung bei ihrer nächsten Seite im Portal ein."
      : "Die Zwei-Faktor-Anmeldung ist für Ihre Praxis nicht mehr vorgeschrieben.",
  };
}

export async function logOutOnAllDevices(): Promise<void> {
  const user = await requireUser();
  await logOutEverywhere(await getDb(), account(user), clientOrigin(await headers()));
  await signOut({ redirectTo: "/anmelden?abgemeldet=1" });
}
