import Link from "next/link";
import { Webhook } from "standardwebhooks";
import {
  RETRY_SCHEDULE_TEXT,
  WEBHOOK_GIVE_UP_DAYS,
  WEBHOOK_HEADERS,
  WEBHOOK_OVERLAP_HOURS,
  WEBHOOK_TIMEOUT_SECONDS,
} from "@/lib/api/webhook-openapi";
import { priceForSegments } from "@/lib/billing/price-list";
import { formatAmount } from "@/lib/messages/serialize";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/pvs-webhooks/event-types";
import { readVerifySnippet } from "@/lib/pvs-webhooks/snippets/verify-snippets";

const DATA: Record<WebhookEventType, string> = {
  "message.sent": "die SMS wie bei GET /api/v1/sms/{id}",
  "message.buffered": "die SMS wie bei GET /api/v1/sms/{id}",
  "message.delivered": "die SMS wie bei GET /api/v1/sms/{id}",
  "message.undelivered": "die SMS wie bei GET /api/v1/sms/{id}, mit statusReason",
  "message.cancelled": "die SMS wie bei GET /api/v1/sms/{id}",
  "reply.received": "die Antwort wie bei GET /api/v1/replies, mit inReplyTo (id und reference der SMS)",
  "recipient.opted_out": "{to, optedOutAt, replyId}",
};

// A real test vector: the body below signed with this example secret (the spec's own example).
export const EXAMPLE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const EXAMPLE_ID = "msg_2f6b0c1e9a7d4c3b8e5f1a2b3c4d5e6f";
const EXAMPLE_TIME = new Date("2026-11-27T08:14:04Z");
const EXAMPLE_BODY = JSON.stringify({
  type: "message.delivered",
  timestamp: "2026-11-27T08:14:03.120Z",
  data: {
    id: "2f6b0c1e-9a7d-4c3b-8e5f-1a2b3c4d5e6f",
    status: "delivered",
    statusReason: null,
    to: "+4917612345678",
    from: "PraxisBerg",
    text: "Ihr Termin am 28.11. um 10:00 Uhr. Absage: 0711 123456",
    encoding: "GSM-7",
    characters: 54,
    segments: 1,
    sendAt: "2026-11-27T08:14:00.000Z",
    heldForQuietHours: false,
    expiresAt: null,
    reference: "termin-4711",
    location: null,
    price: { amount: formatAmount(priceForSegments(1)), currency: "EUR" },
    createdAt: "2026-11-27T08:13:58.412Z",
    updatedAt: "2026-11-27T08:14:03.120Z",
  },
});
export const EXAMPLE = `POST /ihr/webhook HTTP/1.1
Content-Type: application/json
webhook-id: ${EXAMPLE_ID}
webhook-timestamp: ${Math.floor(EXAMPLE_TIME.getTime() / 1000)}
webhook-signature: ${new Webhook(EXAMPLE_SECRET).sign(EXAMPLE_ID, EXAMPLE_TIME, EXAMPLE_BODY)}

${EXAMPLE_BODY}`;

// Long tokens (secrets, header values) may break anywhere: on a phone they would widen the page.
const code = "rounded bg-slate-100 px-1 [overflow-wrap:anywhere]";

function Snippet({ label, children }: { label: string; children: string }) {
  // Focusable, so that keyboard users can scroll a long line sideways.
  return (
    <pre tabIndex={0} aria-label={label} className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-sm text-slate-100">
      {children}
    </pre>
  );
}

