import type { z } from "zod";
import type { PracticeContext } from "../practices/practice-context";
import type { keyCheckSchema } from "./schemas";

export type KeyCheck = z.infer<typeof keyCheckSchema>;

/**
 * What the PVS's "Key-Check" shows: the key is valid, for which practice — and, while the
 * sign-up address is unconfirmed, why real SMS will be refused, so nobody looks for the fault
 * in the PVS settings.
 */
export function keyCheckBody(caller: PracticeContext, realCarrier: boolean): KeyCheck {
  const confirmed = caller.practice.emailConfirmed;
  return {
    valid: true,
    practice: { id: caller.practice.id, name: caller.practice.name },
    location: caller.location?.code ?? null,
    sandbox: caller.sandbox,
    confirmed,
    hint: confirmed
      ? null
      : realCarrier
        ? "Der API-Key ist richtig eingetragen. Ihre Praxis hat ihre E-Mail-Adresse aber noch nicht bestätigt: Bis dahin lehnen wir SMS mit dem Fehler account_not_confirmed ab. Bitte klicken Sie auf den Link in unserer Willkommens-E-Mail oder fordern Sie in der Übersicht des Portals einen neuen an."
        : "Der API-Key ist richtig eingetragen. Bitte bestätigen Sie noch die E-Mail-Adresse Ihrer Praxis (Link in unserer Willkommens-E-Mail): Ohne Bestätigung werden später keine echten SMS verschickt.",
  };
}
