import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATABASE_URL } from "./e2e-database";
import { newPostgresPractice, type ApiPractice } from "./api-practice";
import { EMBEDDED_SERVER, POSTGRES_SERVER } from "./e2e-servers";

// A practice for one server's portal flow (e2e/portal/portal-flow.spec.ts) that no other test
// sends for, so its lists and statistics hold exactly what the flow did. The embedded server's
// one is made by e2e/support/seed-embedded-demo.ts before the server holds the database.

export const FLOW_PRACTICE_FILE = "ablauf-zugang.json";
export const FLOW_SENDER = "Ablauf";

export interface E2eServer {
  name: "embedded" | "postgres";
  baseURL: string;
  mailbox: string;
}

/** The e2e servers: the embedded one always, the PostgreSQL one when TEST_DATABASE_URL is set. */
export const E2E_SERVERS: E2eServer[] = [
  { name: "embedded", ...EMBEDDED_SERVER },
  ...(E2E_DATABASE_URL ? [{ name: "postgres" as const, ...POSTGRES_SERVER }] : []),
];

export async function flowPractice(server: E2eServer): Promise<ApiPractice> {
  if (server.name === "postgres") return newPostgresPractice(E2E_DATABASE_URL!);
  const created = JSON.parse(readFileSync(path.join(EMBEDDED_SERVER.dataDir, FLOW_PRACTICE_FILE), "utf8"));
  return {
    baseURL: server.baseURL,
    apiKey: created.apiKey,
    practiceId: created.practiceId,
    sender: FLOW_SENDER,
    login: { email: created.email, password: created.password },
    mailbox: server.mailbox,
  };
}
