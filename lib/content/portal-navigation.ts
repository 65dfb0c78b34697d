// The portal's navigation: one list for the shell, with the role each item needs. Staff may
// read messages, statistics and invoices and cancel scheduled SMS; the rest is for main users.

export interface PortalNavItem {
  href: string;
  label: string;
  mainOnly: boolean;
}

export const PORTAL_NAVIGATION: PortalNavItem[] = [
  { href: "/uebersicht", label: "Übersicht", mainOnly: false },
  { href: "/sms", label: "Gesendete SMS", mainOnly: false },
  { href: "/sms/scheduled", label: "Geplante SMS", mainOnly: false },
  { href: "/sms/antworten", label: "Antworten", mainOnly: false },
  // A test SMS is billed like any other: main users only.
  { href: "/sms/test", label: "Test-SMS", mainOnly: true },
  { href: "/stat/activity", label: "Statistiken", mainOnly: false },
  { href: "/stat/invoice", label: "Rechnungen", mainOnly: false },
  { href: "/organization/settings", label: "Organisation", mainOnly: true },
  { href: "/organization/apikey", label: "API-Keys", mainOnly: true },
  { href: "/organization/webhooks", label: "Webhooks", mainOnly: true },
  // Top-level, not under Organisation: the shell has no sub-navigation, and each is looked up on its own.
  { href: "/organization/users", label: "Benutzer", mainOnly: true },
  { href: "/organization/sms", label: "SMS-Einstellungen", mainOnly: true },
  { href: "/organization/opt-outs", label: "Abmeldungen", mainOnly: true },
  { href: "/organization/audit", label: "Protokoll", mainOnly: true },
  { href: "/konto", label: "Konto", mainOnly: false },
];

export const navigationFor = (role: "main" | "staff") => PORTAL_NAVIGATION.filter((item) => role === "main" || !item.mainOnly);
