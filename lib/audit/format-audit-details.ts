import { ROLE_LABELS } from "../accounts/roles";
import { formatBerlinDate } from "../time/berlin";
import { maskIban } from "./record-audit";

export interface AuditDetailLine {
  label: string;
  value: string;
}

// German names of the detail fields the portal writes, in the order shown; a field not listed shows its key.
const FIELD_LABELS: Record<string, string> = {
  user: "Benutzer",
  email: "E-Mail",
  name: "Name",
  role: "Rolle",
  iban: "IBAN",
  bic: "BIC",
  location: "Standort",
  code: "Standort-Code",
  street: "Straße",
  postalCode: "PLZ",
  city: "Ort",
  contactName: "Ansprechperson",
  contactPhone: "Telefon",
  billingEmail: "E-Mail für Rechnungen",
  vatId: "USt-IdNr.",
  billingName: "Kontoinhaber",
  mandateReference: "Mandatsreferenz",
  mandateAcceptedAt: "SEPA-Mandat erteilt",
  step: "Schritt",
  prefix: "Key",
  optimiseCharacters: "Zeichenoptimierung",
  defaultSender: "Standardabsender",
  sender: "Absender",
  monthlyPartLimit: "Monatslimit (SMS-Teile)",
  replyForwardEmail: "Antworten an",
  replyNumber: "Antwortnummer",
  replyNumberReleaseAt: "Antwortnummer endet",
  quietHours: "Versandfenster",
  number: "Nummer",
  optedOutAt: "Abgemeldet seit",
};

/** `{ role: { from: "main", to: "staff" } }` → "Rolle: Hauptzugang → Teamzugang". */
export function describeAuditDetails(details: unknown): AuditDetailLine[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  // jsonb keeps its own key order (shortest first): show the known fields in the order above.
  const rank = (key: string) => (key in FIELD_LABELS ? Object.keys(FIELD_LABELS).indexOf(key) : Number.MAX_SAFE_INTEGER);
  const entries = Object.entries(details as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b));
  return entries.map(([key, value]) => ({
    label: FIELD_LABELS[key] ?? key,
    value: isChange(value) ? `${formatValue(key, value.from)} → ${formatValue(key, value.to)}` : formatValue(key, value),
  }));
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return Boolean(value) && typeof value === "object" && "from" in (value as object) && "to" in (value as object);
}

function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (key === "role" && (value === "main" || value === "staff")) return ROLE_LABELS[value];
  // Writers mask IBANs already; an unmasked one must still never reach the page.
  if (/iban/i.test(key) && typeof value === "string" && !value.includes("•")) return maskIban(value) ?? "—";
  // Moments are stored as ISO text (`…At`) and shown as German dates.
  if (key.endsWith("At") && typeof value === "string" && !Number.isNaN(Date.parse(value))) return formatBerlinDate(new Date(value));
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
