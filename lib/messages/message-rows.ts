import { randomUUID } from "node:crypto";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { momentValue, preparedStatement, selectRows } from "../../db/rows";
import { priceForSegments } from "../billing/price-list";
import type { PracticeContext } from "../practices/practice-context";
import { ownedSenderSql, type SenderOwnership } from "../senders/owned-senders";
import { billedPartsSince } from "./billed-parts";
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
  /** Sent with a test key: to the simulator, and never billed (price 0). */
  sandbox: boolean;
}

export function newMessage(
  draft: SmsDraft,
  location: { id: string; code: string } | null,
  idempotencyKey: string | undefined,
  requestHash: string | undefined,
  sandbox = false,
): NewMessage {
  const priceCents = sandbox ? 0 : priceForSegments(draft.segments);
  return { id: randomUUID(), draft, location, idempotencyKey: idempotencyKey ?? null, requestHash: requestHash ?? null, priceCents, sandbox };
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
    sandbox: message.sandbox,
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
  ["sandbox", "boolean", (m) => m.sandbox],
];

/**
 * The values of an insert: real ones (the batch), or the placeholders of a statement built once
 * (the single send), so that both store exactly the same way.
 */
interface InsertValues {
  /** A row column's values, as one array. */
  column(name: string, value: Column[2]): unknown;
  practiceId: unknown;
  apiKeyId: unknown;
  now: Date | Placeholder;
  /** The Idempotency-Keys to free when expired (an array); null: none in this request. */
  keys: unknown;
  keyCutoff: unknown;
}

function batchValues(context: PracticeContext, messages: NewMessage[], now: Date): InsertValues {
  const keys = messages.flatMap((message) => (message.idempotencyKey ? [message.idempotencyKey] : []));
  return {
    column: (_name, value) => sql.param(messages.map(value)),
    practiceId: context.practice.id,
    apiKeyId: context.apiKeyId,
    now,
    keys: keys.length > 0 ? sql.param(keys) : null,
    keyCutoff: idempotencyKeyCutoff(now).toISOString(),
  };
}

/**
 * Stores messages and their first status events in one statement and answers the ids it
 * stored. A message whose Idempotency-Key another request already holds is skipped (ON
 * CONFLICT), not stored twice: the caller reads back that request's message.
 */
export async function insertMessages(db: Database, context: PracticeContext, messages: NewMessage[], now: Date): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const rows = await selectRows<{ id: string }>(db, sql`with ${insertStatement(batchValues(context, messages, now))} select id from inserted`);
  return new Set(rows.map((row) => String(row.id)));
}

/** What the single send checks inside its insert statement rather than in round trips of its own. */
export interface InsertChecks {
  /** How the sender's ownership is looked up (lib/senders/owned-senders.ts). */
  sender: SenderOwnership;
  /** Where the monthly limit's count starts. */
  monthStart: string;
  limit: number | null;
}

export interface CheckedInsert {
  /** False when a check refused it, or another request holds its Idempotency-Key. */
  stored: boolean;
  optedOut: boolean;
  /** The owned spelling of the sender, the one stored; null when not owned. */
  sender: string | null;
  used: number;
  /** The whole row, with the gate's columns. */
  row: Record<string, unknown>;
}

/**
 * A check of the caller that the single send makes in its insert statement (the API key's,
 * lib/api/known-key-send.ts): CTEs placed before `checked`; `from` joined into `checked`, so that
 * when it has no row nothing is stored and no row comes back; `columns` it adds to `checked`
 * (answered with the row); `admits`, the condition on them for storing.
 */
export interface InsertGate {
  shape: string;
  ctes: SQL;
  from: SQL;
  columns: SQL;
  admits: SQL;
}

const placeholder = (name: string) => sql.placeholder(name);

// The single send's statement, built once per shape (the sender's kind, with or without a
// monthly limit, the gate): building its SQL text would cost more JavaScript than the rest of the request.
const checkedInserts = new Map<string, ReturnType<typeof preparedStatement>>();

function checkedInsertStatement(senderKind: SenderOwnership["kind"], limited: boolean, gate: InsertGate | undefined) {
  const shape = `${senderKind}:${limited}:${gate?.shape ?? ""}`;
  let statement = checkedInserts.get(shape);
  if (!statement) {
    const practiceId = placeholder("practiceId");
    const fits = limited ? sql`checked.used + ${placeholder("segments")} <= ${placeholder("limit")}` : sql`true`;
    statement = preparedStatement(
      sql`with ${gate ? sql`${gate.ctes}, ` : sql``}checked as (
            select exists(select 1 from opt_outs where practice_id = ${practiceId} and number = ${placeholder("recipient")}) as opted_out,
                   ${ownedSenderSql(senderKind, practiceId, placeholder("senderValue"))} as sender,
                   ${limited ? billedPartsSince(practiceId, placeholder("monthStart")) : sql`0`}::bigint as used
                   ${gate ? sql`, ${gate.columns} from ${gate.from}` : sql``}
          ), ${insertStatement(
            {
              column: (name) => placeholder(`row_${name}`),
              practiceId,
              apiKeyId: placeholder("apiKeyId"),
              now: placeholder("now"),
              keys: placeholder("keys"),
              keyCutoff: placeholder("keyCutoff"),
            },
            {
              from: sql`checked`,
              where: sql`not checked.opted_out and checked.sender is not null and ${fits}${gate ? sql` and ${gate.admits}` : sql``}`,
              sender: sql`checked.sender`,
            },
          )}
          select (select id from inserted) as id, checked.* from checked`,
    );
    checkedInserts.set(shape, statement);
  }
  return statement;
}

