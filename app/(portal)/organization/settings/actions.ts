"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { BANK_DETAILS_FIELDS, updateBankDetails } from "@/lib/billing/bank-details";
import { formErrorsFromZod, typedValues, type FormState, refusedFormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { addLocation, deleteLocation, LOCATION_FIELDS, updateLocation } from "@/lib/practices/locations";
import { PRACTICE_DATA_FIELDS, updatePracticeData, type SaveResult } from "@/lib/practices/practice-settings";

// Thin: check the user (main only) on every call, read the form, call lib/, answer in German.

const PAGE = "/organization/settings";

async function mainActor() {
  const user = await requireUser({ role: "main" });
  return actorOf(user, clientOrigin(await headers()));
}

function answer(result: SaveResult, values: Record<string, string>, saved: string): FormState {
  if (!result.ok) return formErrorsFromZod(result.error, values);
  if (result.changed.length === 0) return { status: "success", message: "Es gab nichts zu ändern." };
  revalidatePath(PAGE);
  return { status: "success", message: saved };
}


export async function updatePracticeDataAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, PRACTICE_DATA_FIELDS);
  return answer(await updatePracticeData(await getDb(), actor, values), values, "Die Praxisdaten sind gespeichert.");
}

export async function updateBankDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, [...BANK_DETAILS_FIELDS, "acceptMandate"]);
  return answer(await updateBankDetails(await getDb(), actor, values), values, "Die Bankverbindung ist gespeichert.");
}

export async function addLocationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, LOCATION_FIELDS);
  return answer(await addLocation(await getDb(), actor, values), values, `Der Standort „${values.name.trim()}“ ist angelegt.`);
}

export async function updateLocationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  const values = typedValues(formData, LOCATION_FIELDS);
  try {
    return answer(await updateLocation(await getDb(), actor, String(formData.get("locationId") ?? ""), values), values, "Der Standort ist gespeichert.");
  } catch (error) {
    return refusedFormState(error, values);
  }
}

export async function deleteLocationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await mainActor();
  try {
    await deleteLocation(await getDb(), actor, String(formData.get("locationId") ?? ""));
  } catch (error) {
    return refusedFormState(error);
  }
  revalidatePath(PAGE);
  return { status: "success", message: "Der Standort ist gelöscht." };
}
