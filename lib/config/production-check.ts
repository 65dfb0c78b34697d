import { chooseDriver, type DatabaseDriver } from "../../db/driver";

// What a production start needs, as a pure function of the validated environment. A server
// that silently falls back to the simulator reports "zugestellt" while no SMS leaves the house,
// and a file mailbox is read by nobody: in production both must be chosen on purpose.

export type CarrierName = "simulator" | "seven";
export type MailTransport = "resend" | "file";

export interface ConfigurationInput {
  NODE_ENV: "development" | "test" | "production";
  DATABASE_URL?: string;
  DATABASE_DRIVER?: DatabaseDriver;
  CARRIER?: CarrierName;
  SEVEN_API_KEY?: string;
  SEVEN_SIGNING_SECRET?: string;
  RESEND_API_KEY?: string;
  EMAIL_TRANSPORT?: MailTransport;
  AUTH_SECRET?: string;
  AUTH_ENCRYPTION_KEY?: string;
}

export interface ConfigurationCheck {
  carrier: CarrierName;
  mail: MailTransport;
  /** One line per missing setting: what to set, and why. Empty: safe to run in production. */
  missing: string[];
  productionSafe: boolean;
  /** The one message a production start refuses with; null when it may start. */
  refusal: string | null;
}

/** The carrier in use: unset means the simulator. */
export function chooseCarrier(input: Pick<ConfigurationInput, "CARRIER">): CarrierName {
  return input.CARRIER ?? "simulator";
}

/** The mail transport in use: Resend with a key, files otherwise, unless chosen explicitly. */
export function chooseMailTransport(input: Pick<ConfigurationInput, "EMAIL_TRANSPORT" | "RESEND_API_KEY">): MailTransport {
  return input.EMAIL_TRANSPORT ?? (input.RESEND_API_KEY ? "resend" : "file");
}

/**
 * Checks the settings a production start needs. The embedded database is the zero-setup trial
 * (`npm run build && npm start` on a laptop, the browser tests): it keeps its defaults.
 */
export function checkConfiguration(input: ConfigurationInput): ConfigurationCheck {
  const missing: string[] = [];
  if (!input.CARRIER) {
    missing.push('CARRIER: "seven" für echten Versand, oder ausdrücklich "simulator" (Staging, Vorführung – dann verlässt keine SMS das Haus)');
  } else if (input.CARRIER === "seven") {
    if (!input.SEVEN_API_KEY) missing.push("SEVEN_API_KEY: der API-Schlüssel von seven.io, ohne ihn wird keine SMS übergeben");
    if (!input.SEVEN_SIGNING_SECRET) missing.push("SEVEN_SIGNING_SECRET: das Signatur-Geheimnis der seven.io-Webhooks, ohne es werden Zustellberichte und Antworten abgewiesen");
  }
  if (input.EMAIL_TRANSPORT === "resend" || (!input.EMAIL_TRANSPORT && !input.RESEND_API_KEY)) {
    if (!input.RESEND_API_KEY) {
      missing.push("RESEND_API_KEY: E-Mails (Antworten von Patienten) über Resend, oder ausdrücklich EMAIL_TRANSPORT=file (E-Mails nur als Dateien unter DATA_DIR/mailbox)");
    }
  }
  if (!input.AUTH_SECRET) missing.push("AUTH_SECRET: signiert die Sitzungen des Portals (mindestens 32 zufällige Zeichen, z. B. openssl rand -base64 32)");
  if (!input.AUTH_ENCRYPTION_KEY) {
    missing.push("AUTH_ENCRYPTION_KEY: verschlüsselt die Geheimnisse der Zwei-Faktor-Anmeldung (mindestens 32 zufällige Zeichen; nie ändern, sonst müssen alle Nutzer sie neu einrichten)");
  }
  const embedded = chooseDriver(input.DATABASE_URL, input.DATABASE_DRIVER) === "pglite";
  const refuse = input.NODE_ENV === "production" && !embedded && missing.length > 0;
  return {
    carrier: chooseCarrier(input),
    mail: chooseMailTransport(input),
    missing,
    productionSafe: missing.length === 0,
    refusal: refuse ? formatRefusal(missing) : null,
  };
}

function formatRefusal(missing: string[]): string {
  return [
    "Praxisbote startet nicht: für den Betrieb (NODE_ENV=production) fehlen Einstellungen.",
    ...missing.map((line) => `  - ${line}`),
    "Setzen Sie diese Umgebungsvariablen und starten Sie neu (README.md, Abschnitt „Configuration“).",
  ].join("\n");
}
