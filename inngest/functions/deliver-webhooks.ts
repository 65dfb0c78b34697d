import { cron } from "inngest";
import type { DeliveryOutcome } from "../../lib/pvs-webhooks/deliver";
import { deliverDueWebhooks } from "../../lib/pvs-webhooks/deliver";
import { webhookSenderDeps } from "../../lib/pvs-webhooks/sender-deps";
import { inngest } from "../client";
import { runtimeDeps, type FunctionDeps } from "../deps";
import { webhookDeliveriesDue } from "../events";

export interface WebhookFunctionDeps extends FunctionDeps {
  /** The sender's settings; from the installation unless a test hands in its own. */
  sender?: (deps: FunctionDeps) => Promise<Parameters<typeof deliverDueWebhooks>[0]>;
}

const installationSender = async (deps: FunctionDeps) => webhookSenderDeps(await deps.db(), deps.mailer());

const deliverDue = async (deps: WebhookFunctionDeps) => deliverDueWebhooks(await (deps.sender ?? installationSender)(deps));

/**
 * Sends the PVS webhooks the outbox owes every minute: retries, and anything an announcement
 * missed. The state is in the outbox rows, so overlapping runs only share the work (SKIP LOCKED).
 */
export function createDeliverWebhooks(deps: WebhookFunctionDeps = runtimeDeps) {
  return inngest.createFunction({ id: "deliver-webhooks", triggers: [cron("* * * * *")], concurrency: { limit: 1 } }, async ({ step }): Promise<Record<DeliveryOutcome, number>> =>
    step.run("deliver-due-webhooks", () => deliverDue(deps)),
  );
}

/**
 * The same when a status change announces webhooks due now. A burst of announcements becomes
 * one run (debounce: a second of quiet, at most three seconds of waiting under a steady stream).
 */
export function createDeliverAnnouncedWebhooks(deps: WebhookFunctionDeps = runtimeDeps) {
  return inngest.createFunction(
    { id: "deliver-announced-webhooks", triggers: [webhookDeliveriesDue], debounce: { period: "1s", timeout: "3s" }, concurrency: { limit: 1 } },
    async ({ step }): Promise<Record<DeliveryOutcome, number>> => step.run("deliver-due-webhooks", () => deliverDue(deps)),
  );
}

export const deliverWebhooks = createDeliverWebhooks();
export const deliverAnnouncedWebhooks = createDeliverAnnouncedWebhooks();
