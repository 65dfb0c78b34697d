// npm run --silent bench:limit – what a monthly limit costs a post: the same sequential posts to
// a server whose practice has no limit, then to one whose practice has a limit and already
// BENCH_MONTH_MESSAGES (30,000) messages this month, which every post adds up.
import pg from "pg";
import { benchRecipient, startBenchServer } from "./support/bench-server";

const MONTH_MESSAGES = Number(process.env.BENCH_MONTH_MESSAGES ?? 30_000);
const WARM_UP = 300;
const POSTS = 500;

async function msPerPost(withLimit: boolean): Promise<number> {
  const server = await startBenchServer(3402);
  const pool = new pg.Pool({ connectionString: server.databaseUrl });
  try {
    if (withLimit) {
      const { rows } = await pool.query("select id from practices limit 1");
      await pool.query("update practices set monthly_part_limit = 100000000 where id = $1", [rows[0].id]);
      // Spread over the days of this month so far, billed and delivered.
      await pool.query(
        `insert into messages (practice_id, recipient, sender, text, encoding, characters, segments, send_at, price_cents, created_at, status, final_at)
         select $1, '+4917600000' || g, 'Praxis', 'x', 'GSM-7', 1, 1, now(), 8,
                date_trunc('month', now()) + (now() - date_trunc('month', now())) * (g::float / $2), 'delivered', now()
         from generate_series(1, $2) g`,
        [rows[0].id, MONTH_MESSAGES],
      );
      await pool.query("analyze");
    }
    const sendAt = new Date(Date.now() + 86_400_000).toISOString();
    const post = async () => {
      const response = await fetch(`${server.baseUrl}/api/v1/sms`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${server.apiKey}` },
        body: JSON.stringify({ to: benchRecipient(), from: "Praxis", text: "Ihr Termin ist morgen um 10:30 Uhr.", sendAt }),
      });
      if (response.status !== 202) throw new Error(`post answered ${response.status}: ${await response.text()}`);
    };
    for (let i = 0; i < WARM_UP; i++) await post();
    const started = performance.now();
    for (let i = 0; i < POSTS; i++) await post();
    return (performance.now() - started) / POSTS;
  } finally {
    await pool.end();
    await server.stop();
  }
}

async function main() {
  const without = await msPerPost(false);
  const limited = await msPerPost(true);
  console.log(`${POSTS} sequential posts each, after ${WARM_UP} of warm-up:\n`);
  console.log(`| practice | ms per post |`);
  console.log(`| --- | ---: |`);
  console.log(`| no monthly limit | ${without.toFixed(1)} |`);
  console.log(`| monthly limit, ${MONTH_MESSAGES.toLocaleString("en")} messages this month | ${limited.toFixed(1)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
