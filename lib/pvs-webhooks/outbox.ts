import { sql, type SQL } from "drizzle-orm";
import { momentValue, type Moment } from "../../db/rows";
import type { MessageStatus } from "../messages/status";
import { eventTypeForStatus, type WebhookEventType } from "./event-types";

// The outbox rows, written by CTEs inside the very statement that changes a message, stores a
// reply or an opt-out: data-modifying CTEs commit together, so an event is never lost or
// invented by a crash between the change and its webhook. A practice without endpoints pays one
// lookup on webhook_endpoints_practice_idx.

const subscribed = (eventType: WebhookEventType, practiceId: SQL) =>
  sql`join webhook_endpoints e on e.practice_id = ${practiceId} and e.disabled_at is null and e.event_types @> array[${eventType}]::text[]`;

/**
 * The CTE `<source>_webhooks`: one delivery per subscribed endpoint for each `id` in the CTE
 * `source` (those `where` keeps) that reached `status`; null for statuses without an event.
 */
export function insertMessageDeliveries(source: string, status: MessageStatus, now: Moment, where?: SQL): SQL | null {
  const eventType = eventTypeForStatus(status);
  if (!eventType) return null;
  const at = momentValue(now);
  // The messages table is read as before the statement: only practice_id is needed, which never changes.
  return sql`${sql.identifier(`${source}_webhooks`)} as (
      insert into webhook_deliveries (endpoint_id, practice_id, event_type, message_id, event_status, occurred_at, next_attempt_at)
      select e.id, e.practice_id, ${eventType}, src.id, ${status}::message_status, src.at, src.at
      from (select id, ${at}::timestamptz as at from ${sql.identifier(source)} ${where ? sql`where ${where}` : sql``}) src
      join messages wm on wm.id = src.id
      ${subscribed(eventType, sql`wm.practice_id`)}
    )`;
}

/**
 * The CTE `reply_webhooks`: `reply.received` for the rows of the CTE `inserted` (inbound_messages
 * with id, practice_id, received_at) that belong to a practice.
 */
export function insertReplyDeliveries(inserted: string, now: Date): SQL {
  return sql`reply_webhooks as (
      insert into webhook_deliveries (endpoint_id, practice_id, event_type, inbound_id, occurred_at, next_attempt_at)
      select e.id, e.practice_id, 'reply.received', r.id, r.received_at, ${now.toISOString()}::timestamptz
      from ${sql.identifier(inserted)} r
      ${subscribed("reply.received", sql`r.practice_id`)}
    )`;
}

/**
 * The CTE `opt_out_webhooks`: `recipient.opted_out` for the rows of the CTE `optedOut`
 * (opt_outs with practice_id, number, reply_id, created_at).
 */
export function insertOptOutDeliveries(optedOut: string, now: Date): SQL {
  return sql`opt_out_webhooks as (
      insert into webhook_deliveries (endpoint_id, practice_id, event_type, inbound_id, recipient, occurred_at, next_attempt_at)
      select e.id, e.practice_id, 'recipient.opted_out', o.reply_id, o.number, o.created_at, ${now.toISOString()}::timestamptz
      from ${sql.identifier(optedOut)} o
      ${subscribed("recipient.opted_out", sql`o.practice_id`)}
    )`;
}
