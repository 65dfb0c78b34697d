import Link from "next/link";

interface FirstStepsProps {
  emailConfirmed: boolean;
  apiBaseUrl: string;
  isMainUser: boolean;
}

/** The three steps from sign-up to the first reminder, shown until the practice has sent one. */
export function FirstSteps({ emailConfirmed, apiBaseUrl, isMainUser }: FirstStepsProps) {
  return (
    <section aria-labelledby="erste-schritte" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="erste-schritte" className="font-semibold">
        Erste Schritte
      </h2>
      <ol className="list-decimal space-y-2 pl-5 text-slate-700">
        <li>
          E-Mail-Adresse bestätigen {emailConfirmed ? <span className="font-medium text-brand-700">– erledigt</span> : "– der Link steht in unserer Willkommens-E-Mail."}
        </li>
        <li>
          In Ihrer Praxissoftware den SMS-Dienst Praxisbote wählen und eintragen: Basis-URL <code className="rounded bg-slate-100 px-1">{apiBaseUrl}</code> und
          Ihren API-Key{isMainUser ? <> (nach der Bestätigung angezeigt; <Link href="/organization/apikey" className="text-brand-700 underline">API-Key</Link>)</> : " (beim Hauptzugang Ihrer Praxis)"}. Mit „Key-Check“ prüft die Software, ob alles stimmt.
        </li>
        <li>
          Einen Absender eintragen und eine{" "}
          {isMainUser ? (
            <Link href="/sms/test" className="text-brand-700 underline">
              Test-SMS
            </Link>
          ) : (
            "Test-SMS"
          )}{" "}
          an Ihre eigene Handynummer senden{isMainUser ? "." : " (kann der Hauptzugang Ihrer Praxis)."}
        </li>
      </ol>
      <p className="text-sm text-slate-600">
        Fragen zur Einrichtung beantwortet die <Link href="/faq#einrichtung-pvs" className="text-brand-700 underline">FAQ</Link>.
      </p>
    </section>
  );
}
