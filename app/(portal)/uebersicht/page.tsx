import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { hasAnyMessage } from "@/lib/messages/find-messages";
import { AtAGlance } from "./_components/at-a-glance";
import { ConfirmEmailNotice } from "./_components/confirm-email-notice";
import { FirstSteps } from "./_components/first-steps";

export const metadata: Metadata = { title: "Übersicht" };

export default async function UebersichtPage() {
  const user = await requireUser();
  const hasSent = await hasAnyMessage(await getDb(), user.practice.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Übersicht</h1>
      <p className="text-slate-700">Willkommen{user.name ? `, ${user.name}` : ""}.</p>
      {!user.practice.emailConfirmed && <ConfirmEmailNotice email={user.email} canResend={user.role === "main"} />}
      {!hasSent && (
        <FirstSteps emailConfirmed={user.practice.emailConfirmed} apiBaseUrl={new URL("/api/v1", env.APP_URL).toString()} isMainUser={user.role === "main"} />
      )}
      <AtAGlance practiceId={user.practice.id} />
    </div>
  );
}
