"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { refusedFormState, type FormState } from "@/lib/forms/form-state";
import { clientOrigin } from "@/lib/http/client-origin";
import { liftOptOut } from "@/lib/opt-outs/opt-outs";

// Thin: check the user (main only) on every call, read the form, call lib/opt-outs, answer in German.

const liftSchema = z.object({ optOutId: z.string() });

export async function liftOptOutAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ role: "main" });
  const actor = actorOf(user, clientOrigin(await headers()));
  const parsed = liftSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Diese Abmeldung gibt es nicht (mehr)." };
  try {
    const { maskedNumber } = await liftOptOut(await getDb(), actor, parsed.data.optOutId);
    revalidatePath("/organization/opt-outs");
    return { status: "success", message: `Die Sperre für ${maskedNumber} ist aufgehoben. Ihre Praxis kann dieser Nummer wieder SMS senden.` };
  } catch (error) {
    return refusedFormState(error);
  }
}
