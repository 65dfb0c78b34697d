// npm run bench:api – the PVS API under load against raw single-row INSERTs into the same
// table, at the same concurrency, in one run on the local PostgreSQL.
import autocannon from "autocannon";
import pg from "pg";
import { benchRecipient, startBenchServer } from "./support/bench-server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();

async function apiLoad(baseUrl: string, apiKey: string, connections = CONNECTIONS) {
  const result = await autocannon({
    url: `${baseUrl}/api/v1/sms`,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        setupRequest: (request) => ({
          ...request,
          // Scheduled for tomorrow, like most reminders: this measures accepting, not the hand-over
          // (bench/delivery-latency.ts measures that).
          body: JSON.stringify({ to: benchRecipient(), from: "Praxis", text: "Ihr Termin ist morgen um 10:30 Uhr. Absage bitte unter 0711 123456. Ihre Zahnarztpraxis Dr. Sommer", sendAt: TOMORROW }),
        }),
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
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

async function main() {
  const server = await startBenchServer(3400);
  try {
    // Warm-up: compile routes and fill connection pools.
    await autocannon({ url: `${server.baseUrl}/api/v1/key-check`, connections: 10, amount: 500, headers: { authorization: `Bearer ${server.apiKey}` } });
    // The framework's own ceiling on this machine: a static route that touches nothing.
    const ceiling = await autocannon({ url: `${server.baseUrl}/api/v1/openapi.json`, connections: CONNECTIONS, duration: Math.min(SECONDS, 10) });
    const api = await apiLoad(server.baseUrl, server.apiKey);
    const light = await apiLoad(server.baseUrl, server.apiKey, 4);
    const raw = await rawInserts(server.databaseUrl);
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, Node ${process.version}\n`);
    console.log("| | requests/s | p50 | p99 |");
    console.log("| --- | ---: | ---: | ---: |");
    console.log(`| POST /api/v1/sms | ${Math.round(api.perSecond)} | ${api.p50.toFixed(1)} ms | ${api.p99.toFixed(1)} ms |`);
    console.log(`| raw INSERT into messages | ${Math.round(raw.perSecond)} | ${raw.p50.toFixed(1)} ms | ${raw.p99.toFixed(1)} ms |`);
    console.log(`| POST /api/v1/sms, 4 connections | ${Math.round(light.perSecond)} | ${light.p50.toFixed(1)} ms | ${light.p99.toFixed(1)} ms |`);
    console.log(`| GET /api/v1/openapi.json (static, no database) | ${Math.round(ceiling.requests.average)} | ${ceiling.latency.p50.toFixed(1)} ms | ${ceiling.latency.p99.toFixed(1)} ms |`);
    console.log(`\nAPI ÷ raw insert: ${((api.perSecond / raw.perSecond) * 100).toFixed(0)} % (target ≥ 40 %), API p99 ${api.p99.toFixed(1)} ms (target < 100 ms)`);
    console.log(`API: ${api.total} requests, ${api.non2xx} not 2xx, ${api.errors} connection errors\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
