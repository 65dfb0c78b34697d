import { readFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { adminQuery } from "../../db/testing/admin-query";
import { createPractice } from "../../lib/practices/create-practice";
import { addVerifiedNumber } from "../../lib/senders/owned-senders";
import { E2E_DATABASE_URL } from "./e2e-database";
import { EMBEDDED_SERVER, POSTGRES_SERVER } from "./e2e-servers";

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

/** Numbers the API tests send from: confirmed for every practice they use (e2e/support/seed-embedded-demo.ts). */
export const E2E_SENDER_NUMBERS = ["+4912341234567", "+4915112345600"];

/**
 * A practice to talk to the API with: a fresh one on the PostgreSQL server when CI provides
 * it (so tests cannot see each other's messages), else the embedded server's demo practice.
 */
export async function apiPractice(): Promise<ApiPractice> {
  return POSTGRES_URL ? newPostgresPractice(POSTGRES_URL) : demoPractice();
}

/** The embedded server's demo practice (DEMO_DATA=1 writes its access to the data folder). */
export function demoPractice(): ApiPractice {
  const demo = JSON.parse(readFileSync(path.join(EMBEDDED_SERVER.dataDir, "demo-zugang.json"), "utf8"));
  return {
    baseURL: EMBEDDED_SERVER.baseURL,
    mailbox: EMBEDDED_SERVER.mailbox,
    apiKey: demo.apiKey,
    practiceId: demo.practiceId,
    sender: "Praxis",
    login: { email: demo.email, password: demo.password },
  };
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
      baseURL: POSTGRES_SERVER.baseURL,
      mailbox: POSTGRES_SERVER.mailbox,
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
