// The service providers that receive patient data, as configured: the privacy statement names
// only those this installation actually uses.
import { env, type Env } from "../env";

export interface Processor {
  purpose: string;
  /** Name and seat; null when this installation uses no such provider. */
  provider: string | null;
  /** What happens instead when no provider is configured. */
  withoutProvider: string;
  detail: string;
}

type ProcessorSource = Pick<Env, "CARRIER" | "RESEND_API_KEY">;

export function resolveProcessors(source: ProcessorSource): Processor[] {
  return [
    {
      purpose: "SMS-Versand",
      provider: source.CARRIER === "seven" ? "seven communications GmbH & Co. KG (seven.io), Willestr. 4–6, 24103 Kiel" : null,
      withoutProvider: "Kein Dienstleister angebunden: Diese Installation läuft im Testbetrieb und verschickt keine echten SMS.",
      detail:
        "Für den Versand übergeben wir Empfängernummer, Absender und Text jeder SMS über die Schnittstelle eines SMS-Gateways, das sie in die Mobilfunknetze einliefert und uns Zustellmeldungen und Antworten zurückschickt.",
    },
    {
      purpose: "E-Mail-Versand",
      provider: source.RESEND_API_KEY ? "Resend, Inc., San Francisco, USA" : null,
      withoutProvider: "Kein Dienstleister angebunden: Weitergeleitete Antworten werden nur auf unseren eigenen Servern abgelegt.",
      detail:
        "Antworten von Patientinnen und Patienten auf eine SMS leiten wir der Praxis per E-Mail weiter (Absendernummer, Text, Zeitpunkt)." +
        (source.RESEND_API_KEY
          ? " Eine Übermittlung in die USA erfolgt nur auf Grundlage geeigneter Garantien nach Art. 44 ff. DSGVO (EU-US Data Privacy Framework oder Standardvertragsklauseln der EU-Kommission)."
          : ""),
    },
  ];
}

export function readProcessors(): Processor[] {
  return resolveProcessors(env);
}
