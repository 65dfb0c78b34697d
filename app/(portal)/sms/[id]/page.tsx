import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { PartList } from "@/components/sms/part-list";
import { StatusBadge } from "@/components/sms/status-badge";
import { TestBadge } from "@/components/sms/test-badge";
import { requireUser } from "@/lib/auth/current-user";
import { formatCents } from "@/lib/billing/price-list";
import { DomainError } from "@/lib/errors/domain-error";
import { findSentSmsDetail, type SentSmsDetail } from "@/lib/messages/sent-sms";
import { SENT_SMS_DAYS } from "@/lib/messages/sent-sms-filters";
import { segmentSms } from "@/lib/sms/segments";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

export const metadata: Metadata = { title: "SMS im Detail" };

const ERASED = "gelöscht";
const when = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

async function loadDetail(practiceId: string, id: string): Promise<SentSmsDetail> {
  try {
    return await findSentSmsDetail(await getDb(), practiceId, id);
  } catch (error) {
    // Another practice's id looks exactly like one that does not exist.
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function SentSmsDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { message, history, replies } = await loadDetail(user.practice.id, id);
  const parts = message.text === null ? null : segmentSms(message.text);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/sms" className="text-sm text-brand-700 underline">
          ← Gesendete SMS
        </Link>
        <h1 className="text-2xl font-bold">SMS vom {when(message.createdAt)}</h1>
        <div className="flex gap-2">
          <StatusBadge status={message.status} />
          {message.sandbox && <TestBadge />}
        </div>
      </div>

      <section aria-labelledby="angaben" className="space-y-2">
        <h2 id="angaben" className="text-lg font-semibold">
          Angaben
        </h2>
        <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
          <Fact label="Empfänger">{message.recipient ? <span className="font-mono">{message.recipient}</span> : ERASED}</Fact>
          <Fact label="Absender">{message.sender}</Fact>
          <Fact label="Versand geplant für">{when(message.sendAt)}</Fact>
          {message.expiresAt && <Fact label="Nicht mehr versenden ab">{when(message.expiresAt)}</Fact>}
          {message.handedOverAt && <Fact label="An den Netzbetreiber übergeben">{when(message.handedOverAt)}</Fact>}
          <Fact label="Kodierung">
            {message.encoding} · {message.characters} Zeichen · {message.segments} {message.segments === 1 ? "Teil" : "Teile"}
          </Fact>
          <Fact label="Preis">
            {formatCents(message.priceCents)} (netto){message.sandbox && " – Test-SMS an den Simulator, nicht berechnet"}
          </Fact>
          <Fact label="Referenz">{message.clientReference ?? "–"}</Fact>
          <Fact label="Standort">
            {message.locationName ? `${message.locationName} (${message.locationCode})` : "–"}
          </Fact>
          {message.statusReason && <Fact label="Grund">{message.statusReason}</Fact>}
        </dl>
      </section>

      <section aria-labelledby="text" className="space-y-2">
        <h2 id="text" className="text-lg font-semibold">
          Text
        </h2>
        {parts === null || message.text === null ? (
          <p className="text-slate-700">
            {ERASED} – Nummer und Text löschen wir {SENT_SMS_DAYS} Tage nach dem letzten Status; Anzahl der Teile und Preis bleiben für Statistik und Rechnung.
          </p>
        ) : (
          <>
            <p className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4">{message.text}</p>
            <PartList parts={parts.parts} encoding={parts.encoding} title="So kommt die SMS an" />
          </>
        )}
      </section>

      <section aria-labelledby="verlauf" className="space-y-2">
        <h2 id="verlauf" className="text-lg font-semibold">
          Statusverlauf
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-700">Noch keine Statusmeldung.</p>
        ) : (
          <ol className="space-y-2">
            {history.map((event, index) => (
              <li key={index} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-white px-3 py-2">
                <time dateTime={event.receivedAt.toISOString()} className="whitespace-nowrap text-sm text-slate-600">
                  {when(event.receivedAt)}
                </time>
                <StatusBadge status={event.status} />
                {event.carrierStatus && (
                  <span className="text-sm">
                    Code des Netzbetreibers: <code className="font-mono">{event.carrierStatus}</code>
                  </span>
                )}
                {event.detail && <span className="text-sm text-slate-700">{event.detail}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="antwort" className="space-y-2">
        <h2 id="antwort" className="text-lg font-semibold">
          Antwort
        </h2>
        {replies.length === 0 ? (
          <p className="text-slate-700">Keine Antwort auf diese SMS.</p>
        ) : (
          <ul className="space-y-2">
            {replies.map((reply) => (
              <li key={reply.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-600">
                  {when(reply.receivedAt)}
                  {reply.fromNumber && <> · von <span className="font-mono">{reply.fromNumber}</span></>}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words">{reply.text ?? ERASED}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
