import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { KnownStatus, OwedCall, SimulatorStore, TakenCall } from "../carriers/simulator";

// The simulator's memory in PostgreSQL (db/schema/simulator.ts): what it accepted and the
// webhook calls it still owes. Several app instances share it, so every take is a claim.

/** The simulator's store on our database. */
export function createSimulatorStore(database: () => Promise<Database>): SimulatorStore {
  const withDb =
    <Args extends unknown[], Result>(query: (db: Database, ...args: Args) => Promise<Result>) =>
    async (...args: Args) =>
      query(await database(), ...args);
  return {
    countFailedSubmission: withDb(countFailedSubmission),
    recordAcceptance: withDb(recordAcceptance),
    resendReports: withDb(resendReports),
    takeDueCalls: withDb(takeDueCalls),
    markDelivered: withDb(markDelivered),
    postponeCall: withDb(postponeCall),
    nextDueAt: withDb(nextDueAt),
    latestStatuses: withDb(latestStatuses),
    prune: withDb(pruneSimulatorOutbox),
  };
}

// Long enough for one webhook call; a process killed during it leaves the call to another.
const DELIVERY_LOCK_MS = 30_000;
// Like a real carrier, it stops retrying a webhook at some point (the 3-day timeout remains).
const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
// Delivered calls are kept a while for lookups (reconciliation asks after 6 and 48 hours).
const KEEP_DELIVERED_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Counts one more temporary failure of a submission not yet accepted; null once it was
 * accepted (a submission after that is answered from the record).
 */
async function countFailedSubmission(db: Database, messageId: string): Promise<number | null> {
  const rows = await selectRows<{ failed_attempts: number }>(
    db,
    sql`insert into simulator_messages (message_id, failed_attempts) values (${messageId}, 1)
        on conflict (message_id) do update set failed_attempts = simulator_messages.failed_attempts + 1
          where simulator_messages.carrier_message_id is null
        returning failed_attempts`,
  );
  return rows.length > 0 ? Number(rows[0].failed_attempts) : null;
}

/**
 * Records the acceptance of our message under `carrierMessageId` and the calls it owes for it,
 * in one statement. A message accepted before keeps its first carrier id and owes nothing new;
 * `created` tells which of the two happened.
 */
async function recordAcceptance(
  db: Database,
  messageId: string,
  carrierMessageId: string,
  calls: OwedCall[],
  now: Date,
): Promise<{ carrierMessageId: string; created: boolean }> {
  const owed = JSON.stringify(calls.map((call) => ({ due_at: call.dueAt.toISOString(), payload: call.payload, lost: call.lost ?? false })));
  const rows = await selectRows<{ carrier_message_id: string }>(
    db,
    sql`with accepted as (
          insert into simulator_messages (message_id, carrier_message_id, accepted_at)
          values (${messageId}, ${carrierMessageId}, ${now.toISOString()})
          on conflict (message_id) do update set carrier_message_id = excluded.carrier_message_id, accepted_at = excluded.accepted_at
            where simulator_messages.carrier_message_id is null
          returning carrier_message_id
        ), owed as (
          insert into simulator_outbox (carrier_message_id, due_at, payload, delivered_at)
          select accepted.carrier_message_id, call.due_at, call.payload, case when call.lost then call.due_at end
          from accepted, jsonb_to_recordset(${owed}::jsonb) as call(due_at timestamptz, payload jsonb, lost boolean)
        )
        select carrier_message_id from accepted`,
  );
  if (rows.length > 0) return { carrierMessageId: rows[0].carrier_message_id, created: true };
  const [known] = await selectRows<{ carrier_message_id: string }>(
    db,
    sql`select carrier_message_id from simulator_messages where message_id = ${messageId}`,
  );
  return { carrierMessageId: known.carrier_message_id, created: false };
}

/**
 * A repeated submission of an accepted message means our side never recorded the first answer
 * (it died between submit and record), so the reports sent meanwhile found no message: send
 * the reports again. Repeats change nothing on our side; the status only moves forward.
 */
