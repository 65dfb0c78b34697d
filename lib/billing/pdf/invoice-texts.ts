import type { InvoiceDocument } from "../invoice-document";
import { formatCents } from "../price-list";

// German texts that the PDF and the e-invoice XML both print, so the two never word them apart.

/** §14a Abs. 5 UStG: the wording the law asks for on a reverse-charge invoice. */
export const REVERSE_CHARGE_NOTE = "Steuerschuldnerschaft des Leistungsempfängers";

/** "Rechnung 2026-000123" or "Stornorechnung 2026-000187". */
export function documentTitle(doc: InvoiceDocument): string {
  return `${doc.kind === "cancellation" ? "Stornorechnung" : "Rechnung"} ${doc.number}`;
}

/** "2026-12-08" → "08.12.2026" (the document's dates are already Berlin calendar days). */
export function formatDocumentDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

/** "DE02120300000000202051" → "DE…2051": an IBAN as a pre-notification may print it. */
export function maskDebtorIban(iban: string): string {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  return `${compact.slice(0, 2)}…${compact.slice(-4)}`;
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00". */
export function formatIban(iban: string): string {
  return iban.replace(/\s/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
}

/** The payment terms (BT-20): the SEPA pre-notification, or the transfer with due date and reference. */
export function paymentTermsText(doc: InvoiceDocument): string {
  const { payment, seller } = doc;
  const total = formatCents(Math.abs(doc.grossCents));
  if (doc.kind === "cancellation") {
    const original = doc.cancels ? `die Rechnung ${doc.cancels.number}` : "die stornierte Rechnung";
    const account = payment.method === "sepa_direct_debit" ? ` auf Ihr Konto IBAN ${maskDebtorIban(payment.debtorIban)}` : "";
    return `Wurde ${original} bereits bezahlt, erstatten wir Ihnen ${total}${account}; andernfalls entfällt die Zahlung.`;
  }
  if (payment.method === "sepa_direct_debit") {
    return (
      `Der Betrag von ${total} wird am ${formatDocumentDate(payment.debitDate)} per SEPA-Lastschrift ` +
      `von Ihrem Konto IBAN ${maskDebtorIban(payment.debtorIban)} (Mandatsreferenz ${payment.mandateReference}, ` +
      `Gläubiger-ID ${seller.sepaCreditorId}) eingezogen. Bitte sorgen Sie für ausreichende Deckung.`
    );
  }
  return (
    `Bitte überweisen Sie ${total} ohne Abzug bis zum ${formatDocumentDate(payment.dueDate)} ` +
    `auf das Konto IBAN ${formatIban(seller.iban)} (BIC ${seller.bic}, ${seller.bankName}), ` +
    `Verwendungszweck: ${doc.number}.`
  );
}

const count = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });

/** "1.234" — whole numbers the German way. */
export function formatCount(value: number): string {
  return count.format(value);
}
