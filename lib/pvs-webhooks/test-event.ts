import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import { authEncryptionKey } from "../auth/auth-secrets";
import { DomainError } from "../errors/domain-error";
import { TEST_EVENT_TYPE } from "./event-types";
import { postWebhook, type PostResult, type SendPolicy } from "./post-webhook";
import { signingSecrets } from "./secrets";
import { signedHeaders, webhookIdFor } from "./sign";
import { webhookUrlPolicy } from "./url-policy";

interface TestEventOptions {
  encryptionKey?: string;
  policy?: SendPolicy;
  now?: Date;
}

/**
 * "Test-Event senden": a signed `webhook.test` to the endpoint, disabled or not, recorded among
 * its attempts. It changes nothing about the endpoint's state. The caller checks that the
 * endpoint belongs to the user's practice.
 */
export async function sendTestEvent(db: Database, endpointId: string, options: TestEventOptions = {}): Promise<PostResult> {
  const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
  if (!endpoint) throw new DomainError("not_found", "Diesen Webhook-Empfänger gibt es nicht (mehr).");
  const now = options.now ?? new Date();
  const body = JSON.stringify({
    type: TEST_EVENT_TYPE,
    timestamp: now.toISOString(),
    data: { endpointId, text: "Test-Event von Praxisbote: Ihr Empfänger ist richtig eingerichtet, wenn er die Signatur prüft und mit 2xx antwortet." },
  });
  const secrets = signingSecrets(endpoint, options.encryptionKey ?? authEncryptionKey(), now);
  const result = await postWebhook(endpoint.url, signedHeaders(secrets, webhookIdFor(randomUUID()), now, body), body, options.policy ?? webhookUrlPolicy());
  await db.execute(
    sql`insert into webhook_attempts (endpoint_id, delivery_id, event_type, attempted_at, http_status, duration_ms, error)
        values (${endpointId}, null, ${TEST_EVENT_TYPE}, ${now.toISOString()}, ${result.httpStatus}, ${result.durationMs}, ${result.error})`,
  );
  return result;
}
