// The two roles as the portal names them; the rights behind them are in PRODUCT.md ("Users").
export const ROLE_LABELS = {
  main: "Hauptzugang",
  staff: "Teamzugang",
} as const;

export const ROLE_DESCRIPTIONS = {
  main: "Alles, auch Einstellungen, API-Key, Bankverbindung, Benutzer und Protokoll.",
  staff: "SMS und Statistiken ansehen, Rechnungen laden, geplante SMS löschen.",
} as const;

export type RoleName = keyof typeof ROLE_LABELS;

export const isRoleName = (value: unknown): value is RoleName => value === "main" || value === "staff";
