import { readFileSync } from "node:fs";
import { openDatabase } from "../../db/client";
import { adminQuery } from "../../db/testing/admin-query";
import { createPractice } from "../../lib/practices/create-practice";
import { addVerifiedNumber } from "../../lib/senders/owned-senders";
import { E2E_DATABASE_URL } from "./e2e-database";

export interface ApiPractice {
  baseURL: string;
  apiKey: string;
  practiceId: string;
  /** A sender name registered for this practice only ("Praxis" on the embedded server's demo practice). */
  sender: string;
  /** The main user's login. */
  login: { email: string; password: string };
  /** Where that server's file mailbox is. */
  mailbox: string;
  /** Changes a practice's or key's settings directly; only where a PostgreSQL server is used. */
  sql?: (text: string, values?: unknown[]) => Promise<void>;
}

const POSTGRES_URL = E2E_DATABASE_URL;

/** The two e2e servers playwright.config.ts starts: the embedded one, and with TEST_DATABASE_URL the one on PostgreSQL. */
export const EMBEDDED_SERVER = { baseURL: "http://127.0.0.1:3100", mailbox: ".data/e2e/mailbox" };
export const POSTGRES_SERVER = { baseURL: "http://127.0.0.1:3101", mailbox: ".data/e2e-pg/mailbox" };

/** The server the API tests talk to: the PostgreSQL one when CI provides it, else the embedded one. */
export const API_BASE_URL = (POSTGRES_URL ? POSTGRES_SERVER : EMBEDDED_SERVER).baseURL;

/** Numbers the API tests send from: confirmed for every practice they use (e2e/support/seed-embedded-demo.ts). */
export const E2E_SENDER_NUMBERS = ["+4912341234567", "+4915112345600"];

/**
 * A practice to talk to the API with: a fresh one on the PostgreSQL server when CI provides
 * it (so tests cannot see each other's messages), else the embedded server's demo practice.
 */
export async function apiPractice(): Promise<ApiPractice> {
  if (!POSTGRES_URL) {
    const demo = JSON.parse(readFileSync(".data/e2e/demo-zugang.json", "utf8"));
    return {
      ...EMBEDDED_SERVER,
      apiKey: demo.apiKey,
      practiceId: demo.practiceId,
      sender: "Praxis",
      login: { email: demo.email, password: demo.password },
    };
  }
  return newPostgresPractice(POSTGRES_URL);
}

/**
 * A fresh practice on the PostgreSQL e2e server, made as `practice:create --sender` and
 * `sender add --verified` make it, with the functions those commands call (the commands
 * themselves are tested in scripts/; two processes per practice cost the e2e run minutes).
 */
export async function newPostgresPractice(databaseUrl: string): Promise<ApiPractice> {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
  // A name belongs to one practice only, and these practices share one database.
  const sender = `E2E-${Math.random().toString(36).slice(2, 9).padEnd(7, "0")}`;
  const handle = await openDatabase({ driver: "postgres", url: databaseUrl });
  try {
    const created = await createPractice(handle.db, { name: "E2E-Praxis", email, senderNames: [sender] });
    for (const number of E2E_SENDER_NUMBERS) await addVerifiedNumber(handle.db, created.practiceId, number);
    return {
      ...POSTGRES_SERVER,
      apiKey: created.apiKey,
      practiceId: created.practiceId,
      sender,
      login: { email: created.email, password: created.password },
      sql: (text, values) => adminQuery(databaseUrl, text, values),
    };
  } finally {
    await handle.close();
  }
}

/** Unique German mobile numbers ending in the simulator's behaviour digits. */
let sequence = Math.floor(Math.random() * 1000);
export function mobile(lastTwoDigits: string): string {
  sequence = (sequence + 1) % 1000;
  return `+49176${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}${String(sequence).padStart(3, "0")}${lastTwoDigits}`;
}
