import { sql, type SQL } from "drizzle-orm";
import { momentValue, type Moment } from "../../db/rows";
import { insertMessageDeliveries } from "../pvs-webhooks/outbox";
import { FINAL_STATUSES, type MessageStatus } from "./status";

// Every status change writes the message row and its history in one statement: data-modifying
// CTEs run to completion together, so a message never has a status without its event.

export interface StatusEventDetails {
  carrierStatus?: string | null;
  detail?: string | null;
  /** When the carrier says it happened; `now` stays the time we received it. */
  carrierTime?: Date | null;
}

/**
 * The CTE `<source>_events`: one status event, received `now`, for each `id` in the CTE
 * `source` (only for the rows `where` keeps, if given); for a status the PVS hears about, also
 * `<source>_webhooks`, its outbox rows (lib/pvs-webhooks/outbox.ts). `now` may be the placeholder
 * of a statement built once, or SQL naming a column of `source` for each row's own time (the
 * single send's, lib/messages/message-rows.ts).
 */
export function insertStatusEvents(source: string, status: MessageStatus, now: Moment, event: StatusEventDetails & { where?: SQL } = {}): SQL {
  const webhooks = insertMessageDeliveries(source, status, now, event.where);
  const at = momentValue(now);
  return sql`${sql.identifier(`${source}_events`)} as (
      insert into message_status_events (message_id, status, carrier_status, detail, received_at, carrier_time)
      select id, ${status}::message_status, ${event.carrierStatus ?? null}::text, ${event.detail ?? null}::text, ${at}::timestamptz,
        ${event.carrierTime?.toISOString() ?? null}::timestamptz
      from ${sql.identifier(source)}
      ${event.where ? sql`where ${event.where}` : sql``}
    )${webhooks ? sql`, ${webhooks}` : sql``}`;
}

/**
 * The CTE `<source>_notes`: an event under each row's current `status` (the CTE `source` has
 * `id` and `status`), for a carrier report that moves nothing, such as seven.io's UNKNOWN.
 */
export function insertNoteEvents(source: string, now: Date, event: StatusEventDetails & { where?: SQL }): SQL {
  return sql`${sql.identifier(`${source}_notes`)} as (
      insert into message_status_events (message_id, status, carrier_status, detail, received_at, carrier_time)
      select id, status, ${event.carrierStatus ?? null}::text, ${event.detail ?? null}::text, ${now.toISOString()}::timestamptz,
        ${event.carrierTime?.toISOString() ?? null}::timestamptz
      from ${sql.identifier(source)}
      ${event.where ? sql`where ${event.where}` : sql``}
      returning id
    )`;
}

export interface StatusMove extends StatusEventDetails {
  to: MessageStatus;
  /** Which rows of `messages m` move: the status guard and any fencing belong here. */
  where: SQL;
  now: Date;
  /** The message's status_reason after the move; left as it is when undefined. */
  reason?: string | null;
  /** Further `column = value` assignments. */
  set?: SQL;
  /** Joined into the UPDATE (`update messages m … from <from>`). */
  from?: SQL;
  /** Columns `moved` returns besides `id`. */
  returning?: SQL;
  /** Which moved rows get an event; all when undefined. */
  logWhere?: SQL;
}

/**
 * The CTEs `moved` (the messages the conditional UPDATE moved to `to`, with `id` and what
 * `returning` adds) and `moved_events` (their status events), for one statement:
 * sql`with ${moveMessageStatus(…)} select id from moved`. A final status stamps final_at.
 */
export function moveMessageStatus(move: StatusMove): SQL {
  const now = move.now.toISOString();
  const assignments = [sql`status = ${move.to}::message_status`, sql`updated_at = ${now}`];
  if (FINAL_STATUSES.has(move.to)) assignments.push(sql`final_at = ${now}`);
  if (move.reason !== undefined) assignments.push(sql`status_reason = ${move.reason}`);
  if (move.set) assignments.push(move.set);
  return sql`moved as (
      update messages m set ${sql.join(assignments, sql`, `)}
      ${move.from ? sql`from ${move.from}` : sql``}
      where ${move.where}
      returning m.id${move.returning ? sql`, ${move.returning}` : sql``}
    ), ${insertStatusEvents("moved", move.to, move.now, { carrierStatus: move.carrierStatus, detail: move.detail, carrierTime: move.carrierTime, where: move.logWhere })}`;
}
