import { sql } from "drizzle-orm";
import { forgetOldLoginAttempts } from "../auth/lockout";
import type { Database } from "../../db/client";
import { eraseExpiredAuditEntries } from "../audit/retention";
import { rollUpDailyUsage } from "../billing/daily-usage";
import type { Carrier } from "../carriers/carrier";
import type { Mailer } from "../email/mailer";
import { releaseExpiredIdempotencyKeys } from "../messages/idempotency-keys";
import { releaseDueReplyNumbers } from "../sms-settings/reply-numbers";
import { forwardInbound } from "../inbound/forward-inbound";
import { findUnforwardedInbound } from "../inbound/record-inbound";
import { pruneWebhookHistory } from "../pvs-webhooks/prune";
import { claimDueMessages, renewClaim } from "./claim";
import { handOver, type HandOverOutcome } from "./hand-over";
import { currentHandOverPause } from "./hand-over-pause";
import { checkCarrierBalance, type BalanceAlertSettings } from "./balance-check";
import type { RateLimiter } from "./rate-limiter";
import { expireUnreportedMessages } from "./record-report";
import { expireUnsentMessages } from "./expiry";
import { reconcileReports } from "./reconcile-reports";
import { carrierFor, carriersInUse } from "./sandbox-carrier";

export interface SweepDependencies {
  db: Database;
  carrier: Carrier;
  /** Where test-key messages go when `carrier` is a real one (lib/delivery/sandbox-carrier.ts). */
  simulator?: Carrier;
  mailer: Mailer;
  limiter?: Pick<RateLimiter, "take">;
  now?: () => Date;
  batchSize?: number;
  concurrency?: number;
  /** Threshold and recipient of the low-credit alert; from the environment when unset. */
  balanceAlert?: BalanceAlertSettings;
}

export interface SweepResult {
  outcomes: Record<HandOverOutcome, number>;
  expired: number;
  forwarded: number;
  erased: number;
}

// Bounds one dispatch run, so that a flood of due messages cannot starve the chores.
const MAX_BATCHES = 50;
/** Patient data (numbers, texts) is kept 60 days; counts and prices stay for statistics and invoices. */
export const RETENTION_DAYS = 60;

/**
 * Hands over every message that is due: new, scheduled, retried after a carrier error, or
 * left behind by a crashed dispatcher.
 */
export async function dispatchDue(deps: SweepDependencies): Promise<Record<HandOverOutcome, number>> {
  const now = deps.now ?? (() => new Date());
  const outcomes: Record<HandOverOutcome, number> = { sent: 0, retry: 0, undelivered: 0, "lost-claim": 0 };
  const batchSize = deps.batchSize ?? 100;
  // While hand-overs are paused (the carrier refuses our account) nothing is claimed: messages
  // stay pending and are handed over once the pause ends (lib/delivery/hand-over-pause.ts).
  for (let batch = 0; batch < MAX_BATCHES && !(await currentHandOverPause(deps.db, now())); batch++) {
    const claimed = await claimDueMessages(deps.db, now(), batchSize);
    await mapWithConcurrency(claimed, deps.concurrency ?? 16, async (message) => {
      await deps.limiter?.take();
      // Waiting for the limiter or for slow carrier calls can outlast the lease: renew it, and
      // leave the message to whoever holds it now if another dispatcher took it over.
      if (!(await renewClaim(deps.db, message.id, message.attempts, now()))) {
        outcomes["lost-claim"]++;
        return;
      }
      outcomes[await handOver(deps.db, carrierFor(message, deps.carrier, deps.simulator), message, now)]++;
    });
    if (claimed.length < batchSize) break;
  }
  // The simulator's reports and replies, kept in the database: after a restart they come from here.
  for (const carrier of carriersInUse(deps.carrier, deps.simulator)) await carrier.deliverOwed?.(now());
  return outcomes;
}

/**
 * The minute's chores: lookups of missing reports at the carrier, the 3-day timeout, messages
 * whose expiry passed before their hand-over, replies whose e-mail failed, daily usage,
 * erasing patient data after 60 days and audit entries after 3 years, reply numbers turned off
 * whose month is over, expired bookkeeping
 * (rate windows, webhook nonces, Idempotency-Keys older than 24 hours), and the carrier's credit.
 */
export async function runChores(deps: SweepDependencies): Promise<Omit<SweepResult, "outcomes">> {
  const now = (deps.now ?? (() => new Date()))();
  // Before the timeout: a report found by a lookup keeps a message from "no final report".
  for (const carrier of carriersInUse(deps.carrier, deps.simulator)) await reconcileReports(deps.db, carrier, now);
  const expired = await expireUnreportedMessages(deps.db, now);
  await expireUnsentMessages(deps.db, now);
  let forwarded = 0;
  for (const id of await findUnforwardedInbound(deps.db, 50)) {
    if ((await forwardInbound(deps.db, deps.mailer, id)) === "forwarded") forwarded++;
  }
  await rollUpDailyUsage(deps.db, now);
  const erased = await erasePatientData(deps.db, now);
  // The file mailbox (development, EMAIL_TRANSPORT=file) holds replies with patients' numbers.
  await deps.mailer.eraseBefore?.(retentionCutoff(now));
  await pruneBookkeeping(deps.db, now);
  await pruneWebhookHistory(deps.db, retentionCutoff(now));
  await eraseExpiredAuditEntries(deps.db, now);
  await releaseDueReplyNumbers(deps.db, now);
  // The carrier's credit: an alert when low, and the end of a pause for want of it.
  await checkCarrierBalance(deps.db, deps.carrier, deps.mailer, now, deps.balanceAlert);
  return { expired, forwarded, erased };
}

/** Everything that is due, once: Inngest's minute cron, and the local driver's timer. */
export async function sweep(deps: SweepDependencies): Promise<SweepResult> {
  const outcomes = await dispatchDue(deps);
  return { outcomes, ...(await runChores(deps)) };
}

/** Patient data from before this moment is erased. */
export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
}

async function erasePatientData(db: Database, now: Date): Promise<number> {
  const cutoff = retentionCutoff(now).toISOString();
  const nowIso = now.toISOString();
  const result = (await db.execute(
    sql`update messages set recipient = null, text = null, erased_at = ${nowIso}, updated_at = ${nowIso}
        where erased_at is null and final_at < ${cutoff}`,
  )) as unknown as { rowCount?: number; affectedRows?: number };
  await db.execute(
    sql`update inbound_messages set from_number = null, text = null, erased_at = ${nowIso}
        where erased_at is null and received_at < ${cutoff}`,
  );
  return result.rowCount ?? result.affectedRows ?? 0;
}

async function pruneBookkeeping(db: Database, now: Date) {
  const rateWindows = new Date(now.getTime() - 10 * 60_000).toISOString();
  const nonces = new Date(now.getTime() - 60 * 60_000).toISOString();
  await db.execute(sql`delete from api_rate_limits where window_start < ${rateWindows}`);
  await db.execute(sql`delete from webhook_nonces where received_at < ${nonces}`);
  await releaseExpiredIdempotencyKeys(db, now);
  // Logins, form limits and links only matter for minutes to days; after a day past their use
  // they are noise (and addresses and IPs we need not keep).
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000).toISOString();
  await forgetOldLoginAttempts(db, now);
  await db.execute(sql`delete from request_limits where window_start < ${dayAgo}`);
  await db.execute(sql`delete from auth_tokens where expires_at < ${dayAgo}`);
}

export async function mapWithConcurrency<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}
