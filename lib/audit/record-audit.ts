import type { Database } from "../../db/client";
import { auditLog } from "../../db/schema";

/** Every kind of entry the audit log knows, with its German label for the portal. */
export const AUDIT_ACTIONS = {
  "practice.signed_up": "Praxis registriert",
  "email.confirmed": "E-Mail-Adresse bestätigt",
  "login.succeeded": "Anmeldung",
  "login.failed": "Anmeldung fehlgeschlagen",
  "login.locked": "Anmeldung gesperrt (zu viele Versuche)",
  "logout.everywhere": "Auf allen Geräten abgemeldet",
  "password.changed": "Passwort geändert",
  "password.reset": "Passwort zurückgesetzt",
  "two_factor.enabled": "Zwei-Faktor-Anmeldung eingeschaltet",
  "two_factor.disabled": "Zwei-Faktor-Anmeldung ausgeschaltet",
  "two_factor.required": "Zwei-Faktor-Anmeldung für alle verlangt",
  "two_factor.not_required": "Zwei-Faktor-Anmeldung nicht mehr für alle verlangt",
  "recovery_code.used": "Wiederherstellungscode verwendet",
  "user.invited": "Benutzer eingeladen",
  "user.invitation_revoked": "Einladung zurückgezogen",
  "user.created": "Benutzer vom Praxisbote-Team angelegt",
  "user.joined": "Einladung angenommen",
  "user.role_changed": "Rolle geändert",
  "user.removed": "Benutzer entfernt",
  "user.email_changed": "E-Mail-Adresse geändert",
  "user.renamed": "Name geändert",
  "api_key.created": "API-Key erstellt",
  "api_key.rotated": "API-Key erneuert",
  "api_key.revoked": "API-Key widerrufen",
  "bank_details.changed": "Bankverbindung geändert",
  "practice.changed": "Praxisdaten geändert",
  "location.added": "Standort angelegt",
  "location.changed": "Standort geändert",
  "location.removed": "Standort gelöscht",
  "sms_settings.changed": "SMS-Einstellungen geändert",
  "opt_out.lifted": "Abmeldung eines Patienten aufgehoben",
  "webhook_endpoint.created": "Webhook-Endpunkt angelegt",
  "webhook_endpoint.changed": "Webhook-Endpunkt geändert",
  "webhook_endpoint.secret_rotated": "Webhook-Secret erneuert",
  "webhook_endpoint.deleted": "Webhook-Endpunkt gelöscht",
  "webhook_endpoint.reenabled": "Webhook-Endpunkt wieder aktiviert",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  practiceId: string;
  action: AuditAction;
  actor?: { userId: string | null; email: string | null };
  /** What changed: for settings `{ field: { from, to } }`, with IBANs already masked. */
  details?: Record<string, unknown>;
  /** Where from: the client's IP and a shortened user agent. */
  origin?: { ip: string | null; userAgent: string | null };
}

const MAX_USER_AGENT = 120;

/** Appends one entry. The table refuses updates and deletes (see the migration's trigger). */
export async function recordAudit(db: Database, entry: AuditEntry, now = new Date()): Promise<void> {
  await db.insert(auditLog).values({
    practiceId: entry.practiceId,
    action: entry.action,
    actorUserId: entry.actor?.userId ?? null,
    actorEmail: entry.actor?.email ?? null,
    details: entry.details ?? null,
    ip: entry.origin?.ip ?? null,
    userAgent: entry.origin?.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    createdAt: now,
  });
}

/** "DE89 •••• •••• •••• 3000": enough to recognise an IBAN, not enough to use it. */
export function maskIban(iban: string | null): string | null {
  if (!iban) return null;
  const compact = iban.replace(/\s/g, "").toUpperCase();
  return `${compact.slice(0, 4)} •••• •••• •••• ${compact.slice(-4)}`;
}