async function resendReports(db: Database, carrierMessageId: string, now: Date): Promise<void> {
  await db.execute(
    sql`update simulator_outbox set delivered_at = null, attempts = 0, locked_until = null, due_at = ${now.toISOString()}
        where carrier_message_id = ${carrierMessageId} and delivered_at is not null and delivered_at <= ${now.toISOString()}
          and payload->>'type' = 'report'`,
  );
}

/** Takes calls that are due and nobody is delivering, locked for one delivery. */
async function takeDueCalls(db: Database, now: Date, limit: number): Promise<TakenCall[]> {
  const rows = await selectRows<{ id: string | number; carrier_message_id: string; payload: unknown; attempts: number }>(
    db,
    sql`update simulator_outbox o set locked_until = ${new Date(now.getTime() + DELIVERY_LOCK_MS).toISOString()}, attempts = o.attempts + 1
        from (
          select id from simulator_outbox
          where delivered_at is null and due_at <= ${now.toISOString()}
            and (locked_until is null or locked_until < ${now.toISOString()})
            and created_at > ${new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString()}
          order by due_at, id
          limit ${limit}
          for update skip locked
        ) due
        where o.id = due.id
        returning o.id, o.carrier_message_id, o.payload, o.attempts`,
  );
  return rows
    .map((row) => ({ id: Number(row.id), carrierMessageId: row.carrier_message_id, payload: parseJson(row.payload) as TakenCall["payload"], attempts: Number(row.attempts) }))
    .sort((a, b) => a.id - b.id);
}

async function markDelivered(db: Database, id: number, now: Date): Promise<void> {
  await db.execute(sql`update simulator_outbox set delivered_at = ${now.toISOString()}, locked_until = null where id = ${id}`);
}

/** 1 s, 2 s, 4 s … up to 5 minutes between tries of a webhook our app did not take. */
async function postponeCall(db: Database, call: TakenCall, now: Date): Promise<void> {
  const retryAt = new Date(now.getTime() + Math.min(5 * 60_000, 1000 * 2 ** (call.attempts - 1)));
  await db.execute(sql`update simulator_outbox set due_at = ${retryAt.toISOString()}, locked_until = null where id = ${call.id}`);
}

/** When the next owed call is due; null when nothing is owed. */
async function nextDueAt(db: Database, now: Date): Promise<Date | null> {
  const [row] = await selectRows<{ due_at: string | Date | null }>(
    db,
    sql`select min(due_at) as due_at from simulator_outbox
        where delivered_at is null and created_at > ${new Date(now.getTime() - GIVE_UP_AFTER_MS).toISOString()}`,
  );
  return row?.due_at ? new Date(row.due_at) : null;
}

/** The latest status the simulator reached by `now` for each carrier id, reported to us or not. */
async function latestStatuses(db: Database, carrierMessageIds: string[], now: Date): Promise<KnownStatus[]> {
  if (carrierMessageIds.length === 0) return [];
  const rows = await selectRows<{ carrier_message_id: string; status: string; due_at: string | Date }>(
    db,
    sql`select distinct on (carrier_message_id) carrier_message_id, payload->>'status' as status, due_at
        from simulator_outbox
        where carrier_message_id in (${sql.join(carrierMessageIds.map((id) => sql`${id}`), sql`, `)})
          and payload->>'type' = 'report' and due_at <= ${now.toISOString()}
        order by carrier_message_id, due_at desc, id desc`,
  );
  return rows.map((row) => ({ carrierMessageId: row.carrier_message_id, status: row.status, at: new Date(row.due_at) }));
}

/** The minute's chores: forget what was delivered (or given up) a week ago. */
async function pruneSimulatorOutbox(db: Database, now: Date): Promise<void> {
  await db.execute(sql`delete from simulator_outbox where created_at < ${new Date(now.getTime() - KEEP_DELIVERED_MS).toISOString()}`);
}

// node-postgres parses jsonb; PGlite and Neon do too, but a driver that hands back text is read here.
function parseJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
