import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { ConfirmEmailNotice } from "./_components/confirm-email-notice";

export const metadata: Metadata = { title: "Übersicht" };

export default async function UebersichtPage() {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Übersicht</h1>
      <p className="text-slate-700">
        Willkommen{user.name ? `, ${user.name}` : ""}. Hier sehen Sie bald die SMS-Teile und Kosten dieses Monats, die Zustellquote der letzten
        7 Tage, nicht ausgelieferte und geplante SMS.
      </p>
      {!user.practice.emailConfirmed && <ConfirmEmailNotice email={user.email} canResend={user.role === "main"} />}
    </div>
  );
}
