import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { logOutOnAllDevices } from "./actions";
import { EmailForm } from "./_components/email-form";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";
import { TwoFactorRequirementForm } from "./_components/two-factor-requirement-form";

export const metadata: Metadata = { title: "Konto" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${title}-titel`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={`${title}-titel`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function KontoPage() {
  const user = await requireUser();
  const userInputs = [user.email, user.name ?? "", user.practice.name];
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Konto</h1>
      <Section title="Name">
        <NameForm name={user.name ?? ""} />
      </Section>
      <Section title="E-Mail-Adresse">
        <EmailForm email={user.email} />
      </Section>
      <Section title="Passwort">
        <p className="text-sm text-slate-700">Mit dem neuen Passwort endet jede Anmeldung auf anderen Geräten; hier bleiben Sie angemeldet.</p>
        <PasswordForm userInputs={userInputs} />
      </Section>
      <Section title="Zwei-Faktor-Anmeldung">
        <p className="text-sm text-slate-700">
          {user.totpEnabled
            ? "Eingeschaltet: Nach dem Passwort fragen wir nach einem Code aus Ihrer Authenticator-App."
            : "Ausgeschaltet. Mit einem Code aus einer Authenticator-App ist Ihr Zugang auch dann geschützt, wenn jemand Ihr Passwort kennt."}
        </p>
        <Button asChild variant="outline">
          <Link href="/konto/zwei-faktor">{user.totpEnabled ? "Verwalten" : "Einrichten"}</Link>
        </Button>
      </Section>
      {user.role === "main" && (
        <Section title="Praxis">
          <TwoFactorRequirementForm required={user.practice.requireTwoFactor} />
        </Section>
      )}
      <Section title="Anmeldungen">
        <p className="text-sm text-slate-700">
          Sie haben sich auf einem fremden Gerät angemeldet oder ein Gerät verloren? Damit enden alle Anmeldungen, auch diese.
        </p>
        <form action={logOutOnAllDevices}>
          <Button type="submit" variant="destructive">
            Auf allen Geräten abmelden
          </Button>
        </form>
      </Section>
    </div>
  );
}
