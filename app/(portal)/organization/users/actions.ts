"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { actorOf } from "@/lib/accounts/actor";
import { invitationSchema, inviteUser, revokeInvitation } from "@/lib/accounts/invitations";
import { ROLE_LABELS } from "@/lib/accounts/roles";
import { changeUserRole, removeUser } from "@/lib/accounts/users";
import { requireUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { getRuntime } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { formErrorsFromZod, typedValues, type FormState, refusedFormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { formatBerlinDate } from "@/lib/time/berlin";

// Thin: check the user (main only) on every call, read the form, call lib/accounts, answer in German.

const PAGE = "/organization/users";

async function mainActor() {
  const user = await requireUser({ role: "main" });
  return actorOf(user, clientOrigin(await headers()));
}


export async function inviteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, ["email", "role"]);
  const parsed = invitationSchema.safeParse(values);
  if (!parsed.success) return formErrorsFromZod(parsed.error, values);
  try {
    const sent = await inviteUser(await getDb(), actor, parsed.data, { mailer: getRuntime().mailer, appUrl: env.APP_URL });
    revalidatePath(PAGE);
    return {
      status: "success",
      message: `Einladung an ${sent.email} (${ROLE_LABELS[sent.role]}) ist unterwegs. Der Link gilt einmal und bis ${formatBerlinDate(sent.expiresAt)}.`,
    };
  } catch (error) {
    return { ...refusedFormState(error), values };
  }
}

const roleChangeSchema = z.object({ userId: z.string(), role: z.enum(["main", "staff"]) });

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Bitte wählen Sie eine Rolle." };
  try {
    await changeUserRole(await getDb(), actor, parsed.data);
  } catch (error) {
    return refusedFormState(error);
  }
  // Stepping down ends one's own sessions too: say goodbye properly instead of a dead page.
  if (parsed.data.userId === actor.userId) await signOut({ redirectTo: "/anmelden?abgemeldet=1" });
  revalidatePath(PAGE);
  return { status: "success", message: `Die Rolle ist jetzt ${ROLE_LABELS[parsed.data.role]}.` };
}

export async function removeUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  let removedSelf = false;
  try {
    ({ removedSelf } = await removeUser(await getDb(), actor, String(formData.get("userId") ?? "")));
  } catch (error) {
    return refusedFormState(error);
  }
  if (removedSelf) await signOut({ redirectTo: "/anmelden?abgemeldet=1" });
  revalidatePath(PAGE);
  return { status: "success", message: "Der Benutzer ist entfernt und überall abgemeldet." };
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  try {
    await revokeInvitation(await getDb(), actor, String(formData.get("invitationId") ?? ""));
  } catch (error) {
    return refusedFormState(error);
  }
  revalidatePath(PAGE);
  return { status: "success", message: "Die Einladung ist zurückgezogen; ihr Link gilt nicht mehr." };
}
