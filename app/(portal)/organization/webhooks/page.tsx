import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { MAX_WEBHOOK_ENDPOINTS } from "@/lib/pvs-webhooks/endpoint-limits";
import { listWebhookAttempts, listWebhookEndpoints, MAX_LISTED_ATTEMPTS, type ListedWebhookEndpoint } from "@/lib/pvs-webhooks/endpoints";
import { WEBHOOK_EVENT_LABELS, type WebhookEventType } from "@/lib/pvs-webhooks/event-types";
import { GIVE_UP_AFTER_MS } from "@/lib/pvs-webhooks/retry-schedule";
import { ROTATION_OVERLAP_MS } from "@/lib/pvs-webhooks/secrets";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { AttemptsTable } from "./_components/attempts-table";
import { CreateEndpointForm } from "./_components/create-endpoint-form";
import { EndpointActions } from "./_components/endpoint-actions";

export const metadata: Metadata = { title: "Webhooks" };

const dateTime = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;
const OVERLAP_HOURS = ROTATION_OVERLAP_MS / 3_600_000;
const GIVE_UP_DAYS = GIVE_UP_AFTER_MS / 86_400_000;

function statusOf(endpoint: ListedWebhookEndpoint): { label: string; variant: BadgeVariant } {
  switch (endpoint.status) {
    case "active":
      return { label: "aktiv", variant: "brand" };
    case "failing":
      return { label: `Zustellung scheitert seit ${dateTime(endpoint.failingSince!)}`, variant: "warning" };
    case "disabled":
      return { label: `deaktiviert seit ${dateTime(endpoint.disabledAt!)}${endpoint.disabledReason ? ` – ${endpoint.disabledReason}` : ""}`, variant: "danger" };
  }
}

export default async function WebhooksPage() {
  const user = await requireUser({ role: "main" });
  const db = await getDb();
  const actor = actorOf(user);
  const endpoints = await listWebhookEndpoints(db, actor);
  const attempts = await Promise.all(endpoints.map((endpoint) => listWebhookAttempts(db, actor, endpoint.id)));

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="max-w-3xl text-slate-700">
          Statt regelmäßig nachzufragen, erfährt Ihre Praxissoftware (PVS) sofort, was aus einer SMS geworden ist: Wir senden jedes gewählte Ereignis
          signiert an ihre Adresse. Wie das PVS die Signatur prüft, steht in der{" "}
          <Link className="font-medium text-brand-700 underline" href="/api-dokumentation#webhooks">
            API-Dokumentation
          </Link>
          .
        </p>
      </div>

      <section aria-labelledby="endpunkte" className="space-y-4">
        <h2 id="endpunkte" className="text-lg font-semibold">
          Ihre Endpunkte
        </h2>
        {endpoints.length === 0 && <p className="text-slate-600">Noch kein Endpunkt.</p>}
        {endpoints.map((endpoint, index) => {
          const status = statusOf(endpoint);
          return (
            <article key={endpoint.id} aria-labelledby={`endpunkt-${endpoint.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
              <div className="space-y-1">
                <h3 id={`endpunkt-${endpoint.id}`} className="break-all font-mono text-sm font-semibold">
                  {endpoint.url}
                </h3>
                {endpoint.description && <p className="text-sm text-slate-700">{endpoint.description}</p>}
                <p className="flex flex-wrap gap-2">
                  <Badge variant={status.variant}>{status.label}</Badge>
                  {endpoint.previousSecretUntil && <Badge variant="neutral">altes Secret signiert noch bis {dateTime(endpoint.previousSecretUntil)}</Badge>}
                </p>
              </div>
              <div>
                <h4 className="text-sm font-medium">Ereignisse</h4>
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {endpoint.eventTypes.map((type) => (
                    <li key={type}>
                      {WEBHOOK_EVENT_LABELS[type as WebhookEventType] ?? type} <code className="text-xs text-slate-600">{type}</code>
                    </li>
                  ))}
                </ul>
              </div>
              {endpoint.status === "disabled" && (
                <p className="text-sm text-slate-700">
                  Solange der Endpunkt deaktiviert ist, senden wir ihm keine neuen Ereignisse. Prüfen Sie ihn mit „Test-Event senden“ und aktivieren Sie ihn
                  dann wieder; danach können Sie gescheiterte Ereignisse erneut senden.
                </p>
              )}
              <EndpointActions
                endpoint={{ id: endpoint.id, url: endpoint.url, description: endpoint.description, eventTypes: endpoint.eventTypes, disabled: endpoint.status === "disabled" }}
                overlapHours={OVERLAP_HOURS}
              />
              <details className="space-y-2" open={index === 0 && endpoints.length === 1}>
                <summary className="cursor-pointer text-sm font-medium">
                  {attempts[index].length === MAX_LISTED_ATTEMPTS ? `Die letzten ${MAX_LISTED_ATTEMPTS} Zustellversuche` : `Zustellversuche (${attempts[index].length})`}
                </summary>
                <AttemptsTable attempts={attempts[index]} url={endpoint.url} canRedeliver={endpoint.status !== "disabled"} />
              </details>
            </article>
          );
        })}
        <p className="max-w-3xl text-sm text-slate-600">
          Antwortet ein Endpunkt nicht mit 2xx, versuchen wir es bis zu {GIVE_UP_DAYS} Tage lang in wachsenden Abständen erneut. Scheitert er so lange, deaktivieren wir ihn
          und schreiben dem Hauptzugang eine E-Mail.
        </p>
      </section>

      <section aria-labelledby="neu" className="max-w-2xl space-y-3">
        <h2 id="neu" className="text-lg font-semibold">
          Endpunkt hinzufügen
        </h2>
        {endpoints.length >= MAX_WEBHOOK_ENDPOINTS ? (
          <p className="text-slate-700">
            Ihre Praxis hat schon {MAX_WEBHOOK_ENDPOINTS} Endpunkte, mehr sind nicht möglich. Löschen Sie einen, den Sie nicht mehr brauchen.
          </p>
        ) : (
          <CreateEndpointForm />
        )}
      </section>
    </div>
  );
}
