import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { SmsAnalyser } from "@/components/sms/sms-analyser";
import { Badge } from "@/components/ui/badge";
import { Table, TableActionsHead, TableBody, TableCaption, TableCell, TableEmptyRow, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { formatCents } from "@/lib/billing/price-list";
import type { ListedSender } from "@/lib/senders/owned-senders";
import { getSmsSettings } from "@/lib/sms-settings/sms-settings";
import { formatClockTime } from "@/lib/messages/quiet-hours";
import { formatBerlinDate } from "@/lib/time/berlin";
import {
  AddNumberForms,
  AddSenderNameForm,
  DefaultSenderForm,
  ForwardEmailForm,
  MonthlyLimitForm,
  OptimisationForm,
  QuietHoursForm,
  RemoveSenderButton,
  ReplyNumberForm,
} from "./_components/settings-forms";

export const metadata: Metadata = { title: "SMS-Einstellungen" };

const KIND_LABELS: Record<ListedSender["kind"], string> = { name: "Name", number: "Nummer", reply_number: "Antwortnummer" };

function senderState(sender: ListedSender) {
  if (sender.kind === "reply_number") return <Badge variant="brand">gemietet</Badge>;
  if (sender.verifiedAt) return <Badge variant="brand">freigeschaltet</Badge>;
  return <Badge variant="neutral">{sender.codePending ? "wartet auf Code" : "nicht bestätigt"}</Badge>;
}

export default async function SmsSettingsPage() {
  const user = await requireUser({ role: "main" });
  const settings = await getSmsSettings(await getDb(), actorOf(user));
  const usable = settings.senders.filter((sender) => sender.kind === "reply_number" || sender.verifiedAt);
  const fee = `${formatCents(settings.replyNumberFeeCents)} im Monat (netto)`;
  // releaseAt is the first instant of the next month; the practice keeps the number through the day before.
  const lastDay = settings.replyNumberReleaseAt ? formatBerlinDate(new Date(settings.replyNumberReleaseAt.getTime() - 1)) : null;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">SMS-Einstellungen</h1>
        <p className="max-w-3xl text-slate-700">Zeichenoptimierung, Absender, Monatslimit und Antworten Ihrer Patienten. Jede Änderung steht im Protokoll.</p>
      </div>

      <section aria-labelledby="optimierung" className="space-y-4">
        <h2 id="optimierung" className="text-lg font-semibold">
          Zeichenoptimierung
        </h2>
        <div className="max-w-3xl">
          <OptimisationForm on={settings.optimiseCharacters} />
        </div>
        <p className="max-w-3xl text-sm text-slate-600">
          Probieren Sie es an einem Beispieltext: Schalten Sie im Analyser „Zeichenoptimierung“ ein, dann sehen Sie, was ersetzt wird und wie viele SMS-Teile es spart.
        </p>
        <SmsAnalyser />
      </section>

      <section aria-labelledby="absender" className="space-y-4">
        <h2 id="absender" className="text-lg font-semibold">
          Absender
        </h2>
        <Table>
          <TableCaption>Absender Ihrer Praxis</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Absender</TableHead>
              <TableHead>Art</TableHead>
              <TableHead>Status</TableHead>
              <TableActionsHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {settings.senders.length === 0 && <TableEmptyRow colSpan={4}>Noch keine Absender registriert.</TableEmptyRow>}
            {settings.senders.map((sender) => (
              <TableRow key={sender.id ?? sender.value}>
                <TableCell className="font-mono">
                  {sender.value}
                  {sender.value === settings.defaultSender && <span className="font-sans text-slate-600"> (Standard)</span>}
                </TableCell>
                <TableCell>{KIND_LABELS[sender.kind]}</TableCell>
                <TableCell>{senderState(sender)}</TableCell>
                <TableCell>{sender.id && <RemoveSenderButton senderId={sender.id} value={sender.value} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div className="grid gap-8 lg:grid-cols-3">
          <DefaultSenderForm current={settings.defaultSender} choices={usable.map((sender) => sender.value)} />
          <AddSenderNameForm />
          <AddNumberForms />
        </div>
      </section>

      <section aria-labelledby="limit" className="max-w-xl space-y-4">
        <h2 id="limit" className="text-lg font-semibold">
          Monatslimit
        </h2>
        <MonthlyLimitForm limit={settings.monthlyPartLimit} />
      </section>

      <section aria-labelledby="versandfenster" className="max-w-3xl space-y-4">
        <h2 id="versandfenster" className="text-lg font-semibold">
          Versandfenster
        </h2>
        <p className="text-slate-700">
          Auf Wunsch verschicken wir SMS nur zu Zeiten, zu denen Ihre Patienten sie erwarten, etwa von 08:00 bis 20:00. Eine SMS, die außerhalb fällig wird, halten wir bis zum
          Beginn des nächsten Fensters zurück; die API meldet dann den tatsächlichen Versandzeitpunkt (sendAt) und heldForQuietHours: true. Ein Fenster über Mitternacht (20:00 bis
          08:00) ist auch möglich. Schon geplante SMS behalten ihren Zeitpunkt.
        </p>
        <QuietHoursForm
          start={settings.quietHours ? formatClockTime(settings.quietHours.start) : ""}
          end={settings.quietHours ? formatClockTime(settings.quietHours.end) : ""}
          zoneLabel={user.context.practice.country === "AT" ? "in Österreich (Wien)" : "in Deutschland (Berlin)"}
        />
      </section>

      <section aria-labelledby="antworten" className="max-w-3xl space-y-4">
        <h2 id="antworten" className="text-lg font-semibold">
          Antworten von Patienten
        </h2>
        <p className="text-slate-700">
          Wir empfehlen, dass Patienten anrufen. Wenn Sie Antworten per SMS möchten, mieten Sie eine Antwortnummer: Sie wird Ihr Absender, und Antworten leiten wir Ihnen per E-Mail
          weiter.
        </p>
        <ForwardEmailForm email={settings.replyForwardEmail} contactEmail={settings.contactEmail} />
        <div className="space-y-2 rounded-md border border-slate-200 p-4">
          <h3 className="font-semibold">Antwortnummer · {fee}</h3>
          {settings.replyNumber && !lastDay && (
            <>
              <p className="text-sm text-slate-700">
                Ihre Antwortnummer ist <span className="font-mono">{settings.replyNumber}</span>. Gekündigt gilt sie bis zum Monatsende, danach wird sie freigegeben.
              </p>
              <ReplyNumberForm turnOn={false} submitLabel="Antwortnummer kündigen" />
            </>
          )}
          {settings.replyNumber && lastDay && (
            <>
              <p className="text-sm text-slate-700">
                Ihre Antwortnummer <span className="font-mono">{settings.replyNumber}</span> ist gekündigt und bleibt bis {lastDay} Ihre.
              </p>
              <ReplyNumberForm turnOn submitLabel="Antwortnummer behalten" />
            </>
          )}
          {!settings.replyNumber && (
            <>
              <p className="text-sm text-slate-700">
                {settings.freeReplyNumbers > 0
                  ? "Sie erhalten sofort eine Nummer; sie wird Ihr Standardabsender."
                  : "Zurzeit ist keine Antwortnummer frei. Wir richten gerade neue ein."}
              </p>
              <ReplyNumberForm turnOn submitLabel="Antwortnummer mieten" />
            </>
          )}
        </div>
      </section>
    </div>
  );
}
