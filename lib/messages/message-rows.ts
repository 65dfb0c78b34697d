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
    heldForQuietHours: draft.heldForQuietHours,
    clientReference: draft.reference,
    locationCode: message.location?.code ?? null,
    priceCents: message.priceCents,
    createdAt: now,
    updatedAt: now,
  };
}

type Column = readonly [name: string, type: string, value: (message: NewMessage) => string | number | boolean | null];

// Per row: what differs between the messages of one request. A batch sends each column as one
// array (unnest): 1,000 rows of VALUES would be 19,000 parameters, and building that statement
// costs more than running it.
const ROW_COLUMNS: readonly Column[] = [
  ["id", "uuid", (m) => m.id],
  ["location_id", "uuid", (m) => m.location?.id ?? null],
  ["recipient", "text", (m) => m.draft.recipient],
  ["sender", "text", (m) => m.draft.sender],
  ["text", "text", (m) => m.draft.text],
  ["encoding", "sms_encoding", (m) => m.draft.encoding],
  ["characters", "integer", (m) => m.draft.characters],
  ["segments", "integer", (m) => m.draft.segments],
  ["send_at", "timestamptz", (m) => m.draft.sendAt.toISOString()],
  ["expires_at", "timestamptz", (m) => m.draft.expiresAt?.toISOString() ?? null],
  ["held_for_quiet_hours", "boolean", (m) => m.draft.heldForQuietHours],
  ["client_reference", "text", (m) => m.draft.reference],
  ["idempotency_key", "text", (m) => m.idempotencyKey],
  ["request_hash", "text", (m) => m.requestHash],
  ["price_cents", "integer", (m) => m.priceCents],
];

/** Per request: the same for every message. */
function requestColumns(context: PracticeContext, now: Date): [string, SQL][] {
  const at = now.toISOString();
  return [
    ["practice_id", sql`${context.practice.id}::uuid`],
    ["api_key_id", sql`${context.apiKeyId}::uuid`],
    ["status", sql`'pending'::message_status`],
    ["created_at", sql`${at}::timestamptz`],
    ["updated_at", sql`${at}::timestamptz`],
  ];
}

/**
 * Stores messages and their first status events in one statement and answers the ids it
 * stored. A message whose Idempotency-Key another request already holds is skipped (ON
 * CONFLICT), not stored twice: the caller reads back that request's message.
 */
export async function insertMessages(db: Database, context: PracticeContext, messages: NewMessage[], now: Date): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const keys = messages.flatMap((message) => (message.idempotencyKey ? [message.idempotencyKey] : []));
  // An expired key still sits on its old message and would make the insert conflict: the CTE
  // `released` takes it off in the same statement. The insert reads `released` (count(*) waits
  // for all of it), because CTEs nobody reads run after the main query, i.e. too late.
  const releaseExpiredKeys =
    keys.length > 0
      ? sql`released as (
            update messages set idempotency_key = null, request_hash = null
            where practice_id = ${context.practice.id} and idempotency_key = any(${sql.param(keys)}::text[])
              and created_at < ${idempotencyKeyCutoff(now).toISOString()}
            returning id
          ), `
      : sql``;
  const perRequest = requestColumns(context, now);
  const names = sql.raw([...ROW_COLUMNS.map(([name]) => name), ...perRequest.map(([name]) => name)].join(", "));
  // Enum arrays go as text[]: PGlite serialises only built-in array types.
  const arrays = ROW_COLUMNS.map(([, type, value]) => sql`${sql.param(messages.map(value))}::${sql.raw(type === "sms_encoding" ? "text" : type)}[]`);
  const rowNames = ROW_COLUMNS.map(([name]) => name).join(", ");
  const rows = await selectRows<{ id: string }>(
    db,
    sql`with ${releaseExpiredKeys}inserted as (
          insert into messages (${names})
          select ${sql.raw(ROW_COLUMNS.map(([name, type]) => `row.${name}::${type}`).join(", "))}, ${sql.join(
            perRequest.map(([, value]) => value),
            sql`, `,
          )}
          from unnest(${sql.join(arrays, sql`, `)}) as row(${sql.raw(rowNames)})
          ${keys.length > 0 ? sql`, (select count(*) from released) as released_first` : sql``}
          on conflict (practice_id, idempotency_key) do nothing
          returning id
        ), ${insertStatusEvents("inserted", "pending", now)}
        select id from inserted`,
  );
  return new Set(rows.map((row) => String(row.id)));
}
