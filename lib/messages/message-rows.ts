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

// The one place that turns an accepted draft into a row of `messages`: the single send
// (checked-insert.ts) and the batch store exactly the same columns.

/** An accepted message before it is stored. The id is ours, so a batch knows which rows a conflict skipped. */
export interface NewMessage {
  id: string;
  draft: SmsDraft;
  location: { id: string; code: string } | null;
  idempotencyKey: string | null;
  requestHash: string | null;
  priceCents: number;
  /** Sent with a test key: to the simulator, and never billed (price 0). */
  sandbox: boolean;
  /** When the request was accepted: the message's created_at and the time of its first status event. */
  acceptedAt: Date;
}

export function newMessage(
  draft: SmsDraft,
  location: { id: string; code: string } | null,
  idempotencyKey: string | undefined,
  requestHash: string | undefined,
  acceptedAt: Date,
  sandbox = false,
): NewMessage {
  const priceCents = sandbox ? 0 : priceForSegments(draft.segments);
  return { id: randomUUID(), draft, location, idempotencyKey: idempotencyKey ?? null, requestHash: requestHash ?? null, priceCents, sandbox, acceptedAt };
}

/** The message as the API answers it right after storing: what the row now holds. */
export function storedMessage(message: NewMessage): MessageRow {
  const { draft, acceptedAt } = message;
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
    sandbox: message.sandbox,
    createdAt: acceptedAt,
    updatedAt: acceptedAt,
  };
}

export type Column = readonly [name: string, type: string, value: (message: NewMessage) => string | number | boolean | null];

// Per row: what differs between the messages of one request. A batch sends each column as one
// array (unnest): 1,000 rows of VALUES would be 19,000 parameters, and building that statement
// costs more than running it.
export const ROW_COLUMNS: readonly Column[] = [
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
  ["sandbox", "boolean", (m) => m.sandbox],
  ["created_at", "timestamptz", (m) => m.acceptedAt.toISOString()],
];

/** Row columns (names and SQL types) beside the stored ones that a statement's rows carry. */
type ExtraColumn = readonly [name: string, type: string, values: unknown];

/**
 * `unnest(…) with ordinality as row(…, ord)`: the rows of one request or group, one array per
 * column. `column` gives a stored column's array: real values (the batch) or a placeholder of a
 * statement built once (the single send), so that both store exactly the same way.
 */
export function unnestRows(column: (name: string, value: Column[2]) => unknown, extra: readonly ExtraColumn[] = []): SQL {
  // Enum arrays go as text[]: PGlite serialises only built-in array types.
  const arrays = [
    ...ROW_COLUMNS.map(([name, type, value]) => sql`${column(name, value)}::${sql.raw(type === "sms_encoding" ? "text" : type)}[]`),
    ...extra.map(([, type, values]) => sql`${values}::${sql.raw(type)}[]`),
  ];
  const names = [...ROW_COLUMNS.map(([name]) => name), ...extra.map(([name]) => name), "ord"].join(", ");
  return sql`unnest(${sql.join(arrays, sql`, `)}) with ordinality as row(${sql.raw(names)})`;
}

/**
 * Stores messages and their first status events in one statement and answers the ids it
 * stored. A message whose Idempotency-Key another request already holds is skipped (ON
 * CONFLICT), not stored twice: the caller reads back that request's message.
 */
export async function insertMessages(db: Database, context: PracticeContext, messages: NewMessage[], now: Date): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const keys = messages.flatMap((message) => (message.idempotencyKey ? [message.idempotencyKey] : []));
  const statement = insertStatement({
    practiceId: context.practice.id,
    apiKeyId: context.apiKeyId,
    rows: unnestRows((_name, value) => sql.param(messages.map(value))),
    release:
      keys.length > 0
        ? sql`idempotency_key = any(${sql.param(keys)}::text[]) and created_at < ${idempotencyKeyCutoff(now).toISOString()}::timestamptz`
        : null,
  });
  const rows = await selectRows<{ id: string }>(db, sql`with ${statement} select id from inserted`);
  return new Set(rows.map((row) => String(row.id)));
}

export interface InsertSource {
  practiceId: unknown;
  apiKeyId: unknown;
  /** The rows to store, named `row` (from `unnestRows`), with whatever they are joined to. */
  rows: SQL;
  /**
   * Which messages' Idempotency-Keys to free because they expired: a condition on `messages`;
   * null: the rows have none.
   */
  release: SQL | null;
  /** Only the rows for which this holds are stored. */
  where?: SQL;
  /** The sender column's value instead of the row's. */
  sender?: SQL;
}

/** The CTEs `inserted` (ids stored) and its status events, ready for a `select` after them. */
export function insertStatement(source: InsertSource): SQL {
  // An expired key still sits on its old message and would make the insert conflict: the CTE
  // `released` takes it off in the same statement. The insert reads `released` (count(*) waits
  // for all of it), because CTEs nobody reads run after the main query, i.e. too late.
  const releaseExpiredKeys = source.release
    ? sql`released as (
            update messages set idempotency_key = null, request_hash = null
            where practice_id = ${source.practiceId} and ${source.release}
            returning id
          ), `
    : sql``;
  // Per request: the same for every message.
  const perRequest: [string, SQL][] = [
    ["practice_id", sql`${source.practiceId}::uuid`],
    ["api_key_id", sql`${source.apiKeyId}::uuid`],
    ["status", sql`'pending'::message_status`],
    ["updated_at", sql`row.created_at::timestamptz`],
  ];
  const names = sql.raw([...ROW_COLUMNS.map(([name]) => name), ...perRequest.map(([name]) => name)].join(", "));
  const rowValues = ROW_COLUMNS.map(([name, type]) => (source.sender && name === "sender" ? source.sender : sql.raw(`row.${name}::${type}`)));
  return sql`${releaseExpiredKeys}inserted as (
          insert into messages (${names})
          select ${sql.join(rowValues, sql`, `)}, ${sql.join(
            perRequest.map(([, value]) => value),
            sql`, `,
          )}
          from ${source.rows}${source.release ? sql`, (select count(*) from released) as released_first` : sql``}
          ${source.where ? sql`where ${source.where}` : sql``}
          -- In the request's order: of two rows with one Idempotency-Key, the earlier keeps it.
          order by row.ord
          on conflict (practice_id, idempotency_key) do nothing
          returning id, created_at
        ), ${insertStatusEvents("inserted", "pending", sql`created_at`)}`;
}
