import type { Metadata } from "next";
import Link from "next/link";
import { API_ERRORS } from "@/lib/api/errors";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DEFAULT_VALIDITY_MINUTES, EXPIRED_REASON } from "@/lib/delivery/expiry";
import { env } from "@/lib/env";
import { priceForSegments } from "@/lib/billing/price-list";
import { IDEMPOTENCY_KEY_HOURS } from "@/lib/messages/idempotency-keys";
import { formatAmount } from "@/lib/messages/serialize";
import { API_RATE_LIMIT } from "@/lib/content/faq/facts";
import { countCharacters } from "@/lib/sms/characters";
import { segmentSms } from "@/lib/sms/segments";
import { StatusDiagram } from "./_components/status-diagram";
import { WebhooksSection } from "./_components/webhooks-section";

export const metadata: Metadata = {
  title: "API-Dokumentation für Hersteller von Praxissoftware",
  description: "Die PVS-API von Praxisbote: SMS senden, planen, löschen, Status abfragen, Key-Check, signierte Status-Webhooks – mit Beispielen, Fehlercodes und OpenAPI-Beschreibung.",
  alternates: { canonical: "/api-dokumentation" },
};

const BASE_URL = new URL("/api/v1", env.APP_URL).toString();
const EXAMPLE_TEXT = "Ihr Termin am 19.08. um 16:30 Uhr. Absage: 0711 123456";
const EXAMPLE = segmentSms(EXAMPLE_TEXT);
const document = buildOpenApiDocument(BASE_URL);

const SIMULATOR_NUMBERS = [
  ["…00", "zugestellt nach etwa einer Sekunde"],
  ["…01", "erst buffered, dann zugestellt"],
  ["…02", "nicht ausgeliefert (ungültige Nummer)"],
  ["…03", "buffered, danach keine Rückmeldung – nach 3 Tagen nicht ausgeliefert"],
  ["…04", "zweimal vorübergehender Fehler des Netzbetreibers, dann angenommen"],
  ["…05", "doppelte Rückmeldungen in falscher Reihenfolge"],
  ["…06", "der Patient antwortet nach einigen Sekunden (Weiterleitung per E-Mail)"],
  ["…07", "zugestellt, aber die Rückmeldung geht verloren – nach 6 Stunden fragen wir beim Netzbetreiber nach: zugestellt"],
];

function Code({ children }: { children: string }) {
  // Focusable, so that keyboard users can scroll a long line sideways.
  return (
    <pre tabIndex={0} aria-label="Beispiel" className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-sm text-slate-100">
      {children}
    </pre>
  );
}

