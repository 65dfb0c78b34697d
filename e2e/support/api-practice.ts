import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { adminQuery } from "../../db/testing/admin-query";
import { E2E_DATABASE_URL } from "./e2e-database";
import { TSX_NODE_ARGS } from "../../scripts/support/tsx-node-args";

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
export function apiPractice(): ApiPractice {
  if (!POSTGRES_URL) {
    const demo = JSON.parse(readFileSync(".data/e2e/demo-zugang.json", "utf8"));
    return {
      baseURL: "http://127.0.0.1:3100",
      apiKey: demo.apiKey,
      practiceId: demo.practiceId,
      sender: "Praxis",
      login: { email: demo.email, password: demo.password },
      mailbox: ".data/e2e/mailbox",
    };
  }
  return newPostgresPractice(POSTGRES_URL);
}

/** A fresh practice on the PostgreSQL e2e server, made by the operator scripts. */
export function newPostgresPractice(databaseUrl: string): ApiPractice {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
  // A name belongs to one practice only, and these practices share one database.
  const sender = `E2E-${Math.random().toString(36).slice(2, 9).padEnd(7, "0")}`;
  const run = (script: string, ...args: string[]) => {
    const result = spawnSync("node", [...TSX_NODE_ARGS, script, ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  const created = JSON.parse(run("scripts/practice-create.ts", "--name", "E2E-Praxis", "--email", email, "--sender", sender, "--json"));
  run("scripts/sender.ts", "add", "--practice", created.practiceId, ...E2E_SENDER_NUMBERS.flatMap((number) => ["--number", number]), "--verified");
  return {
    baseURL: "http://127.0.0.1:3101",
    apiKey: created.apiKey,
    practiceId: created.practiceId,
    sender,
    login: { email: created.email, password: created.password },
    mailbox: ".data/e2e-pg/mailbox",
    sql: (text, values) => adminQuery(databaseUrl, text, values),
  };
}

/** Unique German mobile numbers ending in the simulator's behaviour digits. */
let sequence = Math.floor(Math.random() * 1000);
export function mobile(lastTwoDigits: string): string {
  sequence = (sequence + 1) % 1000;
  return `+49176${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}${String(sequence).padStart(3, "0")}${lastTwoDigits}`;
}
