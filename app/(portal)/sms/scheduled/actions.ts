"use server";

import "@/inngest/register-work";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { messageCancelled } from "@/lib/delivery/pipeline";
import { DomainError } from "@/lib/errors/domain-error";
import type { FormState } from "@/lib/forms/form-state";
import { describeRemoval, removeScheduledMessages, SCHEDULED_LIST_LIMIT } from "@/lib/messages/scheduled-messages";

// Staff may cancel scheduled SMS too (README, Accounts): any user of the practice.
export async function removeScheduledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const ids = formData.getAll("id").map(String).slice(0, SCHEDULED_LIST_LIMIT);
  if (ids.length === 0) return { status: "error", message: "Bitte wählen Sie mindestens eine SMS aus." };
  let outcome;
  try {
    outcome = await removeScheduledMessages(await getDb(), user.practice.id, ids);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: "error", message: error.message };
  }
  for (const id of outcome.removed) await messageCancelled(id);
  revalidatePath("/sms/scheduled");
  return { status: "success", message: describeRemoval(outcome) };
}
