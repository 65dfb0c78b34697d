import { getDb, type Database } from "../db/client";
import type { Carrier } from "../lib/carriers/carrier";
import { getRuntime } from "../lib/delivery/runtime";
import type { RateLimiter } from "../lib/delivery/rate-limiter";
import type { Mailer } from "../lib/email/mailer";
import { describeError } from "../lib/log-error";
import { inngest } from "./client";
import { webhookDeliveriesDue } from "./events";

/**
 * What the durable functions need from the outside world. Getters, not values: the database
 * is opened and the carrier chosen on first use, never when a module is imported. Tests pass
 * their own (a test database, a fake carrier and mailer).
 */
export interface FunctionDeps {
  db: () => Promise<Database>;
  carrier: () => Carrier;
  /** Where test-key messages go when `carrier` is a real one; tests without sandbox messages leave it out. */
  simulator?: () => Carrier;
  mailer: () => Mailer;
  limiter?: () => RateLimiter;
  /** Tells the webhook function that the outbox holds events due now; without it they go out with the minute's run. */
  announceWebhooks?: () => Promise<void>;
}

export const runtimeDeps: FunctionDeps = {
  db: getDb,
  carrier: () => getRuntime().carrier,
  simulator: () => getRuntime().simulator,
  mailer: () => getRuntime().mailer,
  limiter: () => getRuntime().limiter,
  announceWebhooks: async () => {
    await inngest.send(webhookDeliveriesDue.create({}));
  },
};

/**
 * A step that announces webhooks due now (message.sent, a report, …). Best effort: if the
 * announcement is lost, the minute's run sends them all the same.
 */
export async function announceWebhooks(deps: FunctionDeps, step: { run: (id: string, fn: () => Promise<void>) => Promise<unknown> }): Promise<void> {
  const announce = deps.announceWebhooks;
  if (!announce) return;
  await step.run("announce-webhooks", () => announce().catch((error: Error) => console.error("[webhooks] could not announce due webhooks:", describeError(error))));
}
