import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { DEFAULT_VALIDITY_MINUTES } from "../carriers/carrier";
import { moveMessageStatus } from "../messages/status-transition";

// A message with expiresAt (typically the appointment) must never reach a phone after it: not
// handed over by then, it is not sent at all, and the carrier gets only the time that is left.

export const EXPIRED_REASON = "abgelaufen vor dem Versand";

export { DEFAULT_VALIDITY_MINUTES };

/**
 * The validity to hand over with, in whole minutes (rounded down, so never past expiresAt);
 * null when less than a minute is left: then the message counts as expired.
 */
export function validityMinutes(expiresAt: Date | null, now: Date): number | null {
  if (!expiresAt) return DEFAULT_VALIDITY_MINUTES;
  const minutes = Math.floor((expiresAt.getTime() - now.getTime()) / 60_000);
  return minutes < 1 ? null : Math.min(minutes, DEFAULT_VALIDITY_MINUTES);
}

/**
 * The one billing rule for expired messages: the UPDATE that ends them sets price_cents to 0,
 * so everything that sums price_cents (usage roll-up, invoices, the API's price) bills nothing.
 */
export const EXPIRED_SET = sql`claimed_until = null, submitting = false, price_cents = 0`;

/**
 * Ends messages still waiting for their hand-over whose expiry has passed: pending ones, and
 * queued ones nobody holds (between carrier retries). One that a dispatcher holds, or whose
 * dispatcher died inside the carrier call (the carrier may have it), is left to the
 * dispatcher's next attempt, which checks the expiry itself before it submits.
 */
export async function expireUnsentMessages(db: Database, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await selectRows(
    db,
    sql`with ${moveMessageStatus({
      to: "undelivered",
      reason: EXPIRED_REASON,
      set: EXPIRED_SET,
      // send_at <= expires_at, so the dispatcher's index narrows this to messages already due.
      where: sql`send_at <= ${nowIso} and expires_at <= ${nowIso}
        and (status = 'pending' or (status = 'queued' and not submitting and claimed_until < ${nowIso}))`,
      detail: EXPIRED_REASON,
      now,
    })} select id from moved`,
  );
  return rows.length;
}
