import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adminQuery } from "../../db/testing/admin-query";
import { startNextServer } from "./next-server";
import { TSX_NODE_ARGS } from "../../scripts/support/tsx-node-args";

// A production server of this checkout on a fresh database of the local PostgreSQL, with a
// practice and its key, for the API benchmarks. `next build` must have run.

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  apiKey: string;
  stop(): Promise<void>;
}

const admin = (text: string) => adminQuery(ADMIN_URL, text);

/** What `next start` of a benchmark needs: production choices, a throw-away data folder, no limits in the way. */
export function benchServerEnv(databaseUrl: string, baseUrl: string, extraEnv: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "pb-bench-")),
    DEMO_DATA: "0",
    // A production start on a database server must choose these (lib/config/production-check.ts).
    CARRIER: "simulator",
    EMAIL_TRANSPORT: "file",
    AUTH_SECRET: "bench-auth-secret-bench-auth-secret-0123456789",
    AUTH_ENCRYPTION_KEY: "bench-encryption-key-bench-encryption-key-01",
    APP_URL: baseUrl,
    API_RATE_LIMIT_PER_MINUTE: "100000000",
    CARRIER_RATE_PER_SECOND: "10000",
    ...extraEnv,
  };
}

/** The URL of the benchmark database `name` on the benchmarks' PostgreSQL server. */
export function benchDatabaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty benchmark database `name` (an earlier run's is dropped first); its URL. */
export async function recreateBenchDatabase(name: string): Promise<string> {
  await dropBenchDatabase(name);
  await admin(`create database "${name}"`);
  return benchDatabaseUrl(name);
}

export function dropBenchDatabase(name: string): Promise<void> {
  return admin(`drop database if exists "${name}" with (force)`);
}

export async function startBenchServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const name = `pb_bench_${port}`;
  const databaseUrl = await recreateBenchDatabase(name);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = benchServerEnv(databaseUrl, baseUrl, extraEnv);
  const server = await startNextServer(port, env);
  const { apiKey } = createBenchPractice(databaseUrl, ["--name", "Benchmark-Praxis", "--email", `bench-${port}@example.test`, "--sender", "Praxis"]);
  return {
    baseUrl,
    databaseUrl,
    apiKey,
    stop: async () => {
      server.kill();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await dropBenchDatabase(name);
    },
  };
}

/**
 * A practice made by the operator command (`practice:create … --json`) on a benchmark database;
 * its first run there applies the migrations, as the app's own code does.
 */
export function createBenchPractice(databaseUrl: string, args: string[]): { practiceId: string; apiKey: string } {
  const created = spawnSync("node", [...TSX_NODE_ARGS, "scripts/practice-create.ts", ...args, "--json"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (created.status !== 0) throw new Error(created.stderr);
  return JSON.parse(created.stdout);
}

let sequence = 0;
/** A fresh German mobile number ending in 00: the simulator delivers it. */
export function benchRecipient(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `+4917${String(6_000_000 + sequence).padStart(7, "0")}00`;
}
