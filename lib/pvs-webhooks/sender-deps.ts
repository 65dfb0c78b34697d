import "server-only";
import type { Database } from "../../db/client";
import { authEncryptionKey } from "../auth/auth-secrets";
import type { Mailer } from "../email/mailer";
import { env } from "../env";
import type { WebhookSenderDeps } from "./deliver";
import { webhookUrlPolicy } from "./url-policy";

/** What the webhook sender needs, from the installation's settings: the local driver and Inngest alike. */
export const webhookSenderDeps = (db: Database, mailer: Mailer): WebhookSenderDeps => ({
  db,
  mailer,
  encryptionKey: authEncryptionKey(),
  policy: webhookUrlPolicy(),
  appUrl: env.APP_URL,
});
