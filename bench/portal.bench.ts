// npm run --silent bench:portal – the portal's lists on 1,000,000 messages: seeds a fresh
// database on the local PostgreSQL, serves the production build on it, logs in to the big
// practice and times its pages, the CSV export, and EXPLAINs the queries behind them.
import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import { listSentSms } from "../lib/messages/sent-sms";
import { parseSentSmsFilters } from "../lib/messages/sent-sms-filters";
import { listScheduledMessages } from "../lib/messages/scheduled-messages";
import { loadActivity } from "../lib/statistics/activity";
import { berlinDayString } from "../lib/time/berlin";
import { benchDatabaseUrl, benchServerEnv, createBenchPractice, dropBenchDatabase, recreateBenchDatabase } from "./support/bench-server";
import { percentile, timedGet } from "./support/http-timing";
import { startNextServer } from "./support/next-server";
import { seedPortal } from "./support/portal-seed";
import { logIn } from "./support/portal-session";
import { treeCpuSeconds, treeRssMb, watchPeakRss } from "./support/process-stats";
import { explainQueries, type Plan } from "./support/query-plans";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARM_UP = 20;
const TARGET_P95_MS = 100;
const CSV_RUNS = 3;
// BENCH_REUSE_DB=1 runs on the database a run with BENCH_KEEP_DB=1 left, without seeding again.
const REUSE = process.env.BENCH_REUSE_DB === "1";
const KEEP = REUSE || process.env.BENCH_KEEP_DB === "1";

const DATABASE_NAME = "pb_bench_portal";
const EMAIL = "bench-portal@example.test";
const PASSWORD = "bench-portal-passwort-1";
const DAY = 24 * 60 * 60 * 1000;

const databaseUrl = benchDatabaseUrl(DATABASE_NAME);

async function prepareDatabase(): Promise<void> {
  if (REUSE) return;
  await recreateBenchDatabase(DATABASE_NAME);
  // The app's own code: getDatabase() applies the migrations, createPractice makes the main user.
  const { practiceId } = createBenchPractice(databaseUrl, ["--name", "Zahnarztpraxis Dr. Sommer", "--email", EMAIL, "--password", PASSWORD, "--sender", "Praxis"]);
  const seeded = await seedPortal(databaseUrl, { bigPracticeId: practiceId });
  console.log(
    `Seeded ${seeded.messages.toLocaleString("en")} messages, ${seeded.events.toLocaleString("en")} status events, ` +
      `${seeded.replies.toLocaleString("en")} replies, ${seeded.usageRows.toLocaleString("en")} daily usage rows in ${seeded.seconds.toFixed(0)} s`,
  );
}

interface Subject {
  practiceId: string;
  messages: number;
  /** A patient of the big practice with several messages. */
  recipient: string;
}

