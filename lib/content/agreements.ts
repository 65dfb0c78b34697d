// The versions of our terms (AGB) and of the data-processing agreement (AVV) a practice accepts
// at sign-up. One place: the pages show them, the sign-up stores them with each acceptance.
// Change a text → raise its version here, so that every acceptance names the text it was given.

export const TERMS_VERSION = "2026-11";
export const DATA_PROCESSING_VERSION = "2026-11";

export const AGREEMENTS = {
  terms: { version: TERMS_VERSION, title: "Allgemeine Geschäftsbedingungen", shortTitle: "AGB", path: "/agb" },
  data_processing: {
    version: DATA_PROCESSING_VERSION,
    title: "Vertrag über die Auftragsverarbeitung",
    shortTitle: "Auftragsverarbeitungsvertrag",
    path: "/avv",
  },
} as const;

export type AgreementDocument = keyof typeof AGREEMENTS;

/** "Fassung 2026-11" → "Fassung November 2026", as the pages and the form show it. */
export function versionLabel(version: string): string {
  const [year, month] = version.split("-").map(Number);
  const name = new Intl.DateTimeFormat("de-DE", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
  return `${name} ${year}`;
}
