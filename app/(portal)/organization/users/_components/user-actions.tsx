"use client";

import { ROLE_LABELS } from "@/lib/accounts/roles";
import { changeRoleAction, removeUserAction } from "../actions";
import { ConfirmActionDialog, InlineActionForm } from "@/components/forms/confirm-action-dialog";

export interface UserActionsProps {
  user: { id: string; email: string; name: string | null; role: "main" | "staff" };
  isSelf: boolean;
  /** The practice's only main user: neither demoted nor removed (the server says so too). */
  isOnlyMain: boolean;
}

export function UserActions({ user, isSelf, isOnlyMain }: UserActionsProps) {
  const who = user.name ? `${user.name} (${user.email})` : user.email;
  if (isOnlyMain) return <span className="text-sm text-slate-600">Einziger {ROLE_LABELS.main} – bleibt bestehen</span>;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {user.role === "staff" ? (
        <InlineActionForm label={`Zum ${ROLE_LABELS.main} machen`} action={changeRoleAction} fields={{ userId: user.id, role: "main" }} />
      ) : (
        <ConfirmActionDialog
          triggerLabel={`Zum ${ROLE_LABELS.staff} machen`}
          title={isSelf ? "Hauptzugang abgeben?" : `${ROLE_LABELS.main} entziehen?`}
          description={
            isSelf ? (
              <p>Sie können danach keine Einstellungen, API-Keys, Bankdaten und Benutzer mehr verwalten und werden sofort abgemeldet.</p>
            ) : (
              <p>
                {who} kann danach keine Einstellungen, API-Keys, Bankdaten und Benutzer mehr verwalten und wird auf allen Geräten abgemeldet.
              </p>
            )
          }
          confirmLabel={`Zum ${ROLE_LABELS.staff} machen`}
          action={changeRoleAction}
          fields={{ userId: user.id, role: "staff" }}
        />
      )}
      <ConfirmActionDialog
        triggerLabel="Entfernen"
        title={isSelf ? "Eigenen Zugang löschen?" : "Benutzer entfernen?"}
        description={
          isSelf ? (
            <p>Ihr Zugang wird gelöscht und Sie werden sofort abgemeldet. Das lässt sich nicht rückgängig machen.</p>
          ) : (
            <p>
              {who} kann sich danach nicht mehr anmelden; offene Sitzungen enden sofort. Die Einträge im Protokoll bleiben erhalten. Eine
              neue Einladung ist jederzeit möglich.
            </p>
          )
        }
        confirmLabel={isSelf ? "Zugang löschen" : "Entfernen"}
        action={removeUserAction}
        fields={{ userId: user.id }}
      />
    </div>
  );
}