async function subject(): Promise<Subject> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select u.practice_id, (select count(*)::int from messages m where m.practice_id = u.practice_id) as messages,
              (select recipient from messages m where m.practice_id = u.practice_id and recipient is not null
               group by recipient having count(*) between 3 and 6 limit 1) as recipient
       from users u where u.email = $1`,
      [EMAIL],
    );
    return {
      practiceId: rows[0].practice_id,
      messages: rows[0].messages,
      recipient: rows[0].recipient,
    };
  } finally {
    await client.end();
  }
}

interface Timing {
  label: string;
  path: string;
  samples: number[];
  firstBytes: number[];
  bytes: number;
  /** The server's CPU time per request (user + system), which the machine's other load does not inflate. */
  cpuMs: number;
}

const LIST_LINK = /href="(\/sms\?[^"]*nach=[^"]*)"/;
const unescapeHtml = (value: string) => value.replace(/&amp;/g, "&");

/** The server under test and the session to ask it with. */
interface Target {
  baseUrl: string;
  cookie: string;
  pid: number;
}

async function timePage(target: Target, label: string, path: string, check: (body: string) => boolean): Promise<Timing> {
  const first = await timedGet(target.baseUrl + path, target.cookie);
  if (first.status !== 200 || !check(first.body)) {
    writeFileSync("/tmp/portal-bench-unexpected.html", first.body);
    throw new Error(`${path}: HTTP ${first.status}, unexpected page (/tmp/portal-bench-unexpected.html)`);
  }
  for (let i = 0; i < WARM_UP; i++) await timedGet(target.baseUrl + path, target.cookie, { discard: true });
  const samples: number[] = [];
  const firstBytes: number[] = [];
  const cpuBefore = treeCpuSeconds(target.pid);
  for (let i = 0; i < SAMPLES; i++) {
    const response = await timedGet(target.baseUrl + path, target.cookie, { discard: true });
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    samples.push(response.total);
    firstBytes.push(response.firstByte);
  }
  const cpuMs = ((treeCpuSeconds(target.pid) - cpuBefore) * 1000) / SAMPLES;
  return { label, path, samples, firstBytes, bytes: first.bytes, cpuMs };
}

/** Follows "Ältere SMS" from the first page to page `pages`; the walk's own times are a sample too. */
async function walkCursor(target: Target, pages: number): Promise<{ path: string; walk: Timing }> {
  let path = "/sms";
  const samples: number[] = [];
  const firstBytes: number[] = [];
  let bytes = 0;
  let cpuBefore = 0;
  for (let page = 1; page < pages; page++) {
    if (page === 2) cpuBefore = treeCpuSeconds(target.pid);
    const response = await timedGet(target.baseUrl + path, target.cookie);
    const link = LIST_LINK.exec(response.body);
    if (!link) throw new Error(`page ${page} has no link to older messages`);
    if (page > 1) {
      samples.push(response.total);
      firstBytes.push(response.firstByte);
      bytes = response.bytes;
    }
    path = unescapeHtml(link[1]);
  }
  const cpuMs = ((treeCpuSeconds(target.pid) - cpuBefore) * 1000) / samples.length;
  return { path, walk: { label: `/sms pages 2–${pages - 1}, walking the cursor links`, path: "", samples, firstBytes, bytes, cpuMs } };
}

async function timeCsv({ baseUrl, cookie, pid }: Target) {
  const runs: {
    seconds: number;
    rows: number;
    megabytes: number;
    peakRssMb: number;
    baseRssMb: number;
    firstByte: number;
  }[] = [];
  for (let i = 0; i < CSV_RUNS; i++) {
    const baseRssMb = treeRssMb(pid);
    const watch = watchPeakRss(pid);
    const response = await timedGet(`${baseUrl}/sms/export`, cookie, {
      discard: true,
    });
    const peakRssMb = watch.stop();
    if (response.status !== 200) throw new Error(`/sms/export: HTTP ${response.status}`);
    runs.push({
      seconds: response.total / 1000,
      rows: response.lines - 1,
      megabytes: response.bytes / 1e6,
      peakRssMb,
      baseRssMb,
      firstByte: response.firstByte,
    });
  }
  return runs;
}

async function queryPlans(practiceId: string, recipient: string, page50Cursor: string): Promise<Plan[]> {
  const now = new Date();
  const filters = (query: string) => parseSentSmsFilters(new URLSearchParams(query), "DE", now).filters;
  const [statusQuery, rareQuery] = statusFilterQueries(now);
  const plans: Plan[] = [];
  const explain = async (label: string, run: Parameters<typeof explainQueries>[2]) =>
    plans.push(...(await explainQueries(databaseUrl, label, run)));
  await explain("/sms first page", (db) => listSentSms(db, practiceId, filters("")));
  await explain("/sms status + date", (db) => listSentSms(db, practiceId, filters(statusQuery)));
  await explain("/sms rare status + date", (db) => listSentSms(db, practiceId, filters(rareQuery)));
  await explain("/sms page 50", (db) => listSentSms(db, practiceId, filters(""), { cursor: page50Cursor }));
  await explain("/sms recipient", (db) => listSentSms(db, practiceId, filters(`nummer=${encodeURIComponent(recipient)}`)));
  await explain("/sms/scheduled", (db) => listScheduledMessages(db, practiceId));
  // loadActivity runs its four queries at once; the logger catches them in the order they start.
  await explain("/stat/activity", (db) => loadActivity(db, practiceId, now));
  await explain("/sms/export, one batch of 1,000", (db) =>
    listSentSms(db, practiceId, filters(""), {
      cursor: page50Cursor,
      limit: 1_000,
    }),
  );
  return plans;
}

/** "Zugestellt, from 30 to 16 days ago" and the same with the rarest final status. */
function statusFilterQueries(now: Date): [string, string] {
  const range = `von=${berlinDayString(new Date(now.getTime() - 30 * DAY))}&bis=${berlinDayString(new Date(now.getTime() - 16 * DAY))}`;
  return [`status=delivered&${range}`, `status=undelivered&${range}`];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function row(timing: Timing): string {
  const sorted = [...timing.samples].sort((a, b) => a - b);
  const firstBytes = [...timing.firstBytes].sort((a, b) => a - b);
  const cells = [
    timing.label,
    sorted.length,
    ms(percentile(firstBytes, 50)),
    ms(percentile(sorted, 50)),
    ms(percentile(sorted, 95)),
    ms(percentile(sorted, 99)),
    ms(sorted[sorted.length - 1]),
    ms(timing.cpuMs),
    `${Math.round(timing.bytes / 1024)} KB`,
    percentile(sorted, 95) < TARGET_P95_MS ? "✓" : "✗",
  ];
  return `| ${cells.join(" | ")} |`;
}

const p95 = (timing: Timing) =>
  percentile(
    [...timing.samples].sort((a, b) => a - b),
    95,
  );

async function main() {
  await prepareDatabase();
  const { practiceId, messages, recipient } = await subject();
  const baseUrl = `http://127.0.0.1:${PORT}`;
  let server: ChildProcess | undefined;
  try {
    server = await startNextServer(PORT, benchServerEnv(databaseUrl, baseUrl));
    const target: Target = { baseUrl, cookie: await logIn(baseUrl, databaseUrl, EMAIL, PASSWORD), pid: server.pid! };
    const now = new Date();
    const [statusQuery, rareQuery] = statusFilterQueries(now);
    const listed = (body: string) => /href="\/sms\/[0-9a-f-]{36}"/.test(body);
    const loadBefore = loadavg()[0];

    const firstPage = await timePage(target, "/sms first page", "/sms", listed);
    // After the first page's warm-up: every step of the walk is a new query, but not a cold server.
    const { path: page50, walk } = await walkCursor(target, 50);
    const timings = [
      firstPage,
      await timePage(target, "/sms status delivered + 15 days", `/sms?${statusQuery}`, listed),
      await timePage(target, "/sms status undelivered + 15 days", `/sms?${rareQuery}`, listed),
      await timePage(target, "/sms page 50 by cursor", page50, listed),
      walk,
      await timePage(target, "/sms recipient search", `/sms?nummer=${encodeURIComponent(recipient)}`, listed),
      await timePage(target, "/sms/scheduled", "/sms/scheduled", (body) => body.includes("Geplante SMS")),
      await timePage(target, "/stat/activity", "/stat/activity", (body) => body.includes("<table")),
      await timePage(target, "/sms/antworten (not in the target list)", "/sms/antworten", (body) => body.includes("Antworten")),
    ];
    const csv = await timeCsv(target);
    const loadAfter = loadavg()[0];
    const plans = await queryPlans(practiceId, recipient, decodeURIComponent(/nach=([^&]+)/.exec(page50)![1]));

    console.log(
      `\nThe big practice: ${messages.toLocaleString("en")} messages in 60 days. ${SAMPLES} requests per page one after another ` +
        `(after ${WARM_UP} to warm up), Node ${process.version}. Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.\n`,
    );
    console.log("| page | requests | first byte p50 | p50 | p95 | p99 | max | server CPU / request | size | p95 < 100 ms |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
    for (const timing of timings) console.log(row(timing));
    console.log("\n| CSV export /sms/export (60 days) | rows | MB | seconds | rows/s | first byte | server RSS before | peak |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [i, run] of csv.entries()) {
      const rate = Math.round(run.rows / run.seconds).toLocaleString("en");
      console.log(
        `| run ${i + 1} | ${run.rows.toLocaleString("en")} | ${run.megabytes.toFixed(1)} | ${run.seconds.toFixed(2)} | ${rate} | ${ms(run.firstByte)} | ${Math.round(run.baseRssMb)} MB | ${Math.round(run.peakRssMb)} MB |`,
      );
    }
    console.log("\n| query (EXPLAIN ANALYZE on the bench database) | execution |");
    console.log("| --- | ---: |");
    for (const plan of plans) console.log(`| ${plan.label} | ${ms(plan.executionMs)} |`);
    if (process.env.BENCH_PLANS === "1") for (const plan of plans) console.log(`\n### ${plan.label}\n\n${plan.sql}\n\n${plan.plan}`);
    const failed = timings.filter((timing) => p95(timing) >= TARGET_P95_MS);
    console.log(
      failed.length === 0
        ? `\nEvery page: p95 under ${TARGET_P95_MS} ms.`
        : `\nOver the target: ${failed.map((timing) => timing.label).join(", ")}`,
    );
  } finally {
    server?.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (!KEEP) await dropBenchDatabase(DATABASE_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
