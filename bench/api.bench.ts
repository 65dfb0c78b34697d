// npm run bench:api – the PVS API under load, in one run on the local PostgreSQL: single posts
// against raw single-row INSERTs and against GET /api/health (the framework with one query),
// batches of 1,000 against raw 1,000-row INSERTs, and single posts at a fixed offered rate.
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { benchRecipient, startBenchServer } from "./support/bench-server";
import { openLoop } from "./support/open-loop";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Batches (and raw 1,000-row inserts) in flight at once. */
const BATCH_CONNECTIONS = Number(process.env.BENCH_BATCH_CONNECTIONS ?? 4);
const BATCH_SIZE = 1000;
const OPEN_LOOP_RATE = Number(process.env.BENCH_RATE ?? 300);
/** Single posts and health take turns, this many times each: the machine's speed drifts within a run. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();
const REMINDER = "Ihr Termin ist morgen um 10:30 Uhr. Absage bitte unter 0711 123456. Ihre Zahnarztpraxis Dr. Sommer";
const reminder = () => JSON.stringify({ to: benchRecipient(), from: "Praxis", text: REMINDER, sendAt: TOMORROW });

async function apiLoad(baseUrl: string, apiKey: string, connections = CONNECTIONS, duration = SECONDS) {
  const result = await autocannon({
    url: `${baseUrl}/api/v1/sms`,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        setupRequest: (request) => ({
          ...request,
          // Scheduled for tomorrow, like most reminders: this measures accepting, not the hand-over
          // (bench/delivery-latency.ts measures that).
          body: reminder(),
        }),
      },
    ],
  });
  accepted += result["2xx"];
  cutOff += connections;
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
}

/** Messages the API answered as accepted in this run: each must be in the database at the end. */
let accepted = 0;
/**
 * At most this many more may be stored: a timed autocannon run ends with a request in flight on
 * each connection, which the server may still store but whose answer nobody counts.
 */
let cutOff = 0;

async function storedByTheApi(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Raw inserts have no API key.
    const { rows } = await client.query("select count(*)::int as stored from messages where api_key_id is not null");
    return rows[0].stored;
  } finally {
    await client.end();
  }
}

async function rawInserts(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const { rows } = await pool.query("select id from practices limit 1");
  const practiceId = rows[0].id;
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        await pool.query(
          `insert into messages (practice_id, recipient, sender, text, encoding, characters, segments, send_at, price_cents)
           values ($1, $2, 'Praxis', 'Ihr Termin ist morgen um 10:30 Uhr.', 'GSM-7', 35, 1, now() + interval '1 year', 8)`,
          [practiceId, benchRecipient()],
        );
        latencies.push(performance.now() - start);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / SECONDS,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
  };
}

/** 1,000-item batches, each answered item by item; messages per second. */
async function batchLoad(baseUrl: string, apiKey: string) {
  const body = JSON.stringify({
    messages: Array.from({ length: BATCH_SIZE }, () => ({ to: benchRecipient(), from: "Praxis", text: REMINDER, sendAt: TOMORROW })),
  });
  const headers = { "content-type": "application/json", authorization: `Bearer ${apiKey}` };
  const check = await (await fetch(`${baseUrl}/api/v1/sms/batch`, { method: "POST", headers, body })).json();
  if (check.accepted !== BATCH_SIZE) throw new Error(`batch not accepted: ${JSON.stringify(check).slice(0, 300)}`);
  const result = await autocannon({ url: `${baseUrl}/api/v1/sms/batch`, connections: BATCH_CONNECTIONS, duration: SECONDS, method: "POST", headers, body });
  // Every item of these batches is valid: an answer of 2xx accepted all of them.
  accepted += (1 + result["2xx"]) * BATCH_SIZE;
  cutOff += BATCH_CONNECTIONS * BATCH_SIZE;
  return { perSecond: (result.requests.total * BATCH_SIZE) / SECONDS, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/** Raw multi-row INSERTs of 1,000 rows with plain `pg`, at the batches' concurrency; rows per second. */
async function rawBatchInserts(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: BATCH_CONNECTIONS });
  const { rows } = await pool.query("select id from practices limit 1");
  const practiceId = rows[0].id;
  const values = Array.from(
    { length: BATCH_SIZE },
    (_, i) => `($1, $${i + 2}, 'Praxis', 'Ihr Termin ist morgen um 10:30 Uhr.', 'GSM-7', 35, 1, now() + interval '1 year', 8)`,
  ).join(", ");
  const text = `insert into messages (practice_id, recipient, sender, text, encoding, characters, segments, send_at, price_cents) values ${values}`;
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: BATCH_CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        await pool.query(text, [practiceId, ...Array.from({ length: BATCH_SIZE }, benchRecipient)]);
        latencies.push(performance.now() - start);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { perSecond: (latencies.length * BATCH_SIZE) / SECONDS, p50: latencies[Math.floor(latencies.length * 0.5)], p99: latencies[Math.floor(latencies.length * 0.99)] };
}

