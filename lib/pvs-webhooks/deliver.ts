import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { mapWithConcurrency } from "../delivery/sweep";
import type { Mailer } from "../email/mailer";
import type { MessageStatus } from "../messages/status";
import { disableFailingEndpoint, sendDueDisableNotices } from "./disable-endpoint";
import { buildPayload, buildPayloads, EventGoneError, type OwedEvent } from "./payload";
import { postWebhook, type PostResult, type SendPolicy } from "./post-webhook";
import { nextAttemptAt, threeDaysPassed } from "./retry-schedule";
import { signingSecrets } from "./secrets";
import { signedHeaders, webhookIdFor } from "./sign";

// Sends what the outbox owes: claim due rows with a lease, POST each, record the attempt and
// the next one. All state is in PostgreSQL, so the local driver and Inngest run the same code
// and a process that dies mid-send leaves the row to whoever claims it after the lease.

export interface WebhookSenderDeps {
  db: Database;
  mailer: Mailer;
  /** AUTH_ENCRYPTION_KEY, which opens the endpoints' signing secrets. */
  encryptionKey: string;
  policy: SendPolicy;
  /** For the link in the e-mail about a disabled endpoint. */
  appUrl: string;
  now?: () => Date;
}

export type DeliveryOutcome = "succeeded" | "failed" | "abandoned" | "lost-claim";

/** Longer than one attempt can take (10 s), so a live sender never loses its claim. */
export const DELIVERY_LEASE_MS = 60_000;

interface ClaimedDelivery extends OwedEvent {
  id: string;
  endpointId: string;
  payload: string | null;
  attempts: number;
  lease: string;
  endpoint: {
    url: string;
    secretSealed: string;
    previousSecretSealed: string | null;
    previousSecretUntil: Date | null;
    failingSince: Date | null;
    disabled: boolean;
    /** The endpoint still asks for this event's type (its events can be changed after the event was owed). */
    subscribed: boolean;
  };
}

export const UNREADABLE_SECRET = "Der Signaturschlüssel ist nicht lesbar (AUTH_ENCRYPTION_KEY geändert?); bitte einen neuen erzeugen.";

const dateOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/**
 * Claims up to `limit` due deliveries. The lease moves next_attempt_at too: a sender that dies
 * leaves the row due again when its lease ends, and the due index stays the only one read.
 */
export async function claimDueDeliveries(db: Database, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const lease = new Date(now.getTime() + DELIVERY_LEASE_MS).toISOString();
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`with due as (
          select id from webhook_deliveries
          where succeeded_at is null and abandoned_at is null and next_attempt_at <= ${now.toISOString()}
          order by next_attempt_at
          limit ${limit}
          for update skip locked
        ), claimed as (
          update webhook_deliveries d set claimed_until = ${lease}, next_attempt_at = ${lease}
          from due where d.id = due.id
          returning d.*
        )
        select c.*, e.url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_until, e.failing_since, e.disabled_at,
          c.event_type = any(e.event_types) as subscribed
        from claimed c join webhook_endpoints e on e.id = c.endpoint_id`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    endpointId: String(row.endpoint_id),
    practiceId: String(row.practice_id),
    eventType: String(row.event_type),
    messageId: (row.message_id as string | null) ?? null,
    inboundId: (row.inbound_id as string | null) ?? null,
    eventStatus: (row.event_status as MessageStatus | null) ?? null,
    recipient: (row.recipient as string | null) ?? null,
    occurredAt: new Date(row.occurred_at as string),
    payload: (row.payload as string | null) ?? null,
    attempts: Number(row.attempts),
    lease,
    endpoint: {
      url: String(row.url),
      secretSealed: String(row.secret_sealed),
      previousSecretSealed: (row.previous_secret_sealed as string | null) ?? null,
      previousSecretUntil: dateOrNull(row.previous_secret_until),
      failingSince: dateOrNull(row.failing_since),
      disabled: row.disabled_at !== null && row.disabled_at !== undefined,
      subscribed: row.subscribed === true,
    },
  }));
}

/**
 * Builds and fixes the bodies of the claimed deliveries that have none yet, in three statements
 * for the whole batch; a delivery whose message or reply is gone keeps none (attemptDelivery
 * abandons it).
 */
export async function freezePayloads(db: Database, claimed: ClaimedDelivery[]): Promise<void> {
  const fresh = claimed.filter((delivery) => delivery.payload === null);
  if (fresh.length === 0) return;
  const bodies = await buildPayloads(db, fresh);
  const built = fresh.filter((delivery) => bodies.get(delivery.id));
  if (built.length === 0) return;
  // Fixed before the first send: every retry carries the same bytes, whatever happens to the message.
  const rows = await selectRows<{ id: string; payload: string }>(
    db,
    sql`update webhook_deliveries d set payload = coalesce(d.payload, b.payload)
        from unnest(${sql.param(built.map((delivery) => delivery.id))}::uuid[], ${sql.param(built.map((delivery) => bodies.get(delivery.id)!))}::text[]) as b(id, payload)
        where d.id = b.id
        returning d.id, d.payload`,
  );
  const stored = new Map(rows.map((row) => [String(row.id), row.payload]));
  for (const delivery of built) delivery.payload = stored.get(delivery.id) ?? null;
}

