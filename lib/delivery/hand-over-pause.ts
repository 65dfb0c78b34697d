import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";

// While the carrier refuses our account (seven.io: no credit, a wrong key), every hand-over
// would fail the same way: they pause instead, and no message is marked undelivered for it.
// The pause lives in installation_settings so that every instance and the durable functions
// see it; it ends by itself after PAUSE_MS (the next hand-over then tries again), or earlier
// when the balance chore sees credit again.

const KEY = "hand_overs.paused";

/** How long hand-overs wait before one tries again. */
export const PAUSE_MS = 10 * 60_000;

export interface HandOverPause {
  until: Date;
  /** The carrier's code that caused it, e.g. seven.io's 500. */
  code: string;
  reason: string;
}

export async function pauseHandOvers(db: Database, pause: HandOverPause, now: Date): Promise<void> {
  const before = await currentHandOverPause(db, now);
  const value = JSON.stringify({ until: pause.until.toISOString(), code: pause.code, reason: pause.reason });
  await db.execute(
    sql`insert into installation_settings (key, value) values (${KEY}, ${value})
        on conflict (key) do update set value = excluded.value, updated_at = ${now.toISOString()}`,
  );
  if (!before) console.error(`[delivery] Übergaben an den Netzbetreiber pausiert bis ${pause.until.toISOString()}: ${pause.reason}`);
}

/** The pause in force at `now`, or null; a pause whose time is over is ended (and logged). */
export async function currentHandOverPause(db: Database, now: Date): Promise<HandOverPause | null> {
  const [row] = await selectRows<{ value: string }>(db, sql`select value from installation_settings where key = ${KEY}`);
  if (!row) return null;
  const stored = JSON.parse(row.value) as { until: string; code: string; reason: string };
  const until = new Date(stored.until);
  if (until.getTime() > now.getTime()) return { until, code: stored.code, reason: stored.reason };
  await resumeHandOvers(db, "Pause abgelaufen, die nächste Übergabe versucht es wieder");
  return null;
}

/** Ends a pause early; true if there was one. */
export async function resumeHandOvers(db: Database, why: string): Promise<boolean> {
  const rows = await selectRows(db, sql`delete from installation_settings where key = ${KEY} returning key`);
  if (rows.length > 0) console.info(`[delivery] Übergaben an den Netzbetreiber laufen wieder: ${why}`);
  return rows.length > 0;
}
