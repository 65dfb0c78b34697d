import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { Table, TableActionsHead, TableBody, TableCaption, TableCell, TableEmptyRow, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { listOptOuts } from "@/lib/opt-outs/opt-outs";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { LiftOptOutButton } from "./_components/lift-opt-out";

export const metadata: Metadata = { title: "Abmeldungen" };

export default async function OptOutsPage() {
  const user = await requireUser({ role: "main" });
  const optOuts = await listOptOuts(await getDb(), actorOf(user));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Abmeldungen</h1>
        <p className="max-w-3xl text-slate-700">
          Patientinnen und Patienten, die auf eine SMS Ihrer Praxis nur mit STOP, STOPP, ENDE, ABMELDEN oder ABBESTELLEN geantwortet haben. An diese Nummern nimmt Praxisbote keine
          SMS mehr an (die API antwortet mit 422 recipient_opted_out); berechnet wird dafür nichts. Die Sperre bleibt bestehen, bis Sie sie aufheben – etwa wenn die Person wieder
          einwilligt. Den Text der Antwort sehen Sie, solange wir die Antwort aufbewahren (60 Tage).
        </p>
      </div>

      <Table>
        <TableCaption>Abgemeldete Nummern Ihrer Praxis, neueste zuerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Nummer</TableHead>
            <TableHead>Abgemeldet am</TableHead>
            <TableHead>Antwort</TableHead>
            <TableActionsHead />
          </TableRow>
        </TableHeader>
        <TableBody>
          {optOuts.length === 0 && <TableEmptyRow colSpan={4}>Niemand hat sich abgemeldet.</TableEmptyRow>}
          {optOuts.map((optOut) => (
            <TableRow key={optOut.id} className="align-top">
              <TableCell className="whitespace-nowrap font-mono">{optOut.maskedNumber}</TableCell>
              <TableCell className="whitespace-nowrap">
                {formatBerlinDate(optOut.createdAt)}
                <span className="block text-slate-600">{formatBerlinTime(optOut.createdAt)} Uhr</span>
              </TableCell>
              <TableCell>{optOut.replyText ?? <span className="text-slate-500">nach 60 Tagen gelöscht</span>}</TableCell>
              <TableCell>
                <LiftOptOutButton optOutId={optOut.id} maskedNumber={optOut.maskedNumber} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
