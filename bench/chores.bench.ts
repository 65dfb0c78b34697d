// npm run --silent bench:chores – the minute's chores (lib/delivery/sweep.ts runChores) on
// 1,000,000 messages: seeds a fresh database on the local PostgreSQL as bench:portal does, runs
// the chores a few times in this process and has PostgreSQL's auto_explain hand back every
// statement's plan and time. A chore that reads the whole table shows as a Seq Scan on messages
// and costs a little more with every message kept; it runs once a minute on every instance.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "../db/client";
import * as schema from "../db/schema";
import { SimulatorCarrier } from "../lib/carriers/simulator";
import { runChores } from "../lib/delivery/sweep";
import { createSimulatorStore } from "../lib/delivery/simulator-store";
import { FileMailer } from "../lib/email/mailer";
import { createBenchPractice, dropBenchDatabase, recreateBenchDatabase } from "./support/bench-server";
import { seedPortal } from "./support/portal-seed";

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const DATABASE_NAME = "pb_bench_chores";

interface Statement {
  ms: number;
  query: string;
  scansMessages: boolean;
}

async function main() {
  const databaseUrl = await recreateBenchDatabase(DATABASE_NAME);
  try {
    const { practiceId } = createBenchPractice(databaseUrl, ["--name", "Chores-Praxis", "--email", "bench-chores@example.test"]);
    const seeded = await seedPortal(databaseUrl, { bigPracticeId: practiceId, total: MESSAGES, bigPracticeMessages: Math.round(MESSAGES / 10) });
    console.log(`Seeded ${seeded.messages.toLocaleString("en")} messages of 200 practices over 60 days in ${seeded.seconds.toFixed(0)} s`);

    // Every statement of this pool comes back with its plan and time (auto_explain, as notices).
    let caught: Statement[] = [];
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      options: "-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c client_min_messages=log",
    });
    pool.on("connect", (client) => {
      client.on("notice", (notice) => {
        const match = /^duration: ([\d.]+) ms\s+plan:\n([\s\S]*)$/.exec(notice.message ?? "");
        if (!match) return;
        // The statement's text runs up to the plan's first node, the first line with a cost.
        const lines = match[2].replace(/^\s*Query Text: /, "").split("\n");
        const query = lines.slice(0, Math.max(1, lines.findIndex((line) => line.includes("(cost=")))).join(" ");
        caught.push({ ms: Number(match[1]), query: query.replace(/\s+/g, " ").trim(), scansMessages: /Seq Scan on messages\b/.test(match[2]) });
      });
    });
    const db = drizzle({ client: pool, schema }) as unknown as Database;
    const carrier = new SimulatorCarrier({ store: createSimulatorStore(async () => db), deliver: async () => {}, deliverOnTime: false });
    const mailer = new FileMailer(path.join(mkdtempSync(path.join(tmpdir(), "pb-chores-")), "mailbox"));

    const runs: { seconds: number; statements: Statement[] }[] = [];
    for (let run = 0; run < RUNS; run++) {
      caught = [];
      const started = performance.now();
      await runChores({ db, carrier, mailer, balanceAlert: { belowEur: 0 } });
      runs.push({ seconds: (performance.now() - started) / 1000, statements: caught });
    }
    await pool.end();

    console.log(`\n${RUNS} runs of the chores; the first does the seeded backlog (erasures, timeouts), the others what a minute finds.\n`);
    console.log(`| run | time | statements | slowest statement | reads all of messages |`);
    console.log(`| ---: | ---: | ---: | ---: | --- |`);
    runs.forEach((run, index) => {
      const slowest = [...run.statements].sort((a, b) => b.ms - a.ms)[0];
      const scans = run.statements.filter((statement) => statement.scansMessages);
      console.log(`| ${index + 1} | ${(run.seconds * 1000).toFixed(0)} ms | ${run.statements.length} | ${slowest?.ms.toFixed(1)} ms | ${scans.length === 0 ? "none" : scans.map((s) => `${s.query.slice(0, 60)}…`).join("; ")} |`);
    });
    const last = runs.at(-1)!;
    console.log(`\nThe slowest statements of the last run:\n`);
    for (const statement of [...last.statements].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
      console.log(`- ${statement.ms.toFixed(1)} ms${statement.scansMessages ? " (Seq Scan on messages)" : ""}: ${statement.query.slice(0, 140)}`);
    }
  } finally {
    if (process.env.BENCH_KEEP_DB !== "1") await dropBenchDatabase(DATABASE_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
