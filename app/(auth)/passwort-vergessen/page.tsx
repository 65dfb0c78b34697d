import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Passwort vergessen", robots: { index: false } };

export default function PasswortVergessenPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Passwort vergessen?</h1>
      <p className="text-slate-700">
        Geben Sie die E-Mail-Adresse Ihres Zugangs ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
      </p>
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href="/anmelden" className="text-brand-700 underline">
          Zurück zur Anmeldung
        </Link>
      </p>
    </div>
  );
}
