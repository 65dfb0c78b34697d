import "server-only";
import { env } from "../env";
import type { WebhookUrlPolicy } from "./allowed-url";

/** The installation's rule for webhook addresses (lib/pvs-webhooks/allowed-url.ts), from the environment. */
export const webhookUrlPolicy = (): WebhookUrlPolicy => ({
  production: env.NODE_ENV === "production",
  allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS === "1",
});
