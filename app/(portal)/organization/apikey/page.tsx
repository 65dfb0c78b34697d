import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { TestBadge } from "@/components/sms/test-badge";
import { Table, TableActionsHead, TableBody, TableCaption, TableCell, TableEmptyRow, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { isWorking, listApiKeys, listKeyLocations, ROTATION_GRACE_DAYS, type ListedApiKey } from "@/lib/api-keys/manage-keys";
import { apiBaseUrl, curlExample, curlKeyCheck, exampleSender, SIMULATOR_RECIPIENT } from "@/lib/api-keys/pvs-setup";
import { requireUser } from "@/lib/auth/current-user";
import { chooseCarrier } from "@/lib/config/production-check";
import { env } from "@/lib/env";
import { listSenders } from "@/lib/senders/owned-senders";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { CopyValue } from "./_components/copy-value";
import { CreateKeyForm } from "./_components/create-key-form";
import { KeyActions } from "./_components/key-actions";
import { KeyCheckForm } from "./_components/key-check-form";
import type { PvsValues } from "./_components/issued-key";

export const metadata: Metadata = { title: "API-Keys" };

const dateTime = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

function statusOf(key: ListedApiKey): { label: string; variant: BadgeVariant } {
  switch (key.status) {
    case "active":
      return { label: "aktiv", variant: "brand" };
    case "expiring":
      return { label: `läuft ab am ${dateTime(key.expiresAt!)}`, variant: "warning" };
    case "expired":
      return { label: `abgelaufen am ${formatBerlinDate(key.expiresAt!)}`, variant: "neutral" };
    case "revoked":
      return { label: `widerrufen am ${formatBerlinDate(key.revokedAt!)}`, variant: "danger" };
  }
}

export default async function ApiKeyPage() {
  const user = await requireUser({ role: "main" });
  const db = await getDb();
  const actor = actorOf(user);
  const [keys, locations, senders] = await Promise.all([listApiKeys(db, actor), listKeyLocations(db, actor), listSenders(db, user.practice.id)]);
  const working = keys.filter((key) => isWorking(key.status));
  const simulator = chooseCarrier(env) === "simulator";
  const pvs: PvsValues = {
    baseUrl: apiBaseUrl(env.APP_URL),
    sender: exampleSender(user.context.practice.defaultSender, senders),
    recipient: simulator ? SIMULATOR_RECIPIENT : undefined,
  };

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">API-Keys</h1>
        <p className="max-w-3xl text-slate-700">
          Mit einem API-Key sendet Ihre Praxissoftware (PVS) Terminerinnerungen über Praxisbote. Wir zeigen einen Key nur beim Erstellen ganz an und
          speichern danach nur seine ersten Zeichen und eine Prüfsumme.
        </p>
      </div>

      {working.length === 0 && (
        <p role="alert" className="max-w-3xl rounded-md bg-rose-50 p-3 text-sm font-medium text-rose-800">
          Ihre Praxis hat keinen gültigen API-Key: Ihre Praxissoftware kann keine SMS senden. Erstellen Sie unten einen neuen Key.
        </p>
      )}

      <section aria-labelledby="keys" className="space-y-3">
        <h2 id="keys" className="text-lg font-semibold">
          Ihre Keys
        </h2>
        <Table>
          <TableCaption>API-Keys Ihrer Praxis</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Key beginnt mit</TableHead>
              <TableHead>Standort</TableHead>
              <TableHead>Erstellt</TableHead>
              <TableHead>Zuletzt benutzt</TableHead>
              <TableHead>Status</TableHead>
              <TableActionsHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {keys.length === 0 && <TableEmptyRow colSpan={7}>Noch kein API-Key.</TableEmptyRow>}
            {keys.map((key) => {
              const status = statusOf(key);
              return (
                <TableRow key={key.id}>
                  <TableCell>{key.name}</TableCell>
                  <TableCell>
                    <code className="text-sm">{key.prefix}…</code>
                    {key.sandbox && (
                      <span className="ml-2">
                        <TestBadge title="Test-Schlüssel: SMS gehen an den Simulator und werden nicht berechnet." />
                      </span>
                    )}
                  </TableCell>
                  <TableCell>{key.location ? `${key.location.name} (${key.location.code})` : <span className="text-slate-500">–</span>}</TableCell>
                  <TableCell>{formatBerlinDate(key.createdAt)}</TableCell>
                  <TableCell>{key.lastUsedAt ? dateTime(key.lastUsedAt) : <span className="text-slate-500">noch nie</span>}</TableCell>
                  <TableCell>
                    <Badge variant={status.variant}>{status.label}</Badge>
                  </TableCell>
                  <TableCell>
                    <KeyActions
                      apiKey={{ id: key.id, name: key.name, prefix: key.prefix, status: key.status }}
                      isLastWorking={isWorking(key.status) && working.length === 1}
                      graceDays={ROTATION_GRACE_DAYS}
                      pvs={pvs}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <p className="max-w-3xl text-sm text-slate-600">
          „Erneuern“ erstellt einen neuen Key; der alte funktioniert noch {ROTATION_GRACE_DAYS} Tage, damit Sie ihn ohne Unterbrechung austauschen
          können. „Widerrufen“ sperrt einen Key sofort, etwa wenn er in falsche Hände geraten ist.
        </p>
      </section>

      <section aria-labelledby="neu" className="max-w-2xl space-y-3">
        <h2 id="neu" className="text-lg font-semibold">
          Neuen Key erstellen
        </h2>
        <CreateKeyForm locations={locations} pvs={pvs} />
      </section>

      <section aria-labelledby="pruefen" className="max-w-2xl space-y-3">
        <h2 id="pruefen" className="text-lg font-semibold">
          Key-Check
        </h2>
        <p className="text-sm text-slate-700">Prüft einen Key genau so, wie es der Key-Check Ihrer Praxissoftware tut.</p>
        <KeyCheckForm />
      </section>

      <section aria-labelledby="einrichten" className="max-w-3xl space-y-4">
        <h2 id="einrichten" className="text-lg font-semibold">
          In der Praxissoftware einrichten
        </h2>
        <ol className="list-decimal space-y-2 pl-5 text-slate-700">
          <li>Öffnen Sie in Ihrer Praxissoftware die Einstellungen für den SMS-Versand und wählen Sie Praxisbote (oder „eigener SMS-Anbieter“).</li>
          <li>Tragen Sie die Basis-URL unten ein.</li>
          <li>Fügen Sie Ihren API-Key ein. Er wird als „Authorization: Bearer …“ (oder „X-Api-Key“) mitgeschickt.</li>
          <li>
            Tragen Sie als Absender <strong>{pvs.sender}</strong> ein – oder einen anderen Absender, der für Ihre Praxis registriert ist.
          </li>
          <li>Drücken Sie dort den Knopf „Key-Check“ (oder „Verbindung testen“): Er ruft dieselbe Prüfung auf wie der Knopf oben.</li>
        </ol>
        <CopyValue label="Basis-URL" value={pvs.baseUrl} />
        <CopyValue label="Absender" value={pvs.sender} />
        <CopyValue label="Test-SMS mit curl" value={curlExample({ baseUrl: pvs.baseUrl, sender: pvs.sender, to: pvs.recipient })} multiline />
        <CopyValue label="Key-Check mit curl" value={curlKeyCheck({ baseUrl: pvs.baseUrl })} multiline />
        <p className="text-sm text-slate-600">
          Ersetzen Sie IHR_API_KEY durch Ihren Key{simulator ? "" : " und die Empfängernummer durch Ihre eigene Handynummer"}.
          {simulator && " In dieser Umgebung gehen SMS an den Simulator, nicht an echte Handys."}
        </p>
      </section>
    </div>
  );
}
