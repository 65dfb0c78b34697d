// The sign-up form's field facts the browser needs too. No imports: the form must not pull the
// password rule's dictionaries into the page (the strength meter loads them on demand).

/** A hidden field people never see; a bot that fills it gets the usual answer and nothing else. */
export const HONEYPOT_FIELD = "website";

export const COUNTRIES = [
  { code: "DE", label: "Deutschland", postalCode: /^\d{5}$/, postalCodeHint: "fünfstellig" },
  { code: "AT", label: "Österreich", postalCode: /^\d{4}$/, postalCodeHint: "vierstellig" },
] as const;

/** The fields echoed back after a refused submission (never the password). */
export const SIGN_UP_ECHOED_FIELDS = ["practiceName", "contactName", "street", "postalCode", "city", "country", "phone", "email", "acceptTerms", "acceptDataProcessing"] as const;
