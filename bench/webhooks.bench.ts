// npm run bench:webhooks – status changes to PVS webhooks with the app's own driver: 10,000
// delivery reports at a steady rate against a fresh database on the local PostgreSQL, one local
// receiver, and the time from each status change to the receiver's 2xx. Every event must
// arrive exactly once, counted at the receiver and in webhook_attempts.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { selectRows } from "../db/rows";
import { messages } from "../db/schema";
import { adminQuery } from "../db/testing/admin-query";
import { createTestPractice } from "../db/testing/fixtures";
import { insertEndpoint, startReceiver, testSenderDeps } from "../db/testing/webhook-fixtures";
import { recordReport } from "../lib/delivery/record-report";
import { WebhookDriver } from "../lib/pvs-webhooks/webhook-driver";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const name = `pb_bench_webhooks_${randomBytes(4).toString("hex")}`;
  await adminQuery(ADMIN_URL, `create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString() });
  const db = handle.db;
  // webhook-id → when the receiver answered 2xx (each arrival counted).
  const arrivals = new Map<string, number[]>();
  const receiver = await startReceiver((webhook) => {
    const id = String(webhook.headers["webhook-id"]);
    arrivals.set(id, [...(arrivals.get(id) ?? []), Date.now()]);
    return 204;
  });
  const driver = new WebhookDriver(async () => testSenderDeps(db));
  try {
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    for (let start = 0; start < TOTAL; start += 1000) {
      await db.insert(messages).values(
        Array.from({ length: Math.min(1000, TOTAL - start) }, (_, i) => ({
          practiceId,
          recipient: "+4917612345678",
          sender: "Praxis",
          text: `Ihr Termin morgen um 10 Uhr (${start + i}).`,
          encoding: "GSM-7" as const,
          characters: 30,
          segments: 1,
          sendAt: new Date(),
          priceCents: 9,
          status: "sent" as const,
          carrier: "bench",
          carrierMessageId: `b-${start + i}`,
          handedOverAt: new Date(),
        })),
      );
    }
    driver.start();
    const began = Date.now();
    const inFlight: Promise<unknown>[] = [];
    for (let i = 0; i < TOTAL; i++) {
      const wait = began + (i * 1000) / RATE - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // As the app's local work does after recording a report: wake the webhook loop.
      inFlight.push(
        recordReport(db, { carrier: "bench", carrierMessageId: `b-${i}`, status: "delivered", carrierStatus: "DELIVERED" }, new Date()).then(() => driver.wake()),
      );
    }
    await Promise.all(inFlight);
    const changesTook = (Date.now() - began) / 1000;
    for (let i = 0; i < 120 && arrivals.size < TOTAL; i++) await new Promise((resolve) => setTimeout(resolve, 500));
    // Let a late duplicate show itself before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    driver.stop();

    const rows = await selectRows<{ id: string; occurred_at: string }>(db, sql`select id, occurred_at from webhook_deliveries`);
    const latencies: number[] = [];
    let missing = 0;
    let duplicates = 0;
    for (const row of rows) {
      const arrived = arrivals.get(`msg_${String(row.id).replaceAll("-", "")}`);
      if (!arrived) missing++;
      else {
        if (arrived.length > 1) duplicates += arrived.length - 1;
        latencies.push(arrived[0] - new Date(row.occurred_at).getTime());
      }
    }
    latencies.sort((a, b) => a - b);
    const [counts] = await selectRows<{ attempts: number; succeeded: number; failed: number }>(
      db,
      sql`select (select count(*)::int from webhook_attempts) as attempts,
                 (select count(*)::int from webhook_deliveries where succeeded_at is not null) as succeeded,
                 (select count(*)::int from webhook_attempts where http_status is distinct from 204) as failed`,
    );
    console.log(`\n${TOTAL} status changes at ${RATE}/s (took ${changesTook.toFixed(1)} s), ${rows.length} events owed`);
    console.log(
      `Status change → receiver's 2xx: p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms (${latencies.length} arrived)`,
    );
    console.log(`Arrived once: ${latencies.length - 0}, missing ${missing}, duplicates ${duplicates}; attempts recorded ${counts.attempts} (failed ${counts.failed}), succeeded ${counts.succeeded}`);
    console.log(`Target: p99 < 2000 ms, every event exactly once.\n`);
    if (missing > 0 || duplicates > 0 || counts.attempts !== TOTAL) process.exitCode = 1;
  } finally {
    driver.stop();
    await receiver.close();
    await handle.close();
    await adminQuery(ADMIN_URL, `drop database if exists "${name}" with (force)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
