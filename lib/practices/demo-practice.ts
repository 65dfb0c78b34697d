import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { users } from "../../db/schema";
import { registerSenderName } from "../senders/owned-senders";
import { DomainError } from "../errors/domain-error";
import { createPractice, type CreatedPractice } from "./create-practice";

export const DEMO_EMAIL = "demo@praxisbote.test";
const DEMO_NAME = "Zahnarztpraxis Dr. Sommer (Demo)";
// The sender of the README's curl example: it must work out of the box.
export const DEMO_SENDER = "Praxis";

export interface DemoPractice {
  created: boolean;
  /** Null when the practice exists but its credentials file was deleted. */
  credentials: CreatedPractice | null;
}

/**
 * The demo practice of a local installation. Its password and API key are kept in a file
 * under the data folder, beside the embedded database they belong to, so that every start
 * can print them again; only hashes are in the database.
 */
export async function ensureDemoPractice(db: Database, dataDir: string): Promise<DemoPractice> {
  const credentialsFile = path.join(dataDir, "demo-zugang.json");
  const [existing] = await db.select({ id: users.id, practiceId: users.practiceId }).from(users).where(eq(users.email, DEMO_EMAIL));
  if (existing) {
    await registerDemoSender(db, existing.practiceId);
    const credentials = existsSync(credentialsFile)
      ? (JSON.parse(readFileSync(credentialsFile, "utf8")) as CreatedPractice)
      : null;
    return { created: false, credentials };
  }
  const credentials = await createPractice(db, { name: DEMO_NAME, email: DEMO_EMAIL, senderNames: [DEMO_SENDER] });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return { created: true, credentials };
}

// A demo database from before senders had to be registered gets its sender on the next start.
async function registerDemoSender(db: Database, practiceId: string) {
  try {
    await registerSenderName(db, practiceId, DEMO_SENDER);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.warn(`[demo] ${error.message}`);
  }
}

export function formatDemoBanner(demo: DemoPractice, appUrl: string): string {
  const lines = ["", "  Praxisbote läuft mit der eingebetteten Datenbank.", ""];
  if (demo.credentials) {
    lines.push(
      `  Demo-Praxis ${demo.created ? "angelegt" : "vorhanden"}:`,
      `    App:        ${appUrl}`,
      `    E-Mail:     ${demo.credentials.email}`,
      `    Passwort:   ${demo.credentials.password}`,
      `    API-Key:    ${demo.credentials.apiKey}`,
      `    Prüfen:     curl ${appUrl}/api/health`,
    );
  } else {
    lines.push(
      `  Die Demo-Praxis (${DEMO_EMAIL}) existiert, ihre Zugangsdaten-Datei fehlt aber.`,
      "  Legen Sie mit `npm run practice:create -- --name … --email …` eine neue Praxis an.",
    );
  }
  lines.push("");
  return lines.join("\n");
}
