import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Button } from "@/components/ui/button";
import { TestBadge } from "@/components/sms/test-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { listPracticeLocations, listSentSms } from "@/lib/messages/sent-sms";
import { filterQuery, parseSentSmsFilters, SENT_SMS_DAYS, toSearchParams } from "@/lib/messages/sent-sms-filters";
import { maskPhoneNumber } from "@/lib/sms/phone-number";
import { berlinDayString, formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { LiveStatus, StatusPoller } from "./_components/live-status";
import { SmsFilters } from "./_components/sms-filters";

export const metadata: Metadata = { title: "Gesendete SMS" };

const ERASED = "gelöscht";

/** The first words of a text, cut at a word boundary. */
function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

export default async function SentSmsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = toSearchParams(await searchParams);
  const { filters, values, errors } = parseSentSmsFilters(params, user.context.practice.country);
  const cursor = params.get("nach");
  const db = await getDb();
  const hasErrors = Object.keys(errors).length > 0;
  const filtered = Object.values(values).some(Boolean);
  const [locations, page] = await Promise.all([
    listPracticeLocations(db, user.practice.id),
    hasErrors ? null : listSentSms(db, user.practice.id, filters, { cursor }),
  ]);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Gesendete SMS</h1>
        <p className="max-w-3xl text-slate-700">
          Die SMS Ihrer Praxis der letzten {SENT_SMS_DAYS} Tage, neueste zuerst. Der Status aktualisiert sich von selbst; ein Klick auf den
          Text zeigt die ganze SMS mit allen Rückmeldungen des Netzbetreibers.
        </p>
      </div>

      <SmsFilters
        values={values}
        errors={errors}
        locations={locations}
        earliestDay={berlinDayString(filters.from)}
        exportHref={`/sms/export${filterQuery(values)}`}
      />

      {hasErrors ? (
        <p role="alert" className="text-rose-700">
          Bitte korrigieren Sie die markierten Filter.
        </p>
      ) : page && page.rows.length === 0 ? (
        <EmptyState filtered={filtered} paged={Boolean(cursor)} />
      ) : (
        page && (
          <StatusPoller initial={page.rows.map((row) => ({ id: row.id, status: row.status, statusAt: row.statusAt?.toISOString() ?? null }))}>
            <Table>
              <TableCaption>Gesendete SMS, neueste zuerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Zeitpunkt</TableHead>
                  <TableHead>Empfänger</TableHead>
                  <TableHead>Absender</TableHead>
                  <TableHead>Text</TableHead>
                  <TableHead className="text-right">Teile</TableHead>
                  <TableHead>Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.rows.map((row) => (
                  <TableRow key={row.id} className="align-top">
                    <TableCell className="whitespace-nowrap">
                      {formatBerlinDate(row.createdAt)}
                      <span className="block text-slate-600">{formatBerlinTime(row.createdAt)} Uhr</span>
                    </TableCell>
                    <TableCell className="whitespace-nowrap font-mono">
                      {row.recipient ? maskPhoneNumber(row.recipient) : <span className="font-sans text-slate-500">{ERASED}</span>}
                    </TableCell>
                    <TableCell>{row.sender}</TableCell>
                    <TableCell className="min-w-48">
                      <Link href={`/sms/${row.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
                        {row.text === null ? ERASED : firstWords(row.text) || "(leer)"}
                      </Link>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{row.segments}</TableCell>
                    <TableCell>
                      <LiveStatus id={row.id} />
                      {row.sandbox && (
                        <span className="mt-1 block">
                          <TestBadge />
                        </span>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </StatusPoller>
        )
      )}

      <nav aria-label="Seiten der SMS-Liste" className="flex flex-wrap gap-3">
        {cursor && (
          <Button asChild variant="outline" size="sm">
            <Link href={`/sms${filterQuery(values)}`}>Zu den neuesten SMS</Link>
          </Button>
        )}
        {page?.nextCursor && (
          <Button asChild variant="outline" size="sm">
            <Link href={`/sms${filterQuery(values, { nach: page.nextCursor })}`}>Ältere SMS</Link>
          </Button>
        )}
      </nav>
    </div>
  );
}

function EmptyState({ filtered, paged }: { filtered: boolean; paged: boolean }) {
  if (paged) return <p className="text-slate-700">Keine älteren SMS.</p>;
  if (filtered) {
    return (
      <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
        <p className="font-semibold">Keine SMS passen zu diesen Filtern.</p>
        <p className="text-slate-700">
          Prüfen Sie Zeitraum und Nummer oder{" "}
          <Link href="/sms" className="text-brand-700 underline">
            setzen Sie die Filter zurück
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
      <p className="font-semibold">In den letzten {SENT_SMS_DAYS} Tagen hat Ihre Praxis keine SMS gesendet.</p>
      <p className="max-w-2xl text-slate-700">
        SMS kommen aus Ihrer Praxissoftware über unsere Schnittstelle. Die{" "}
        <Link href="/uebersicht" className="text-brand-700 underline">
          Übersicht
        </Link>{" "}
        zeigt die ersten Schritte, die{" "}
        <Link href="/api-dokumentation" className="text-brand-700 underline">
          API-Dokumentation
        </Link>{" "}
        erklärt die Anbindung für Ihren Softwareanbieter. Sobald die erste SMS verschickt ist, erscheint sie hier.
      </p>
    </div>
  );
}
