import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { CarrierNote } from "../carriers/carrier";
import { insertNoteEvents } from "../messages/status-transition";

export const NOTE_DETAIL = "Netzbetreiber kennt den Zustellstatus nicht; Status bleibt";

/**
 * Keeps a carrier report that changes no status (seven.io's UNKNOWN) in the message's history,
 * under the status the message has; a repeat of the same note is kept once.
 */
export async function recordNote(db: Database, note: CarrierNote, now = new Date()): Promise<"recorded" | "repeat" | "unknown-message"> {
  const carrierTime = note.carrierTime ?? null;
  const rows = await selectRows<{ outcome: string }>(
    db,
    sql`with target as (
          select id, status from messages where carrier = ${note.carrier} and carrier_message_id = ${note.carrierMessageId} limit 1
        ), ${insertNoteEvents("target", now, {
          carrierStatus: note.carrierStatus,
          detail: NOTE_DETAIL,
          carrierTime,
          where: sql`not exists (
            select 1 from message_status_events e
            where e.message_id = target.id and e.carrier_status = ${note.carrierStatus}
              and e.carrier_time is not distinct from ${carrierTime?.toISOString() ?? null}::timestamptz
          )`,
        })}
        select case when exists (select 1 from target_notes) then 'recorded' when exists (select 1 from target) then 'repeat' else 'unknown-message' end as outcome`,
  );
  const outcome = rows[0].outcome as "recorded" | "repeat" | "unknown-message";
  if (outcome !== "recorded") console.info(`[reports] note ${outcome}: ${note.carrier} ${note.carrierMessageId} ${note.carrierStatus}`);
  return outcome;
}
