import type { InvoiceTax } from "../invoice-document";
import { PRICE_LIST } from "../price-list";

/** An Austrian UID as the VIES register writes it: ATU and 8 digits. */
export const AUSTRIAN_UID = /^ATU\d{8}$/;

/** The UID as typed ("atu 1234 5678") in the register's form ("ATU12345678"). */
export const normaliseVatId = (vatId: string | null | undefined): string | null => {
  const compact = (vatId ?? "").replace(/[\s.-]/g, "").toUpperCase();
  return compact || null;
};

/** Half up to the cent, symmetric for negative amounts (cancellations). */
export function roundHalfUp(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator);
  return (sign * Math.floor((Math.abs(numerator) * 2 + denominator) / (2 * denominator))) || 0;
}

/**
 * Austrian businesses with a valid UID get the service without German VAT (reverse charge,
 * §13b UStG / Art. 196 MwStSystRL); everyone else pays German VAT, computed once on the net total.
 */
export function taxFor(country: string, vatId: string | null, netCents: number): InvoiceTax {
  const uid = normaliseVatId(vatId);
  if (country === "AT" && uid && AUSTRIAN_UID.test(uid)) return { kind: "reverse_charge", ratePercent: 0, amountCents: 0 };
  const ratePercent = PRICE_LIST.vatRatePercent;
  return { kind: "standard", ratePercent, amountCents: roundHalfUp(netCents * ratePercent, 100) };
}
