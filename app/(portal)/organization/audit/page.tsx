import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { AUDIT_RETENTION_YEARS } from "@/lib/audit/retention";
import { listAuditEntries } from "@/lib/audit/list-audit";
import { requireUser } from "@/lib/auth/current-user";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

export const metadata: Metadata = { title: "Protokoll" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ role: "main" });
  const { vor } = await searchParams;
  const cursor = typeof vor === "string" ? vor : null;
  const { entries, nextCursor } = await listAuditEntries(await getDb(), actorOf(user), { cursor });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Protokoll</h1>
        <p className="max-w-3xl text-slate-700">
          Wer wann was an Zugängen, Schlüsseln, Bankverbindung und Einstellungen Ihrer Praxis geändert hat – und von wo. Neueste Einträge
          zuerst; wir bewahren sie {AUDIT_RETENTION_YEARS} Jahre auf. Niemand kann Einträge ändern oder löschen.
        </p>
      </div>

      {entries.length === 0 ? (
        <p className="text-slate-700">{cursor ? "Keine älteren Einträge." : "Noch keine Einträge."}</p>
      ) : (
        <Table>
          <TableCaption>Protokoll Ihrer Praxis, neueste Einträge zuerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Zeitpunkt</TableHead>
              <TableHead>Wer</TableHead>
              <TableHead>Was</TableHead>
              <TableHead>Einzelheiten</TableHead>
              <TableHead>Von wo</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id} className="align-top">
                <TableCell className="whitespace-nowrap">
                  {formatBerlinDate(entry.createdAt)}
                  <span className="block text-slate-600">{formatBerlinTime(entry.createdAt)} Uhr</span>
                </TableCell>
                <TableCell>{entry.actorEmail ?? <span className="text-slate-500">Praxisbote</span>}</TableCell>
                <TableCell>{entry.label}</TableCell>
                <TableCell>
                  {entry.details.length > 0 ? (
                    <dl className="space-y-0.5">
                      {entry.details.map((line) => (
                        <div key={line.label}>
                          <dt className="inline text-slate-600">{line.label}: </dt>
                          <dd className="inline">{line.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <span className="text-slate-500">–</span>
                  )}
                </TableCell>
                <TableCell>
                  {entry.ip ?? "–"}
                  {entry.userAgent && <span className="block text-slate-600">{entry.userAgent}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <nav aria-label="Seiten des Protokolls" className="flex flex-wrap gap-3">
        {cursor && (
          <Button asChild variant="outline" size="sm">
            <Link href="/organization/audit">Zu den neuesten Einträgen</Link>
          </Button>
        )}
        {nextCursor && (
          <Button asChild variant="outline" size="sm">
            <Link href={`/organization/audit?vor=${encodeURIComponent(nextCursor)}`}>Ältere Einträge</Link>
          </Button>
        )}
      </nav>
    </div>
  );
}