/** Webhooks to the PVS: events, payload, headers, verification with tested snippets, retries. */
export function WebhooksSection() {
  return (
    <section aria-labelledby="webhooks">
      <h2 id="webhooks" className="mt-10 text-2xl font-bold">
        Webhooks: Status sofort im PVS
      </h2>
      <p className="mt-2 text-slate-700">
        Statt <code className={code}>GET /api/v1/sms</code> regelmäßig abzufragen, kann sich Ihre Software benachrichtigen lassen: Ein Hauptzugang der Praxis
        trägt im Portal unter{" "}
        <Link className="text-brand-700 underline" href="/organization/webhooks">
          Webhooks
        </Link>{" "}
        eine HTTPS-Adresse Ihrer Software ein und wählt die Ereignisse. Wir senden jedes Ereignis als POST mit JSON, signiert nach der{" "}
        <a className="text-brand-700 underline" href="https://www.standardwebhooks.com/">
          Standard-Webhooks-Spezifikation
        </a>{" "}
        (v1). Das Secret (<code className={code}>whsec_…</code>) zeigt das Portal nur beim Anlegen an; „Test-Event senden“ schickt ein signiertes{" "}
        <code className={code}>{TEST_EVENT_TYPE}</code> und zeigt die Antwort Ihrer Software.
      </p>

      <div tabIndex={0} role="region" aria-label="Webhook-Ereignisse" className="mt-3 overflow-x-auto rounded-md border border-slate-200">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">type</th>
              <th scope="col" className="px-3 py-2">Bedeutung</th>
              <th scope="col" className="px-3 py-2">data</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <tr key={type}>
                <td className="whitespace-nowrap px-3 py-1.5 font-mono">{type}</td>
                <td className="px-3 py-1.5">{WEBHOOK_EVENT_LABELS[type]}</td>
                <td className="px-3 py-1.5">{DATA[type]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="mt-6 font-semibold">Beispiel</h3>
      <p className="mt-2 text-slate-700">
        <code className={code}>data</code> ist bei SMS-Ereignissen genau das Objekt, das <code className={code}>GET /api/v1/sms/{"{id}"}</code> liefert – mit Ihrer{" "}
        <code className={code}>reference</code> und dem <code className={code}>location</code>, damit Sie den Termin finden. Die Beschreibung jedes Ereignisses steht auch im
        Abschnitt <code className={code}>webhooks</code> der OpenAPI-Datei. Mit dem Beispiel-Secret <code className={code}>{EXAMPLE_SECRET}</code> ist die Signatur
        unten gültig (bis auf das Alter des Zeitstempels) – zum Testen Ihrer Prüfung.
      </p>
      <Snippet label="Beispiel eines Webhooks">{EXAMPLE}</Snippet>

      <h3 className="mt-6 font-semibold">Header</h3>
      <dl className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
        {Object.entries(WEBHOOK_HEADERS).map(([name, description]) => (
          <div key={name} className="grid gap-1 p-3 sm:grid-cols-[11rem_1fr]">
            <dt className="font-mono font-semibold">{name}</dt>
            <dd className="text-slate-700">{description}</dd>
          </div>
        ))}
      </dl>

      <h3 className="mt-6 font-semibold">Signatur prüfen</h3>
      <p className="mt-2 text-slate-700">
        Prüfen Sie jedes Ereignis, bevor Sie ihm glauben: HMAC-SHA256 über <code className={code}>webhook-id.webhook-timestamp.Body</code> mit dem Secret (der
        Teil nach <code className={code}>whsec_</code>, Base64-dekodiert), verglichen in konstanter Zeit mit jeder <code className={code}>v1,…</code>-Signatur, und
        ein Zeitstempel höchstens 5 Minuten alt. Prüfen Sie den Body so, wie er ankam, nicht neu erzeugtes JSON. Die beiden Beispiele laufen so in unseren
        automatischen Tests.
      </p>
      <h4 className="mt-4 text-sm font-semibold">Node.js mit dem Paket standardwebhooks</h4>
      <Snippet label="Webhook prüfen mit Node.js">{readVerifySnippet("node")}</Snippet>
      <h4 className="mt-4 text-sm font-semibold">PHP ohne Bibliothek</h4>
      <Snippet label="Webhook prüfen mit PHP">{readVerifySnippet("php")}</Snippet>

      <h3 className="mt-6 font-semibold">Zustellung, Wiederholungen, Reihenfolge</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        <li>
          Antworten Sie mit <strong>2xx</strong> innerhalb von {WEBHOOK_TIMEOUT_SECONDS} Sekunden – am besten sofort, und verarbeiten Sie danach. Jede andere
          Antwort, keine Antwort und auch eine Weiterleitung (3xx, wir folgen ihr nicht) gelten als Fehlversuch.
        </li>
        <li>Wiederholungen nach {RETRY_SCHEDULE_TEXT}. Jede Wiederholung hat dieselbe webhook-id und denselben Body.</li>
        <li>
          Doppelte erkennen: Speichern Sie die webhook-id verarbeiteter Ereignisse (etwa mit eindeutigem Index) und beantworten Sie eine bekannte nur noch mit
          2xx.
        </li>
        <li>
          Ereignisse können in anderer Reihenfolge ankommen, etwa <code className={code}>message.delivered</code> vor <code className={code}>message.sent</code>.
          Behalten Sie je SMS den Status mit dem höchsten Rang – pending &lt; queued &lt; sent &lt; buffered &lt; delivered, undelivered, cancelled (endgültig) –
          und bei gleichem Rang den mit dem späteren <code className={code}>updatedAt</code>. Ein älteres Ereignis überschreibt nie ein neueres.
        </li>
        <li>
          Nach „Secret erneuern“ signieren wir {WEBHOOK_OVERLAP_HOURS} Stunden lang mit altem und neuem Secret (zwei Signaturen im Header); tragen Sie das neue in
          dieser Zeit ein.
        </li>
        <li>
          Scheitert ein Endpunkt {WEBHOOK_GIVE_UP_DAYS} Tage lang, schalten wir ihn ab und schreiben dem Hauptzugang eine E-Mail. Im Portal sieht er die letzten
          Zustellversuche, sendet gescheiterte Ereignisse erneut und schaltet den Endpunkt wieder ein.
        </li>
        <li>Nehmen Sie einem Endpunkt ein Ereignis weg, senden wir ihm auch die noch offenen Ereignisse dieser Art nicht mehr.</li>
        <li>
          Wir senden nur an öffentlich erreichbare Adressen über HTTPS. Eine selbst betriebene Installation im Praxisnetz erlaubt mit{" "}
          <code className={code}>WEBHOOK_ALLOW_PRIVATE_NETWORKS=1</code> auch interne Adressen und http.
        </li>
      </ul>
    </section>
  );
}
