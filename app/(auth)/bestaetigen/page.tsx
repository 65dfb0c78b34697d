import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { appLink } from "@/lib/accounts/account-deps";
import { inspectConfirmationLink } from "@/lib/accounts/email-confirmation";
import { env } from "@/lib/env";
import { ConfirmForm } from "./_components/confirm-form";

export const metadata: Metadata = { title: "E-Mail-Adresse bestätigen", robots: { index: false }, referrer: "no-referrer" };

// Opening the link only looks at it; the button spends it. Mail scanners open links to check them.
export default async function BestaetigenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const given = typeof token === "string" ? token : "";
  const state = await inspectConfirmationLink(await getDb(), given);
  return <ConfirmForm token={given} apiBaseUrl={appLink(env.APP_URL, "/api/v1")} problem={state === "valid" ? null : state} />;
}
