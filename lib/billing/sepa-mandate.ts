import { electronicFormatIBAN, friendlyFormatIBAN, isSEPACountry, isValidBIC, isValidIBAN } from "ibantools";

// The SEPA core direct-debit mandate (SEPA-Basislastschrift) a practice grants us. Pure: the
// creditor's name and id come from the caller (lib/billing/sepa-creditor.ts reads them).

/** Changes whenever the wording below changes: a practice that accepted an older wording accepts again. */
export const SEPA_MANDATE_VERSION = "2026-11-basis-v1";

export interface SepaCreditor {
  name: string;
  /** Gläubiger-Identifikationsnummer (e.g. DE98ZZZ09999999999). */
  id: string;
}

/** The mandate's paragraphs, in the standard German wording of the Deutsche Kreditwirtschaft. */
export function sepaMandateText(creditor: SepaCreditor, reference: string): string[] {
  return [
    `SEPA-Lastschriftmandat (SEPA-Basislastschrift) für wiederkehrende Zahlungen. Zahlungsempfänger: ${creditor.name}, Gläubiger-Identifikationsnummer ${creditor.id}, Mandatsreferenz ${reference}.`,
    `Ich ermächtige / Wir ermächtigen ${creditor.name}, Zahlungen von meinem / unserem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein / weisen wir unser Kreditinstitut an, die von ${creditor.name} auf mein / unser Konto gezogenen Lastschriften einzulösen.`,
    "Hinweis: Ich kann / Wir können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem / unserem Kreditinstitut vereinbarten Bedingungen.",
    "Den Betrag und das Datum jeder Abbuchung kündigen wir spätestens einen Tag vorher mit der Monatsrechnung an.",
  ];
}

const REFERENCE = /^PB-([0-9A-F]{12})-(\d+)$/;

/**
 * The next mandate reference of a practice: "PB-" + the first 12 hex digits of its id + a running
 * number, so each new mandate (a new IBAN) gets a new reference and references never repeat
 * (ids are random v4 uuids, so 48 bits; the column is unique as a backstop). Allowed characters
 * and the 35-character limit of SEPA hold.
 */
export function nextMandateReference(practiceId: string, current: string | null): string {
  const prefix = practiceId.replace(/-/g, "").slice(0, 12).toUpperCase();
  const match = current?.match(REFERENCE);
  const number = match && match[1] === prefix ? Number(match[2]) + 1 : 1;
  return `PB-${prefix}-${number}`;
}

/** "de89 3704 0044-0532013000" → "DE89370400440532013000": how we store it. */
export const compactIban = (input: string): string => electronicFormatIBAN(input) ?? "";

/** "DE89 3704 0044 0532 0130 00": how we show it. */
export const groupIban = (iban: string | null): string | null => (iban ? friendlyFormatIBAN(iban) : null);

/** A German reason why an IBAN (already compact) cannot be used for direct debit, else null. */
export function ibanProblem(iban: string): string | null {
  if (!iban) return "Bitte geben Sie die IBAN an.";
  if (!isValidIBAN(iban)) return "Diese IBAN ist ungültig. Bitte prüfen Sie Länderkennung, Prüfziffer und Länge, z. B. DE89 3704 0044 0532 0130 00.";
  if (!isSEPACountry(iban.slice(0, 2))) return "Lastschriften sind nur von Konten im SEPA-Raum möglich.";
  return null;
}

/**
 * German and Austrian IBANs need no BIC: within the EEA a SEPA direct debit is IBAN-only (EU
 * Regulation 260/2012, since 2016) and our bank finds the BIC. Outside the EEA (CH, GB, …) SEPA
 * still wants it. A BIC given is always checked, and must be of the IBAN's country.
 */
export function bicProblem(bic: string, iban: string): string | null {
  const ibanCountry = iban.slice(0, 2);
  if (!bic) return ibanCountry === "DE" || ibanCountry === "AT" || !ibanCountry ? null : "Für Konten außerhalb Deutschlands und Österreichs brauchen wir die BIC.";
  if (!isValidBIC(bic)) return "Diese BIC ist ungültig (8 oder 11 Zeichen, z. B. COBADEFFXXX).";
  if (ibanCountry && bic.slice(4, 6) !== ibanCountry) return "Die BIC gehört zu einem anderen Land als die IBAN.";
  return null;
}
