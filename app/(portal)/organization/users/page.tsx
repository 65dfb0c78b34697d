import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { Badge } from "@/components/ui/badge";
import { Table, TableActionsHead, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { listInvitations } from "@/lib/accounts/invitations";
import { ROLE_LABELS } from "@/lib/accounts/roles";
import { listUsers } from "@/lib/accounts/users";
import { requireUser } from "@/lib/auth/current-user";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { revokeInvitationAction } from "./actions";
import { InlineActionForm } from "@/components/forms/confirm-action-dialog";
import { InviteForm } from "./_components/invite-form";
import { UserActions } from "./_components/user-actions";

export const metadata: Metadata = { title: "Benutzer" };

const dateTime = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

export default async function UsersPage() {
  const user = await requireUser({ role: "main" });
  const db = await getDb();
  const actor = actorOf(user);
  const [people, invitations] = await Promise.all([listUsers(db, actor), listInvitations(db, actor)]);
  const mainCount = people.filter((person) => person.role === "main").length;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Benutzer</h1>
        <p className="max-w-3xl text-slate-700">
          Wer sich für Ihre Praxis anmelden darf. Ein {ROLE_LABELS.main} verwaltet alles; ein {ROLE_LABELS.staff} sieht SMS, Statistiken und
          Rechnungen und kann geplante SMS löschen. Ihre Praxis behält immer mindestens einen {ROLE_LABELS.main}.
        </p>
      </div>

      <section aria-labelledby="benutzer-liste" className="space-y-3">
        <h2 id="benutzer-liste" className="text-lg font-semibold">
          Zugänge
        </h2>
        <Table>
          <TableCaption>Benutzer Ihrer Praxis</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>E-Mail-Adresse</TableHead>
              <TableHead>Rolle</TableHead>
              <TableHead>Zwei-Faktor</TableHead>
              <TableHead>Letzte Anmeldung</TableHead>
              <TableActionsHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {people.map((person) => (
              <TableRow key={person.id}>
                <TableCell>
                  {person.name ?? <span className="text-slate-500">–</span>}
                  {person.id === user.id && <span className="text-slate-600"> (Sie)</span>}
                </TableCell>
                <TableCell>{person.email}</TableCell>
                <TableCell>
                  <Badge variant={person.role === "main" ? "brand" : "neutral"}>{ROLE_LABELS[person.role]}</Badge>
                </TableCell>
                <TableCell>{person.twoFactor ? "an" : "aus"}</TableCell>
                <TableCell>{person.lastLoginAt ? dateTime(person.lastLoginAt) : <span className="text-slate-500">noch nie</span>}</TableCell>
                <TableCell>
                  <UserActions user={person} isSelf={person.id === user.id} isOnlyMain={person.role === "main" && mainCount === 1} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="einladen" className="max-w-xl space-y-3">
        <h2 id="einladen" className="text-lg font-semibold">
          Jemanden einladen
        </h2>
        <InviteForm />
      </section>

      {invitations.length > 0 && (
        <section aria-labelledby="einladungen" className="space-y-3">
          <h2 id="einladungen" className="text-lg font-semibold">
            Offene Einladungen
          </h2>
          <Table>
            <TableCaption>Einladungen, die noch nicht angenommen wurden</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>E-Mail-Adresse</TableHead>
                <TableHead>Rolle</TableHead>
                <TableHead>Eingeladen</TableHead>
                <TableHead>Gültig bis</TableHead>
                <TableActionsHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id}>
                  <TableCell>{invitation.email}</TableCell>
                  <TableCell>{ROLE_LABELS[invitation.role]}</TableCell>
                  <TableCell>
                    {formatBerlinDate(invitation.createdAt)}
                    {invitation.invitedBy && <span className="text-slate-600"> von {invitation.invitedBy}</span>}
                  </TableCell>
                  <TableCell>{dateTime(invitation.expiresAt)}</TableCell>
                  <TableCell>
                    <InlineActionForm label="Zurückziehen" action={revokeInvitationAction} fields={{ invitationId: invitation.id }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
