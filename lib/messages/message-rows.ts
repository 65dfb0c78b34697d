import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { priceForSegments } from "../billing/price-list";
import type { PracticeContext } from "../practices/practice-context";
import { idempotencyKeyCutoff } from "./idempotency-keys";
import type { MessageRow } from "./serialize";
import { insertStatusEvents } from "./status-transition";
import type { SmsDraft } from "./validate-sms-request";

// The one place that turns an accepted draft into a row of `messages`: the single send and the
// batch store exactly the same columns.

/** An accepted message before it is stored. The id is ours, so a batch knows which rows a conflict skipped. */
export interface NewMessage {
  id: string;
  draft: SmsDraft;
  location: { id: string; code: string } | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  priceCents: number;
}

export function newMessage(
  draft: SmsDraft,
  location: { id: string; code: string } | null,
  idempotencyKey: string | undefined,
  requestHash: string | undefined,
): NewMessage {
  return { id: randomUUID(), draft, location, idempotencyKey: idempotencyKey ?? null, requestHash: requestHash ?? null, priceCents: priceForSegments(draft.segments) };
}

/** The message as the API answers it right after storing: what the row now holds. */
export function storedMessage(message: NewMessage, now: Date): MessageRow {
  const { draft } = message;
  return {
    id: message.id,
    status: "pending",
    statusReason: null,
    recipient: draft.recipient,
    sender: draft.sender,
    text: draft.text,
    encoding: draft.encoding,
    characters: draft.characters,
    segments: draft.segments,
    sendAt: draft.sendAt,
    expiresAt: draft.expiresAt,
    clientReference: draft.reference,
    locationCode: message.location?.code ?? null,
    priceCents: message.priceCents,
    createdAt: now,
    updatedAt: now,
  };
}

const COLUMNS = sql.raw(
  "id, practice_id, location_id, api_key_id, recipient, sender, text, encoding, characters, segments, status, send_at, expires_at, client_reference, idempotency_key, request_hash, price_cents, created_at, updated_at",
);

function rowValues(context: PracticeContext, message: NewMessage, now: string): SQL {
  const { draft } = message;
  return sql`(${message.id}::uuid, ${context.practice.id}::uuid, ${message.location?.id ?? null}::uuid, ${context.apiKeyId}::uuid, ${draft.recipient}::text,
    ${draft.sender}::text, ${draft.text}::text, ${draft.encoding}::sms_encoding, ${draft.characters}::integer, ${draft.segments}::integer, 'pending'::message_status,
    ${draft.sendAt.toISOString()}::timestamptz, ${draft.expiresAt?.toISOString() ?? null}::timestamptz, ${draft.reference}::text, ${message.idempotencyKey}::text,
    ${message.requestHash}::text, ${message.priceCents}::integer, ${now}::timestamptz, ${now}::timestamptz)`;
}

/**
 * Stores messages and their first status events in one statement and answers the ids it
 * stored. A message whose Idempotency-Key another request already holds is skipped (ON
 * CONFLICT), not stored twice: the caller reads back that request's message.
 */
export async function insertMessages(db: Database, context: PracticeContext, messages: NewMessage[], now: Date): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const at = now.toISOString();
  const keys = messages.flatMap((message) => (message.idempotencyKey ? [message.idempotencyKey] : []));
  // An expired key still sits on its old message and would make the insert conflict: the CTE
  // `released` takes it off in the same statement. The insert reads `released` (count(*) waits
  // for all of it), because CTEs nobody reads run after the main query, i.e. too late.
  const releaseExpiredKeys =
    keys.length > 0
      ? sql`released as (
            update messages set idempotency_key = null, request_hash = null
            where practice_id = ${context.practice.id} and idempotency_key in (${sql.join(
              keys.map((key) => sql`${key}`),
              sql`, `,
            )})
              and created_at < ${idempotencyKeyCutoff(now).toISOString()}
            returning id
          ), `
      : sql``;
  const rows = await selectRows<{ id: string }>(
    db,
    sql`with ${releaseExpiredKeys}inserted as (
          insert into messages (${COLUMNS})
          select v.* from (values ${sql.join(
            messages.map((message) => rowValues(context, message, at)),
            sql`, `,
          )}) as v
          ${keys.length > 0 ? sql`, (select count(*) from released) as released_first` : sql``}
          on conflict (practice_id, idempotency_key) do nothing
          returning id
        ), ${insertStatusEvents("inserted", "pending", now)}
        select id from inserted`,
  );
  return new Set(rows.map((row) => String(row.id)));
}