/**
 * Stores one message only if its recipient has not opted out, the practice owns its sender and
 * it fits under the monthly limit (and the gate, if any, admits it), all in the statement that
 * stores it: a send is then one or two round trips, not five. The caller turns what comes back
 * into the refusal; null: the gate let nothing through.
 */
export async function insertCheckedMessage(
  db: Database,
  context: PracticeContext,
  message: NewMessage,
  checks: InsertChecks,
  now: Date,
  gate?: { gate: InsertGate; values: Record<string, unknown> },
): Promise<CheckedInsert | null> {
  const statement = checkedInsertStatement(checks.sender.kind, checks.limit !== null, gate?.gate);
  const [row] = await statement<{ id: string | null; opted_out: boolean; sender: string | null; used: string | number }>(db, {
    ...gate?.values,
    ...Object.fromEntries(ROW_COLUMNS.map(([name, , value]) => [`row_${name}`, [value(message)]])),
    practiceId: context.practice.id,
    apiKeyId: context.apiKeyId,
    now: now.toISOString(),
    keys: message.idempotencyKey ? [message.idempotencyKey] : [],
    keyCutoff: idempotencyKeyCutoff(now).toISOString(),
    recipient: message.draft.recipient,
    senderValue: checks.sender.value,
    monthStart: checks.monthStart,
    segments: message.draft.segments,
    limit: checks.limit,
  });
  if (!row) return null;
  return { stored: row.id !== null, optedOut: row.opted_out, sender: row.sender, used: Number(row.used), row };
}

interface Guard {
  /** Joined to the rows (`from unnest(…) as row, <from>`). */
  from: SQL;
  where: SQL;
  /** The sender column's value instead of the draft's. */
  sender: SQL;
}

/** The CTEs `inserted` (ids stored) and its status events, ready for a `select` after them. */
function insertStatement(values: InsertValues, guard?: Guard): SQL {
  const at = momentValue(values.now);
  // An expired key still sits on its old message and would make the insert conflict: the CTE
  // `released` takes it off in the same statement. The insert reads `released` (count(*) waits
  // for all of it), because CTEs nobody reads run after the main query, i.e. too late.
  const releaseExpiredKeys =
    values.keys !== null
      ? sql`released as (
            update messages set idempotency_key = null, request_hash = null
            where practice_id = ${values.practiceId} and idempotency_key = any(${values.keys}::text[])
              and created_at < ${values.keyCutoff}::timestamptz
            returning id
          ), `
      : sql``;
  // Per request: the same for every message.
  const perRequest: [string, SQL][] = [
    ["practice_id", sql`${values.practiceId}::uuid`],
    ["api_key_id", sql`${values.apiKeyId}::uuid`],
    ["status", sql`'pending'::message_status`],
    ["created_at", sql`${at}::timestamptz`],
    ["updated_at", sql`${at}::timestamptz`],
  ];
  const names = sql.raw([...ROW_COLUMNS.map(([name]) => name), ...perRequest.map(([name]) => name)].join(", "));
  // Enum arrays go as text[]: PGlite serialises only built-in array types.
  const arrays = ROW_COLUMNS.map(([name, type, value]) => sql`${values.column(name, value)}::${sql.raw(type === "sms_encoding" ? "text" : type)}[]`);
  const rowNames = ROW_COLUMNS.map(([name]) => name).join(", ");
  const rowValues = ROW_COLUMNS.map(([name, type]) => (guard && name === "sender" ? guard.sender : sql.raw(`row.${name}::${type}`)));
  const joined = [...(values.keys !== null ? [sql`(select count(*) from released) as released_first`] : []), ...(guard ? [guard.from] : [])];
  return sql`${releaseExpiredKeys}inserted as (
          insert into messages (${names})
          select ${sql.join(rowValues, sql`, `)}, ${sql.join(
            perRequest.map(([, value]) => value),
            sql`, `,
          )}
          from unnest(${sql.join(arrays, sql`, `)}) as row(${sql.raw(rowNames)})
          ${joined.length > 0 ? sql`, ${sql.join(joined, sql`, `)}` : sql``}
          ${guard ? sql`where ${guard.where}` : sql``}
          on conflict (practice_id, idempotency_key) do nothing
          returning id
        ), ${insertStatusEvents("inserted", "pending", values.now)}`;
}
