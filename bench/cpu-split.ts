// npm run bench:cpu – where the CPU of one request goes: the server process and PostgreSQL,
// per route, read from /proc before and after a fixed number of requests. It shows which side
// limits a route (the load generator's own CPU is not counted).
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { benchRecipient, startBenchServer } from "./support/bench-server";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MS_PER_TICK = 10; // USER_HZ is 100 on Linux
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();
const REMINDER = "Ihr Termin ist morgen um 10:30 Uhr. Absage bitte unter 0711 123456. Ihre Zahnarztpraxis Dr. Sommer";

/** CPU milliseconds (user + system, with waited-for children) of the processes whose command line matches. */
function cpuMs(matches: (commandLine: string) => boolean): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!matches(readFileSync(`/proc/${pid}/cmdline`, "utf8"))) continue;
      // Fields after the command name: utime, stime, cutime, cstime are the 14th–17th of stat.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * MS_PER_TICK;
}

const server = (commandLine: string) => commandLine.includes("next/dist/bin/next") || commandLine.startsWith("next-server");
const postgres = (commandLine: string) => commandLine.startsWith("postgres");

async function main() {
  const bench = await startBenchServer(3401);
  const auth = { authorization: `Bearer ${bench.apiKey}` };
  const routes: [string, autocannon.Options][] = [
    ["GET /api/health", { url: `${bench.baseUrl}/api/health` }],
    ["GET /api/v1/key-check", { url: `${bench.baseUrl}/api/v1/key-check`, headers: auth }],
    [
      "POST /api/v1/sms",
      {
        url: `${bench.baseUrl}/api/v1/sms`,
        requests: [
          {
            method: "POST",
            headers: { ...auth, "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ to: benchRecipient(), from: "Praxis", text: REMINDER, sendAt: TOMORROW }) }),
          },
        ],
      },
    ],
  ];
  try {
    for (const [, options] of routes) await autocannon({ ...options, connections: CONNECTIONS, amount: 500 });
    console.log(`\n${REQUESTS} requests per route at ${CONNECTIONS} connections, CPU per request:\n`);
    console.log("| route | requests/s | server (Node) | PostgreSQL |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const [name, options] of routes) {
      const before = { server: cpuMs(server), postgres: cpuMs(postgres), at: performance.now() };
      const result = await autocannon({ ...options, connections: CONNECTIONS, amount: REQUESTS });
      if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} answers not 2xx`);
      const seconds = (performance.now() - before.at) / 1000;
      const perRequest = (after: number, start: number) => `${((after - start) / REQUESTS).toFixed(2)} ms`;
      console.log(`| ${name} | ${Math.round(REQUESTS / seconds)} | ${perRequest(cpuMs(server), before.server)} | ${perRequest(cpuMs(postgres), before.postgres)} |`);
    }
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
