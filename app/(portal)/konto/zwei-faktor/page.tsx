import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { beginTwoFactorSetup, countUnusedRecoveryCodes } from "@/lib/accounts/two-factor";
import { authEncryptionKey } from "@/lib/auth/auth-secrets";
import { requireUser } from "@/lib/auth/current-user";
import { RenewCodesForm, TurnOffForm } from "./_components/manage-forms";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Zwei-Faktor-Anmeldung" };

export default async function ZweiFaktorPage() {
  // The one portal page a user who must set up two-factor login still reaches.
  const user = await requireUser({ twoFactorSetup: true });
  const db = await getDb();
  const account = { id: user.id, practiceId: user.practice.id, email: user.email };
  const setup = user.totpEnabled ? null : await beginTwoFactorSetup(db, account, authEncryptionKey());

  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/konto" className="text-brand-700 underline">
          Konto
        </Link>{" "}
        › Zwei-Faktor-Anmeldung
      </p>
      <h1 className="text-2xl font-bold">Zwei-Faktor-Anmeldung</h1>
      {setup ? (
        <>
          {user.practice.requireTwoFactor && (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-slate-800">
              Ihre Praxis verlangt die Zwei-Faktor-Anmeldung. Bitte richten Sie sie jetzt ein – danach steht Ihnen das Portal wieder offen.
            </p>
          )}
          <ol className="list-decimal space-y-6 pl-5">
            <li className="space-y-3">
              <p>
                Öffnen Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel Google Authenticator, Microsoft Authenticator oder FreeOTP)
                und scannen Sie diesen QR-Code:
              </p>
              {/* Rendered on our server from the secret: no QR service ever sees it. */}
              <div role="img" aria-label="QR-Code für die Authenticator-App" className="size-48 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
              <p className="text-sm text-slate-700">
                Kein Scan möglich? Geben Sie in der App diesen Schlüssel ein (Typ „zeitbasiert“):
                <br />
                <code className="mt-1 inline-block rounded bg-slate-100 px-2 py-1 font-mono text-base tracking-wider">{setup.groupedSecret}</code>
              </p>
            </li>
            <li className="space-y-3">
              <p>Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt.</p>
              <SetupForm />
            </li>
          </ol>
        </>
      ) : (
        <>
          <p className="text-slate-700">
            Eingeschaltet. Nach dem Passwort fragen wir bei jeder Anmeldung nach einem Code aus Ihrer App.
            {" "}Noch unbenutzte Wiederherstellungscodes: {await countUnusedRecoveryCodes(db, user.id)} von 10.
          </p>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">Wiederherstellungscodes</h2>
            <p className="text-sm text-slate-700">Neue Codes ersetzen alle bisherigen – auch die noch unbenutzten.</p>
            <RenewCodesForm />
          </section>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">Ausschalten</h2>
            <TurnOffForm required={user.practice.requireTwoFactor} />
          </section>
        </>
      )}
    </div>
  );
}