/** One attempt at one claimed delivery, recorded with its outcome. */
export async function attemptDelivery(deps: WebhookSenderDeps, delivery: ClaimedDelivery): Promise<DeliveryOutcome> {
  const clock = deps.now ?? (() => new Date());
  // An endpoint switched off, or no longer asking for this type, after the event was owed gets nothing more.
  if (delivery.endpoint.disabled || !delivery.endpoint.subscribed) return abandon(deps.db, delivery, clock());
  let body = delivery.payload;
  if (body === null) {
    try {
      body = await buildPayload(deps.db, delivery);
    } catch (error) {
      if (error instanceof EventGoneError) return abandon(deps.db, delivery, clock());
      throw error;
    }
    // Fixed before the first send: every retry carries the same bytes, whatever happens to the message.
    await deps.db.execute(sql`update webhook_deliveries set payload = ${body} where id = ${delivery.id} and payload is null`);
  }
  const sentAt = clock();
  let secrets: string[];
  try {
    secrets = signingSecrets(delivery.endpoint, deps.encryptionKey, sentAt);
  } catch {
    // AUTH_ENCRYPTION_KEY changed: nothing can be signed until the endpoint gets a new secret.
    return recordAttempt(deps, delivery, { ok: false, httpStatus: null, durationMs: 0, error: UNREADABLE_SECRET }, clock());
  }
  const result = await postWebhook(delivery.endpoint.url, signedHeaders(secrets, webhookIdFor(delivery.id), sentAt, body), body, deps.policy);
  return recordAttempt(deps, delivery, result, clock());
}

async function recordAttempt(deps: WebhookSenderDeps, delivery: ClaimedDelivery, result: PostResult, now: Date): Promise<DeliveryOutcome> {
  const at = now.toISOString();
  const failingSince = delivery.endpoint.failingSince ?? now;
  const giveUp = !result.ok && (threeDaysPassed(delivery.occurredAt, now) || threeDaysPassed(failingSince, now));
  const next = result.ok || giveUp ? null : nextAttemptAt(delivery.attempts + 1, delivery.occurredAt, now);
  const rows = await selectRows<{ id: string }>(
    deps.db,
    sql`with attempt as (
          insert into webhook_attempts (endpoint_id, delivery_id, event_type, attempted_at, http_status, duration_ms, error, next_attempt_at)
          values (${delivery.endpointId}, ${delivery.id}, ${delivery.eventType}, ${at}, ${result.httpStatus}, ${result.durationMs}, ${result.error},
                  ${next?.toISOString() ?? null}::timestamptz)
        ), endpoint as (
          ${
            // Written only when it changes: concurrent sends to one endpoint do not queue on its row.
            result.ok
              ? sql`update webhook_endpoints set failing_since = null where id = ${delivery.endpointId} and failing_since is not null`
              : sql`update webhook_endpoints set failing_since = ${at} where id = ${delivery.endpointId} and failing_since is null`
          }
        )
        update webhook_deliveries set attempts = attempts + 1, claimed_until = null,
          ${result.ok ? sql`succeeded_at = ${at}` : giveUp ? sql`abandoned_at = ${at}` : sql`next_attempt_at = ${next!.toISOString()}`}
        where id = ${delivery.id} and claimed_until = ${delivery.lease}
        returning id`,
  );
  if (rows.length === 0) return "lost-claim";
  if (result.ok) return "succeeded";
  if (!giveUp) return "failed";
  if (threeDaysPassed(failingSince, now)) {
    await disableFailingEndpoint(deps.db, deps.mailer, deps.appUrl, delivery.endpointId, now);
  }
  return "abandoned";
}

async function abandon(db: Database, delivery: ClaimedDelivery, now: Date): Promise<DeliveryOutcome> {
  const rows = await selectRows(
    db,
    sql`update webhook_deliveries set abandoned_at = ${now.toISOString()}, claimed_until = null
        where id = ${delivery.id} and claimed_until = ${delivery.lease} returning id`,
  );
  return rows.length > 0 ? "abandoned" : "lost-claim";
}

export interface DeliverOptions {
  batchSize?: number;
  concurrency?: number;
  /** Bounds one run so that a backlog cannot hold it forever. */
  maxBatches?: number;
}

/** Sends every delivery that is due now, a batch at a time. */
export async function deliverDueWebhooks(deps: WebhookSenderDeps, options: DeliverOptions = {}): Promise<Record<DeliveryOutcome, number>> {
  const clock = deps.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const outcomes: Record<DeliveryOutcome, number> = { succeeded: 0, failed: 0, abandoned: 0, "lost-claim": 0 };
  // An e-mail about a disabled endpoint that failed before.
  await sendDueDisableNotices(deps.db, deps.mailer, deps.appUrl, clock());
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    const claimed = await claimDueDeliveries(deps.db, clock(), batchSize);
    await freezePayloads(deps.db, claimed);
    await mapWithConcurrency(claimed, options.concurrency ?? 10, async (delivery) => {
      outcomes[await attemptDelivery(deps, delivery)]++;
    });
    if (claimed.length < batchSize) break;
  }
  return outcomes;
}
