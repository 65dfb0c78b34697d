import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { replyNumbers } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import { canonicalSenderNumber } from "../senders/owned-senders";
import { validateSender } from "../sms/sender";
import { berlinDate, startOfBerlinDay } from "../time/berlin";

// The pool of reply numbers: an operator adds the numbers rented from the carrier, a practice
// that turns replies on gets a free one, and one it turns off stays its own until the end of
// the month it pays for. A number is free when no practice holds it or its release is due.

/** The first instant of the next Berlin month: a number turned off now is released then. */
export function endOfBerlinMonth(now: Date): Date {
  const { year, month } = berlinDate(now);
  return startOfBerlinDay(year, month + 1, 1);
}

/** Adds numbers to the pool (operator command); a number already there is left as it is. */
export async function addReplyNumbers(db: Database, inputs: string[], now = new Date()): Promise<{ added: string[]; existing: string[] }> {
  const numbers = inputs.map((input) => {
    const checked = validateSender(input);
    if (!checked.ok) throw new DomainError("invalid_sender", `${input}: ${checked.message}`);
    if (checked.kind !== "numeric") throw new DomainError("invalid_sender", `„${checked.sender}“ ist keine Nummer.`);
    return canonicalSenderNumber(checked.sender);
  });
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return { added: [], existing: [] };
  const inserted = await db
    .insert(replyNumbers)
    .values(unique.map((number) => ({ number, createdAt: now })))
    .onConflictDoNothing()
    .returning({ number: replyNumbers.number });
  const added = new Set(inserted.map((row) => row.number));
  return { added: unique.filter((n) => added.has(n)), existing: unique.filter((n) => !added.has(n)) };
}

/**
 * Releases every number whose release is due: it returns to the pool, and its practice loses
 * it as reply number (and as default sender). Called by the minute's chores and before every
 * assignment, so a due number is never held past its month. Returns how many were released.
 */
export async function releaseDueReplyNumbers(db: Database, now = new Date()): Promise<number> {
  const nowIso = now.toISOString();
  // One statement: the pool row and the practice change together, and concurrent callers
  // queue on the row lock, after which the second finds nothing due.
  const released = await selectRows<{ practice_id: string; number: string; default_cleared: boolean }>(
    db,
    sql`with due as (
          select r.number, r.practice_id, coalesce(p.default_sender = r.number, false) as was_default
          from reply_numbers r left join practices p on p.id = r.practice_id and p.reply_number = r.number
          where r.release_at <= ${nowIso} and r.practice_id is not null
          for update of r
        ),
        freed as (
          update reply_numbers r set practice_id = null, assigned_at = null, release_at = null
          from due where r.number = due.number
          returning due.number, due.practice_id, due.was_default
        ),
        cleared as (
          update practices p
          set reply_number = null,
              default_sender = case when p.default_sender = freed.number then null else p.default_sender end,
              updated_at = ${nowIso}
          from freed where p.id = freed.practice_id and p.reply_number = freed.number
          returning p.id
        )
        select freed.practice_id, freed.number, freed.was_default as default_cleared from freed`,
  );
  for (const row of released) {
    await recordAudit(
      db,
      {
        practiceId: row.practice_id,
        action: "sms_settings.changed",
        details: { replyNumber: { from: row.number, to: null }, ...(row.default_cleared ? { defaultSender: { from: row.number, to: null } } : {}) },
      },
      now,
    );
  }
  return released.length;
}

/**
 * Takes one free number for a practice, or null when the pool is empty. One conditional
 * UPDATE: two practices asking at once never get the same number (the losing one skips the
 * locked row and takes the next, or finds none).
 */
export async function takeFreeReplyNumber(db: Database, practiceId: string, now: Date): Promise<string | null> {
  const [row] = await selectRows<{ number: string }>(
    db,
    sql`update reply_numbers set practice_id = ${practiceId}, assigned_at = ${now.toISOString()}, release_at = null
        where number = (
          select number from reply_numbers where practice_id is null
          order by created_at, number limit 1 for update skip locked
        ) and practice_id is null
        returning number`,
  );
  return row?.number ?? null;
}