export default function ApiDocumentationPage() {
  const request = document.components.schemas.SendSmsRequest as { properties: Record<string, { description?: string }>; required: string[] };
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">API-Dokumentation</h1>
      <p className="mt-3 text-slate-700">
        Für Hersteller von Praxissoftware: Mit einer HTTP-Anfrage verschickt Ihre Software eine Terminerinnerung. Die vollständige
        Beschreibung als OpenAPI 3.1 liegt unter{" "}
        <a className="font-medium text-brand-700 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> – daraus lässt sich
        ein Client erzeugen.
      </p>

      <h2 className="mt-10 text-2xl font-bold">Grundlagen</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-700">
        <li>Basis-URL: <code className="rounded bg-slate-100 px-1">{BASE_URL}</code></li>
        <li>Authentifizierung: <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;API-Key&gt;</code> oder <code className="rounded bg-slate-100 px-1">X-Api-Key: &lt;API-Key&gt;</code></li>
        <li>Inhalt: JSON oder – für ältere Systeme – <code className="rounded bg-slate-100 px-1">application/x-www-form-urlencoded</code></li>
        <li>
          Wiederholungen ohne Doppelversand: Header <code className="rounded bg-slate-100 px-1">Idempotency-Key</code> mit Ihrer eigenen
          Kennung der Erinnerung. Wir bewahren ihn {IDEMPOTENCY_KEY_HOURS} Stunden auf; eine Wiederholung zeigt die SMS so, wie sie
          jetzt ist (etwa gelöscht), danach legt derselbe Schlüssel eine neue SMS an.
        </li>
        <li>
          Höchstens {API_RATE_LIMIT} Anfragen pro Minute und API-Key (ein Key kann ein eigenes Limit haben). Erfolgreiche
          Antworten nennen den Stand in <code className="rounded bg-slate-100 px-1">X-RateLimit-Limit</code>,{" "}
          <code className="rounded bg-slate-100 px-1">X-RateLimit-Remaining</code> und{" "}
          <code className="rounded bg-slate-100 px-1">X-RateLimit-Reset</code>; darüber hinaus antworten wir mit{" "}
          <strong>429</strong> <code className="rounded bg-slate-100 px-1">throughput_exceeded</code> und{" "}
          <code className="rounded bg-slate-100 px-1">Retry-After</code>.
        </li>
        <li>
          Zeichensatz: UTF-8, oder der im Content-Type genannte, etwa{" "}
          <code className="rounded bg-slate-100 px-1">application/x-www-form-urlencoded; charset=ISO-8859-1</code> (auch{" "}
          <code className="rounded bg-slate-100 px-1">windows-1252</code>; beide lesen 0x80–0x9F wie Windows, also 0x80 als €). Was nicht
          zum Zeichensatz passt, lehnen wir mit <strong>400</strong> <code className="rounded bg-slate-100 px-1">invalid_encoding</code> ab,
          statt verstümmelten Text zu versenden.
        </li>
        <li>
          Jede Antwort trägt <code className="rounded bg-slate-100 px-1">X-Request-Id</code>: Ihre eigene Kennung aus diesem Header (1–128
          sichtbare ASCII-Zeichen ohne Leerzeichen) oder eine neue. Fehlermeldungen nennen sie als „Fehler-ID“ – bitte bei Rückfragen angeben.
        </li>
        <li>
          Eine Methode, die eine Adresse nicht kennt, beantworten wir mit <strong>405</strong>{" "}
          <code className="rounded bg-slate-100 px-1">method_not_allowed</code> und dem Header{" "}
          <code className="rounded bg-slate-100 px-1">Allow</code>.
        </li>
        <li>Abgelehnte Anfragen werden nie gespeichert und nie berechnet.</li>
      </ul>

      <h2 className="mt-10 text-2xl font-bold">SMS senden</h2>
      <Code>{`curl ${BASE_URL}/sms \\
  -H "Authorization: Bearer pb_live_…" \\
  -H "Idempotency-Key: termin-4711-erinnerung" \\
  -H "Content-Type: application/json" \\
  -d '{"to": "+4917612345678", "from": "PraxisBerg", "text": "${EXAMPLE_TEXT}", "sendAt": "2027-08-18T09:00:00+02:00", "reference": "termin-4711"}'`}</Code>
      <p className="mt-3 text-slate-700">Antwort <strong>202</strong> mit Kodierung, Zeichen, Zahl der SMS-Teile und Preis – so, wie wir sie berechnen:</p>
      <Code>{`{"id": "8c1f…", "status": "pending", "to": "+4917612345678", "from": "PraxisBerg",
 "text": "${EXAMPLE_TEXT}", "encoding": "${EXAMPLE.encoding}",
 "characters": ${countCharacters(EXAMPLE_TEXT)}, "segments": ${EXAMPLE.segments}, "sendAt": "2027-08-18T07:00:00.000Z", "reference": "termin-4711",
 "location": null, "price": {"amount": "${formatAmount(priceForSegments(EXAMPLE.segments))}", "currency": "EUR"}, …}`}</Code>

      <h3 className="mt-6 font-semibold">Felder</h3>
      <dl className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
        {Object.entries(request.properties).map(([name, property]) => (
          <div key={name} className="grid gap-1 p-3 sm:grid-cols-[9rem_1fr]">
            <dt className="font-mono font-semibold">
              {name}
              {request.required.includes(name) ? " *" : ""}
            </dt>
            <dd className="text-slate-700">{property.description}</dd>
          </div>
        ))}
      </dl>

      <h3 className="mt-6 font-semibold">Erinnerungen, die nicht zu spät kommen dürfen</h3>
      <p className="mt-2 text-slate-700">
        Mit <code className="rounded bg-slate-100 px-1">expiresAt</code> – meist der Termin selbst – geben Sie an, bis wann die SMS
        spätestens an den Netzbetreiber übergeben sein muss. Ist sie bis dahin nicht übergeben (etwa weil der Netzbetreiber stundenlang
        gestört war), versenden wir sie nicht mehr: Status <code className="rounded bg-slate-100 px-1">undelivered</code>, Grund „{EXPIRED_REASON}“,
        Preis 0,00 €. Der Netzbetreiber erhält nur die verbleibende Zeit als Gültigkeit (höchstens {DEFAULT_VALIDITY_MINUTES / 60} Stunden), damit
        die SMS kein Telefon nach dem Termin erreicht; ohne <code className="rounded bg-slate-100 px-1">expiresAt</code> gilt sie dort{" "}
        {DEFAULT_VALIDITY_MINUTES / 60} Stunden. Ein <code className="rounded bg-slate-100 px-1">expiresAt</code> weniger als eine Minute nach{" "}
        <code className="rounded bg-slate-100 px-1">sendAt</code> lehnen wir mit <strong>400</strong>{" "}
        <code className="rounded bg-slate-100 px-1">invalid_expires_at</code> ab.
      </p>
      <Code>{`{"to": "+4917612345678", "text": "${EXAMPLE_TEXT}",
 "sendAt": "2027-08-18T09:00:00+02:00", "expiresAt": "2027-08-19T16:30:00+02:00"}`}</Code>

      <h3 className="mt-6 font-semibold">Versandfenster der Praxis</h3>
      <p className="mt-2 text-slate-700">
        Eine Praxis kann in den SMS-Einstellungen ein Versandfenster festlegen, etwa 08:00 bis 20:00 (oder über Mitternacht, 20:00 bis 08:00),
        in deutscher oder österreichischer Zeit je nach Land der Praxis. Ist eine SMS außerhalb fällig, nehmen wir sie an und halten sie bis zum
        Beginn des nächsten Fensters zurück: Die Antwort zeigt in <code className="rounded bg-slate-100 px-1">sendAt</code> den tatsächlichen
        Versandzeitpunkt und <code className="rounded bg-slate-100 px-1">&quot;heldForQuietHours&quot;: true</code> (sonst{" "}
        <code className="rounded bg-slate-100 px-1">false</code>), auch später bei <code className="rounded bg-slate-100 px-1">GET</code>. Läge{" "}
        <code className="rounded bg-slate-100 px-1">expiresAt</code> vor diesem Zeitpunkt, lehnen wir die SMS mit{" "}
        <code className="rounded bg-slate-100 px-1">invalid_expires_at</code> ab. Ohne Versandfenster gehen SMS zu jeder Uhrzeit hinaus.
      </p>
      <Code>{`{"id": "…", "status": "pending", "sendAt": "2027-08-19T06:00:00.000Z", "heldForQuietHours": true, …}`}</Code>

      <h3 className="mt-6 font-semibold">Abgemeldete Empfänger</h3>
      <p className="mt-2 text-slate-700">
        Antwortet eine Patientin oder ein Patient auf eine SMS der Praxis nur mit STOP, STOPP, ENDE, ABMELDEN oder ABBESTELLEN (gleich ob groß
        oder klein, mit Satzzeichen), sperren wir die Nummer für diese Praxis. Die Antwort wird trotzdem weitergeleitet. Neue SMS an die Nummer
        lehnen wir mit <strong>422</strong> <code className="rounded bg-slate-100 px-1">recipient_opted_out</code> ab; sie werden nicht
        gespeichert und nicht berechnet, im Sammelversand betrifft das nur die einzelne Nachricht. Willigt die Person wieder ein, hebt ein
        Hauptzugang die Sperre im Portal unter „Abmeldungen“ auf.
      </p>

      <h2 className="mt-10 text-2xl font-bold">Antworten abrufen</h2>
      <p className="mt-2 text-slate-700">
        Hat die Praxis eine Antwortnummer, schicken wir Antworten der Patientinnen und Patienten per E-Mail weiter. Das PVS kann sie
        zusätzlich abrufen, um sie neben dem Termin zu zeigen: <code className="rounded bg-slate-100 px-1">GET /api/v1/replies</code> liefert
        die Antworten der Praxis, älteste zuerst, jede mit der SMS, auf die sie sich bezieht, und Ihrer{" "}
        <code className="rounded bg-slate-100 px-1">reference</code>. Merken Sie sich den Zeitpunkt des letzten Abrufs als{" "}
        <code className="rounded bg-slate-100 px-1">since</code> und folgen Sie <code className="rounded bg-slate-100 px-1">nextCursor</code>, bis
        er <code className="rounded bg-slate-100 px-1">null</code> ist.
      </p>
      <Code>{`GET /api/v1/replies?since=2026-11-27T08:00:00Z

{"data": [{"id": "…", "from": "+4917612345678", "text": "Ich komme.",
  "receivedAt": "2026-11-27T08:14:03.120Z",
  "inReplyTo": {"id": "…", "reference": "termin-4711"}}],
 "nextCursor": null}`}</Code>

      <WebhooksSection />

      <h2 className="mt-10 text-2xl font-bold">Alle Endpunkte</h2>
      <ul className="mt-3 space-y-2">
        {Object.entries(document.paths).flatMap(([path, operations]) =>
          Object.entries(operations).map(([method, operation]) => (
            <li key={`${method} ${path}`} className="rounded-md border border-slate-200 p-3">
              <code className="font-semibold">{method.toUpperCase()} /api/v1{path}</code>
              <p className="text-slate-700">{(operation as { summary: string }).summary}</p>
            </li>
          )),
        )}
      </ul>

      <h2 className="mt-10 text-2xl font-bold">Status</h2>
      <p className="mt-2 text-slate-700">
        Der Status bewegt sich nur vorwärts; doppelte oder verspätete Meldungen der Netzbetreiber ändern nichts. Bedeutung siehe{" "}
        <Link className="text-brand-700 underline" href="/faq#was-bedeuten-die-zustellstatus">FAQ</Link>.
      </p>
      <StatusDiagram />

      <h2 className="mt-10 text-2xl font-bold">Fehler</h2>
      <p className="mt-2 text-slate-700">
        Immer <code className="rounded bg-slate-100 px-1">{`{"error": {"code", "message", "field"}}`}</code>: der Code ist stabil, die Meldung
        deutsch für das Praxisteam.
      </p>
      <div tabIndex={0} role="region" aria-label="Fehlercodes" className="mt-3 overflow-x-auto rounded-md border border-slate-200">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">HTTP</th>
              <th scope="col" className="px-3 py-2">code</th>
              <th scope="col" className="px-3 py-2">Bedeutung</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {Object.entries(API_ERRORS).map(([code, { status, message }]) => (
              <tr key={code}>
                <td className="px-3 py-1.5">{status}</td>
                <td className="px-3 py-1.5 font-mono">{code}</td>
                <td className="px-3 py-1.5">{message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="sandbox" className="mt-10 text-2xl font-bold">
        Sandbox / Test-Schlüssel
      </h2>
      <p className="mt-2 text-slate-700">
        Für Ihre Integrationstests legt die Praxis im Portal unter „API-Keys“ einen Test-Schlüssel an (
        <code className="rounded bg-slate-100 px-1">pb_test_…</code> statt <code className="rounded bg-slate-100 px-1">pb_live_…</code>).
        Er spricht dieselbe API unter derselben Adresse, mit denselben Antworten, Fehlern, Limits pro Minute und Webhooks – aber keine
        SMS verlässt das Haus:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        <li>Jede SMS geht an unseren Simulator, auch auf dem Produktivsystem; niemand erhält sie.</li>
        <li>
          Sie wird nicht berechnet: <code className="rounded bg-slate-100 px-1">&quot;price&quot;: {"{"}&quot;amount&quot;: &quot;0.00&quot;{"}"}</code>{" "}
          und <code className="rounded bg-slate-100 px-1 whitespace-nowrap">&quot;sandbox&quot;: true</code> im SMS-Objekt; sie zählt nicht zum Monatslimit der
          Praxis und erscheint weder in Statistik noch Rechnung. Im Portal ist sie mit „Test“ markiert.
        </li>
        <li>
          Der Key-Check (<code className="rounded bg-slate-100 px-1">GET /key-check</code>) meldet{" "}
          <code className="rounded bg-slate-100 px-1 whitespace-nowrap">&quot;sandbox&quot;: true</code>.
        </li>
      </ul>
      <p className="mt-2 text-slate-700">
        Mit einem Test-Schlüssel – und auf einer lokalen Installation (<code className="rounded bg-slate-100 px-1">npm run dev</code>) mit
        jedem Schlüssel – richtet sich das Ergebnis nach den letzten beiden Ziffern der Empfängernummer:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        {SIMULATOR_NUMBERS.map(([digits, behaviour]) => (
          <li key={digits}>
            <span className="font-mono">{digits}</span>: {behaviour}
          </li>
        ))}
      </ul>
    </div>
  );
}
