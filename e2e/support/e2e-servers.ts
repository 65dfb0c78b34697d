import { E2E_DATABASE_URL } from "./e2e-database";

// The two servers playwright.config.ts starts on the production build: the embedded one always,
// the one on PostgreSQL when TEST_DATABASE_URL is set. Each keeps its data (and its file
// mailbox) in a folder of its own.

function e2eServer(port: number, dataDir: string) {
  return { port, baseURL: `http://127.0.0.1:${port}`, dataDir, mailbox: `${dataDir}/mailbox` };
}

export const EMBEDDED_SERVER = e2eServer(3100, ".data/e2e");
export const POSTGRES_SERVER = e2eServer(3101, ".data/e2e-pg");

/** The server the API tests talk to: the PostgreSQL one when CI provides it, else the embedded one. */
export const API_BASE_URL = (E2E_DATABASE_URL ? POSTGRES_SERVER : EMBEDDED_SERVER).baseURL;
