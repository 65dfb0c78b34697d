import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { groupCommit } from "../../db/group-commit";
import { preparedStatement } from "../../db/rows";
import type { PracticeContext } from "../practices/practice-context";
import { ownedSenderSql, type SenderOwnership } from "../senders/owned-senders";
import { billedPartsSince } from "./billed-parts";
import { idempotencyKeyCutoff } from "./idempotency-keys";
import { insertStatement, ROW_COLUMNS, unnestRows, type NewMessage } from "./message-rows";

// The single send's insert: the message is stored only if the checks in the same statement let
// it (opt-out, sender, monthly limit, and the caller's gate), and sends that arrive together
// share one statement.

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
 * (answered with the row); `admits`, the condition on them for storing. Sends of one group
 * share a statement (see `insertCheckedMessage`): the gate's CTEs run once for all of them,
 * `columns` may read `row.ord` (the send's place in the group, from 1) and the placeholder
 * `groupSize`.
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
// monthly limit or Idempotency-Key, the gate): building its SQL text would cost more
// JavaScript than the rest of the request.
const checkedInserts = new Map<string, ReturnType<typeof preparedStatement>>();

function checkedInsertStatement(shape: CheckedShape, gate: InsertGate | undefined) {
  const name = `${shape.senderKind}:${shape.limited}:${shape.keyed}:${gate?.shape ?? ""}`;
  let statement = checkedInserts.get(name);
  if (!statement) {
    const practiceId = placeholder("practiceId");
    // A practice with a monthly limit sends alone: whether a message fits depends on the ones before it.
    const fits = shape.limited ? sql`checked.used + row.segments <= ${placeholder("limit")}` : sql`true`;
    const rows = unnestRows(
      (name) => placeholder(`row_${name}`),
      [
        ["sender_value", "text", placeholder("senderValues")],
        ["key_cutoff", "timestamptz", placeholder("keyCutoffs")],
      ],
    );
    statement = preparedStatement(
      sql`with ${gate ? sql`${gate.ctes}, ` : sql``}rows as (select * from ${rows}), checked as (
            select row.id, row.ord,
                   exists(select 1 from opt_outs where practice_id = ${practiceId} and number = row.recipient) as opted_out,
                   ${ownedSenderSql(shape.senderKind, practiceId, sql`row.sender_value`)} as sender,
                   ${shape.limited ? billedPartsSince(practiceId, placeholder("monthStart")) : sql`0`}::bigint as used
                   ${gate ? sql`, ${gate.columns}` : sql``}
            from rows row${gate ? sql`, ${gate.from}` : sql``}
          ), ${insertStatement({
            practiceId,
            apiKeyId: placeholder("apiKeyId"),
            rows: sql`rows row join checked on checked.id = row.id`,
            // Each key looked up on its own, by both columns of the unique index (practice, key):
            // a join here let PostgreSQL read all the practice's messages when its statistics
            // were young. Without a key there is nothing to release and no statement part to run.
            release: shape.keyed
              ? sql`id = any(array(
                  select (select id from messages
                          where practice_id = ${practiceId} and idempotency_key = r.idempotency_key and created_at < r.key_cutoff)
                  from rows r where r.idempotency_key is not null))`
              : null,
            where: sql`not checked.opted_out and checked.sender is not null and ${fits}${gate ? sql` and ${gate.admits}` : sql``}`,
            sender: sql`checked.sender`,
          })}
          select checked.*, inserted.id is not null as stored from checked left join inserted on inserted.id = checked.id`,
    );
    checkedInserts.set(name, statement);
  }
  return statement;
}

interface CheckedShape {
  senderKind: SenderOwnership["kind"];
  limited: boolean;
  keyed: boolean;
}

/** One send waiting for its group's statement. */
interface CheckedCall {
  context: PracticeContext;
  message: NewMessage;
  checks: InsertChecks;
  gate?: { gate: InsertGate; values: Record<string, unknown> };
  now: Date;
}

type CheckedRow = { id: string; opted_out: boolean; sender: string | null; used: string | number; stored: boolean };

/** Runs the sends of one group (same shape, practice, key and gate values) as one statement. */
async function insertCheckedGroup(db: Database, calls: CheckedCall[]): Promise<(CheckedInsert | null)[]> {
  const [first] = calls;
  const { context, checks, gate } = first;
  const shape = shapeOf(first);
  // Every row is checked against the same month's count: more than one would overshoot the limit.
  if (shape.limited && calls.length > 1) throw new Error("a practice with a monthly limit sends one message per statement");
  const statement = checkedInsertStatement(shape, gate?.gate);
  const messages = calls.map((call) => call.message);
  const rows = await statement<CheckedRow>(db, {
    ...gate?.values,
    ...Object.fromEntries(ROW_COLUMNS.map(([name, , value]) => [`row_${name}`, messages.map(value)])),
    senderValues: calls.map((call) => call.checks.sender.value),
    keyCutoffs: calls.map((call) => idempotencyKeyCutoff(call.now).toISOString()),
    groupSize: calls.length,
    // The key's validity is checked at the latest moment of the group.
    now: new Date(Math.max(...calls.map((call) => call.now.getTime()))).toISOString(),
    practiceId: context.practice.id,
    apiKeyId: context.apiKeyId,
    monthStart: checks.monthStart,
    limit: checks.limit,
  });
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  return messages.map((message) => {
    const row = byId.get(message.id);
    if (!row) return null;
    return { stored: row.stored, optedOut: row.opted_out, sender: row.sender, used: Number(row.used), row };
  });
}

function shapeOf(call: CheckedCall): CheckedShape {
  return { senderKind: call.checks.sender.kind, limited: call.checks.limit !== null, keyed: call.message.idempotencyKey !== null };
}

/** Sends that may share a statement: everything but their rows is the same (a practice with a monthly limit never shares one). */
function groupOf(call: CheckedCall): string {
  const { senderKind, keyed } = shapeOf(call);
  const { practice, apiKeyId } = call.context;
  return [senderKind, keyed, practice.id, apiKeyId, call.gate?.gate.shape, JSON.stringify(call.gate?.values)].join("|");
}

// Up to 100 sends in one statement: the arrays stay small, and a burst needs few statements.
const MAX_GROUP = 100;

function queuesFor(db: Database) {
  const run = (calls: CheckedCall[]) => insertCheckedGroup(db, calls);
  return {
    groups: groupCommit(run, { maxCalls: MAX_GROUP }),
    // A practice with a monthly limit: one send after the other, each counting the ones before
    // it (sent side by side, two could both fit under the limit and together overshoot it).
    limited: groupCommit(run, { maxCalls: 1, maxRunning: 1 }),
  };
}

const queuesByDatabase = new WeakMap<Database, ReturnType<typeof queuesFor>>();

/**
 * Stores one message only if its recipient has not opted out, the practice owns its sender and
 * it fits under the monthly limit (and the gate, if any, admits it), all in the statement that
 * stores it: a send is then one or two round trips, not five. Sends of the same key that arrive
 * while one is being stored go together in the next statement (db/group-commit.ts), which the
 * database commits once for all of them; each is still checked and answered on its own. A
 * practice with a monthly limit sends one message after the other instead. The caller turns
 * what comes back into the refusal; null: the gate let nothing through.
 */
export function insertCheckedMessage(
  db: Database,
  context: PracticeContext,
  message: NewMessage,
  checks: InsertChecks,
  now: Date,
  gate?: { gate: InsertGate; values: Record<string, unknown> },
): Promise<CheckedInsert | null> {
  const call: CheckedCall = { context, message, checks, gate, now };
  let queues = queuesByDatabase.get(db);
  if (!queues) {
    queues = queuesFor(db);
    queuesByDatabase.set(db, queues);
  }
  if (checks.limit !== null) return queues.limited.submit(context.practice.id, call);
  return queues.groups.submit(groupOf(call), call);
}
