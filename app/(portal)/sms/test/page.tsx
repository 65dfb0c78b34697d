import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { findTestSmsDefaults, TEST_SMS_TEXT } from "@/lib/messages/test-sms";
import { TestSmsForm } from "./_components/test-sms-form";

export const metadata: Metadata = { title: "Test-SMS" };

export default async function TestSmsPage() {
  const user = await requireUser({ role: "main" });
  const defaults = await findTestSmsDefaults(await getDb(), user.practice.id, user.context.practice.country);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Test-SMS</h1>
        <p className="max-w-3xl text-slate-700">
          Senden Sie eine SMS an Ihre eigene Handynummer, um Absender und Text zu prüfen. Sie läuft durch dieselben Prüfungen wie eine SMS Ihrer
          Praxissoftware und wird wie jede andere berechnet{user.practice.trialRunning ? " (im Gratismonat also nicht)" : ""}.
        </p>
        {!user.practice.emailConfirmed && (
          <p className="max-w-3xl text-sm text-amber-900">
            Solange Ihre E-Mail-Adresse nicht bestätigt ist, verschicken wir keine echten SMS.
          </p>
        )}
      </div>
      {defaults.senders.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          Ihre Praxis hat noch keinen Absender. Absendernamen registrieren und eigene Nummern freischalten können Sie über{" "}
          <a href="mailto:hallo@praxisbote.de" className="text-brand-700 underline">
            hallo@praxisbote.de
          </a>
          ; danach können Sie hier testen. Zurück zur{" "}
          <Link href="/uebersicht" className="text-brand-700 underline">
            Übersicht
          </Link>
          .
        </p>
      ) : (
        <TestSmsForm senders={defaults.senders} defaultSender={defaults.sender ?? defaults.senders[0]} defaultRecipient={defaults.recipient} defaultText={TEST_SMS_TEXT} />
      )}
    </div>
  );
}
