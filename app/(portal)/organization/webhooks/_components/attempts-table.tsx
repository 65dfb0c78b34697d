import { ResultActionForm } from "@/components/forms/result-action-form";
import { Table, TableActionsHead, TableBody, TableCaption, TableCell, TableEmptyRow, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ListedWebhookAttempt } from "@/lib/pvs-webhooks/endpoints";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { redeliverAction } from "../actions";

const dateTime = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

/** The last attempts at one endpoint, newest first; a failed event can be sent again while the endpoint is on. */
export function AttemptsTable({ attempts, url, canRedeliver }: { attempts: ListedWebhookAttempt[]; url: string; canRedeliver: boolean }) {
  return (
    <Table>
      <TableCaption>Letzte Zustellversuche an {url}, neueste zuerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Ereignis</TableHead>
          <TableHead>Zeit</TableHead>
          <TableHead>HTTP-Status</TableHead>
          <TableHead>Dauer</TableHead>
          <TableHead>Nächster Versuch</TableHead>
          <TableHead>Fehler</TableHead>
          <TableActionsHead />
        </TableRow>
      </TableHeader>
      <TableBody>
        {attempts.length === 0 && <TableEmptyRow colSpan={7}>Noch kein Zustellversuch.</TableEmptyRow>}
        {attempts.map((attempt) => (
          <TableRow key={attempt.id} className="align-top">
            <TableCell className="whitespace-nowrap font-mono text-xs">{attempt.eventType}</TableCell>
            <TableCell className="whitespace-nowrap">{dateTime(attempt.attemptedAt)}</TableCell>
            <TableCell className={attempt.succeeded ? "text-brand-800" : "font-medium text-rose-700"}>{attempt.httpStatus ?? "keine Antwort"}</TableCell>
            <TableCell className="whitespace-nowrap">{attempt.durationMs} ms</TableCell>
            <TableCell className="whitespace-nowrap">{attempt.nextAttemptAt ? dateTime(attempt.nextAttemptAt) : <span className="text-slate-500">–</span>}</TableCell>
            <TableCell className="min-w-48">{attempt.error ?? <span className="text-slate-500">–</span>}</TableCell>
            <TableCell>
              {canRedeliver && !attempt.succeeded && attempt.deliveryId && <ResultActionForm label="Erneut senden" action={redeliverAction} fields={{ deliveryId: attempt.deliveryId }} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
