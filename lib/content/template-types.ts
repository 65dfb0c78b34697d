// Shape of the template gallery content (lib/content/templates.ts).
export const PLACEHOLDER_KEYS = ["Anrede", "Vorname", "Nachname", "Datum", "Uhrzeit", "Praxis", "Telefon", "Link"] as const;
export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number];

export interface Placeholder {
  key: PlaceholderKey;
  label: string;
  /** Shown and editable in the gallery. */
  example: string;
  /** A plausible long value, to warn when a template could need another part. */
  worstCase: string;
}

export type TemplateCategory = "terminerinnerung" | "recall" | "recall-online";

export interface SmsTemplate {
  id: string;
  category: TemplateCategory;
  /** Text with placeholders such as {Vorname}. */
  text: string;
}