async function main() {
  const server = await startBenchServer(3400);
  // Other work on the machine shifts every figure; the load average says how much there was.
  const loadBefore = loadavg()[0];
  try {
    // Warm-up: compile routes and fill connection pools.
    await autocannon({ url: `${server.baseUrl}/api/v1/key-check`, connections: 10, amount: 500, headers: { authorization: `Bearer ${server.apiKey}` } });
    await autocannon({ url: `${server.baseUrl}/api/health`, connections: 10, amount: 500 });
    await apiLoad(server.baseUrl, server.apiKey, 10, 3);
    // The framework's own ceiling on this machine: a static route that touches nothing.
    const ceiling = await autocannon({ url: `${server.baseUrl}/api/v1/openapi.json`, connections: CONNECTIONS, duration: Math.min(SECONDS, 10) });
    // The framework with one query: what a route that must touch the database cannot beat. It
    // and single posts take turns (in alternating order), so that both see the same machine.
    const rounds: { health: number; api: number }[] = [];
    const roundSeconds = Math.max(5, Math.round(SECONDS / 2));
    const runHealth = async () => (await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, duration: roundSeconds })).requests.average;
    const runApi = async () => (await apiLoad(server.baseUrl, server.apiKey, CONNECTIONS, roundSeconds)).perSecond;
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        const health = await runHealth();
        rounds.push({ health, api: await runApi() });
      } else {
        const api = await runApi();
        rounds.push({ api, health: await runHealth() });
      }
    }
    const health = await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, duration: SECONDS });
    const api = await apiLoad(server.baseUrl, server.apiKey);
    const light = await apiLoad(server.baseUrl, server.apiKey, 4);
    const open = await openLoop({
      url: `${server.baseUrl}/api/v1/sms`,
      rate: OPEN_LOOP_RATE,
      seconds: SECONDS,
      headers: { "content-type": "application/json", authorization: `Bearer ${server.apiKey}` },
      body: reminder,
    });
    accepted += open.sent - open.non2xx - open.errors;
    const batch = await batchLoad(server.baseUrl, server.apiKey);
    const rawBatch = await rawBatchInserts(server.databaseUrl);
    const raw = await rawInserts(server.databaseUrl);
    const stored = await storedByTheApi(server.databaseUrl);
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
    console.log(`\n${SECONDS} s each, Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after\n`);
    console.log("| | connections | requests/s | p50 | p99 |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    console.log(`| POST /api/v1/sms | ${CONNECTIONS} | ${Math.round(api.perSecond)} | ${api.p50.toFixed(1)} ms | ${api.p99.toFixed(1)} ms |`);
    console.log(`| GET /api/health (framework + one query) | ${CONNECTIONS} | ${Math.round(health.requests.average)} | ${health.latency.p50.toFixed(1)} ms | ${health.latency.p99.toFixed(1)} ms |`);
    console.log(`| GET /api/v1/openapi.json (static, no database) | ${CONNECTIONS} | ${Math.round(ceiling.requests.average)} | ${ceiling.latency.p50.toFixed(1)} ms | ${ceiling.latency.p99.toFixed(1)} ms |`);
    console.log(`| raw INSERT into messages | ${CONNECTIONS} | ${Math.round(raw.perSecond)} | ${raw.p50.toFixed(1)} ms | ${raw.p99.toFixed(1)} ms |`);
    console.log(`| POST /api/v1/sms | 4 | ${Math.round(light.perSecond)} | ${light.p50.toFixed(1)} ms | ${light.p99.toFixed(1)} ms |`);
    console.log(`\n| ${BATCH_SIZE} rows at a time | connections | messages/s | p50 | p99 |`);
    console.log("| --- | ---: | ---: | ---: | ---: |");
    console.log(`| POST /api/v1/sms/batch | ${BATCH_CONNECTIONS} | ${Math.round(batch.perSecond)} | ${batch.p50.toFixed(1)} ms | ${batch.p99.toFixed(1)} ms |`);
    console.log(`| raw multi-row INSERT into messages | ${BATCH_CONNECTIONS} | ${Math.round(rawBatch.perSecond)} | ${rawBatch.p50.toFixed(1)} ms | ${rawBatch.p99.toFixed(1)} ms |`);
    console.log(
      `\nOpen loop, POST /api/v1/sms at ${OPEN_LOOP_RATE}/s for ${SECONDS} s (offered ${open.offered.toFixed(0)}/s): p50 ${open.p50.toFixed(1)} ms, p99 ${open.p99.toFixed(1)} ms, max ${open.max.toFixed(1)} ms; ${open.non2xx} not 2xx, ${open.errors} errors; the driver itself sent up to ${open.sendLateP99.toFixed(1)} ms late (p99)`,
    );
    // Clustered = the server stalled briefly (GC, the machine); spread = it is simply too busy.
    const windows = new Set(open.slowest.map((slow) => Math.floor(slow.dueAt / 250))).size;
    console.log(`The slowest 1 % of the open loop were due within ${windows} distinct 250-ms windows of ${SECONDS * 4}`);
    console.log(`\nSingle posts and health in turns, ${roundSeconds} s each at ${CONNECTIONS} connections:\n`);
    console.log("| round | GET /api/health | POST /api/v1/sms | ratio |");
    console.log("| ---: | ---: | ---: | ---: |");
    rounds.forEach((round, index) => console.log(`| ${index + 1} | ${Math.round(round.health)}/s | ${Math.round(round.api)}/s | ${pct(round.api, round.health)} |`));
    const ratios = rounds.map((round) => round.api / round.health).sort((a, b) => a - b);
    const medianRatio = (ratios[Math.floor((ratios.length - 1) / 2)] + ratios[Math.ceil((ratios.length - 1) / 2)]) / 2;
    console.log(`\nBatch ÷ raw multi-row insert: ${pct(batch.perSecond, rawBatch.perSecond)} (target ≥ 25 %)`);
    console.log(`POST /api/v1/sms ÷ GET /api/health at ${CONNECTIONS} connections: median of the rounds ${pct(medianRatio, 1)} (target ≥ 80 %); the two 20-s runs ${pct(api.perSecond, health.requests.average)}`);
    console.log(`Open loop at ${OPEN_LOOP_RATE}/s: p99 ${open.p99.toFixed(1)} ms (target < 50 ms)`);
    console.log(`POST /api/v1/sms ÷ raw single-row insert: ${pct(api.perSecond, raw.perSecond)}`);
    console.log(`API: ${api.total} requests, ${api.non2xx} not 2xx, ${api.errors} connection errors; batches: ${batch.non2xx} not 2xx, ${batch.errors} errors; health: ${health.non2xx} not 2xx`);
    const extra = stored - accepted;
    const verdict = extra < 0 ? `${-extra} LOST` : extra > cutOff ? `${extra - cutOff} MORE THAN WERE ASKED FOR` : "none lost, no more than were asked for";
    console.log(
      `Stored by the API: ${stored} messages; answered as accepted: ${accepted}; cut off unanswered at the end of timed runs: at most ${cutOff} — ${verdict}\n`,
    );
    if (extra < 0 || extra > cutOff) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
