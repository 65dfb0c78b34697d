import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { selectRows } from "../../../db/rows";
import type { PracticeLocation, UsageRow } from "./compute";

// What invoicing reads of a practice's month: straight from the messages, never from counters.
// The billing columns (segments, price_cents, location, created_at) outlive the 60-day erasure.

/**
 * Billed messages accepted in [from, to), per location and unit price: not cancelled, and not
 * free (expired before hand-over: lib/delivery/expiry.ts; test-key messages are stored at price
 * 0 and named here too, so a later price rule cannot bill them).
 */
export async function loadUsage(db: Database, practiceId: string, from: Date, to: Date): Promise<UsageRow[]> {
  const rows = await selectRows<{ location_id: string | null; unit_price: number; messages: number; parts: number; amount: number }>(
    db,
    sql`select location_id, price_cents / segments as unit_price, count(*)::int as messages,
               sum(segments)::int as parts, sum(price_cents)::int as amount
        from messages
        where practice_id = ${practiceId} and status <> 'cancelled' and price_cents > 0 and not sandbox
          and created_at >= ${from.toISOString()} and created_at < ${to.toISOString()}
        group by 1, 2
        order by 1, 2`,
  );
  return rows.map((row) => ({
    locationId: row.location_id,
    unitPriceCents: Number(row.unit_price),
    messages: Number(row.messages),
    parts: Number(row.parts),
    amountCents: Number(row.amount),
  }));
}

export async function loadLocations(db: Database, practiceId: string): Promise<PracticeLocation[]> {
  return selectRows<PracticeLocation>(db, sql`select id, code, name from locations where practice_id = ${practiceId} order by code`);
}

/** Reply numbers the practice held at any time in [from, to) (reply_number_holdings, kept by a trigger). */
export async function loadReplyNumbers(db: Database, practiceId: string, from: Date, to: Date): Promise<string[]> {
  const rows = await selectRows<{ number: string }>(
    db,
    sql`select distinct number from reply_number_holdings
        where practice_id = ${practiceId} and held_from < ${to.toISOString()}
          and (held_until is null or held_until > ${from.toISOString()})
        order by number`,
  );
  return rows.map((row) => row.number);
}
