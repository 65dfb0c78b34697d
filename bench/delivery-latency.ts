// npm run bench:latency – time from accepting a message to handing it to the carrier, with
// the simulator, at a steady 100 messages a second for a minute (the incumbent promises
// "under 30 seconds on average" from the PVS to the handset).
import pg from "pg";
import { benchRecipient, startBenchServer } from "./support/bench-server";

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);

async function main() {
  const server = await startBenchServer(3410);
  try {
    const total = RATE * SECONDS;
    let failed = 0;
    const inFlight: Promise<void>[] = [];
    const start = Date.now();
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(
        fetch(`${server.baseUrl}/api/v1/sms`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${server.apiKey}` },
          body: JSON.stringify({ to: benchRecipient(), from: "Praxis", text: `Ihr Termin morgen um 10 Uhr (${i}).` }),
        }).then((response) => {
          if (response.status !== 202) failed++;
        }),
      );
    }
    await Promise.all(inFlight);
    const sendingTook = (Date.now() - start) / 1000;

    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    for (let i = 0; i < 60; i++) {
      const { rows } = await client.query("select count(*)::int as waiting from messages where handed_over_at is null");
      if (rows[0].waiting === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const { rows } = await client.query(
      `select percentile_cont(0.5) within group (order by ms) as p50, percentile_cont(0.99) within group (order by ms) as p99,
              max(ms) as max, count(*)::int as handed_over
       from (select extract(epoch from handed_over_at - created_at) * 1000 as ms from messages where handed_over_at is not null) t`,
    );
    const { rows: statuses } = await client.query("select status, count(*)::int from messages group by status order by status");
    await client.end();
    const [latency] = rows;
    console.log(`\n${total} messages at ${RATE}/s for ${SECONDS} s (sending took ${sendingTook.toFixed(1)} s), ${failed} not accepted`);
    console.log(`Accepted → handed over: p50 ${Number(latency.p50).toFixed(0)} ms, p99 ${Number(latency.p99).toFixed(0)} ms, max ${Number(latency.max).toFixed(0)} ms (${latency.handed_over} handed over)`);
    console.log(`Targets: p50 < 1000 ms, p99 < 3000 ms. Statuses at the end: ${statuses.map((s) => `${s.status} ${s.count}`).join(", ")}\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
