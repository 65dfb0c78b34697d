import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import type { Carrier } from "../carriers/carrier";
import type { Mailer } from "../email/mailer";
import { forwardInbound } from "../inbound/forward-inbound";
import { findUnforwardedInbound } from "../inbound/record-inbound";
import { claimDueMessages } from "./claim";
import { handOver, type HandOverOutcome } from "./hand-over";
import type { RateLimiter } from "./rate-limiter";
import { expireUnreportedMessages } from "./record-report";

export interface SweepDependencies {
  db: Database;
  carrier: Carrier;
  mailer: Mailer;
  limiter?: RateLimiter;
  now?: () => Date;
  batchSize?: number;
  concurrency?: number;
}

export interface SweepResult {
  outcomes: Record<HandOverOutcome, number>;
  expired: number;
  forwarded: number;
}

// Bounds one sweep, so that a flood of due messages cannot keep it from the other chores.
const MAX_BATCHES = 50;

/**
 * Everything that is due, done once: hand over due messages (new, scheduled, retried after a
 * carrier error, or left behind by a crashed dispatcher), apply the 3-day timeout, forward
 * replies whose e-mail failed, and drop bookkeeping that has expired. Plain domain code over
 * PostgreSQL: Inngest runs it as a cron, the app on a timer when there is no Inngest.
 */
export async function sweep(deps: SweepDependencies): Promise<SweepResult> {
  const now = deps.now ?? (() => new Date());
  const outcomes: Record<HandOverOutcome, number> = { sent: 0, retry: 0, undelivered: 0, "lost-claim": 0 };
  const batchSize = deps.batchSize ?? 100;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claimDueMessages(deps.db, now(), batchSize);
    await mapWithConcurrency(claimed, deps.concurrency ?? 16, async (message) => {
      await deps.limiter?.take();
      outcomes[await handOver(deps.db, deps.carrier, message, now)]++;
    });
    if (claimed.length < batchSize) break;
  }
  const expired = await expireUnreportedMessages(deps.db, now());
  let forwarded = 0;
  for (const id of await findUnforwardedInbound(deps.db, 50)) {
    if ((await forwardInbound(deps.db, deps.mailer, id)) === "forwarded") forwarded++;
  }
  await pruneBookkeeping(deps.db, now());
  return { outcomes, expired, forwarded };
}

async function pruneBookkeeping(db: Database, now: Date) {
  const rateWindows = new Date(now.getTime() - 10 * 60_000).toISOString();
  const nonces = new Date(now.getTime() - 60 * 60_000).toISOString();
  await db.execute(sql`delete from api_rate_limits where window_start < ${rateWindows}`);
  await db.execute(sql`delete from webhook_nonces where received_at < ${nonces}`);
}

export async function mapWithConcurrency<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}
