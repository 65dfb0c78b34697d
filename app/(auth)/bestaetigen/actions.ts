"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { confirmEmail } from "@/lib/accounts/email-confirmation";
import { signIn } from "@/lib/auth/next-auth";
import { lastFreeDay } from "@/lib/billing/trial";
import { clientOrigin } from "@/lib/http/client-origin";

export type ConfirmState =
  | { status: "idle" }
  | { status: "confirmed"; apiKey: string | null; lastFreeDay: string; signedIn: boolean }
  | { status: "used" | "expired" | "unknown" };

/** Spends the link (a POST: mail scanners that open links must not use it up) and logs the user in. */
export async function confirmAddress(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = String(formData.get("token") ?? "");
  const outcome = await confirmEmail(await getDb(), token, clientOrigin(await headers()));
  if (outcome.kind !== "confirmed") return { status: outcome.kind };
  // Without redirect: the page must still show the API key, once, before the user moves on.
  if (outcome.loginTicket) await signIn("credentials", { ticket: outcome.loginTicket, redirect: false });
  return { status: "confirmed", apiKey: outcome.apiKey, lastFreeDay: lastFreeDay(outcome.trialEndsAt), signedIn: outcome.loginTicket !== null };
}
