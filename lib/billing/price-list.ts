// The one price list: the landing page, the FAQ, the API's price field and invoicing read it.
// All amounts are net, in euro cents; VAT is added on the invoice.
export const PRICE_LIST = {
  currency: "EUR",
  /** Monthly base fee per practice. */
  baseFeeCents: 1900,
  /** Per SMS part, into every network at home and abroad. */
  perPartCents: 8,
  /** Monthly fee for a rented reply number whose replies we forward by e-mail. */
  replyNumberCents: 900,
  /** Months without base fee and SMS charges after sign-up (see lib/billing/trial.ts). */
  freeMonths: 1,
  vatRatePercent: 19,
} as const;

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

/** "1,23 €" — German money format. */
export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}

/** The price of a message of `segments` parts, in cents. */
export function priceForSegments(segments: number): number {
  return segments * PRICE_LIST.perPartCents;
}
