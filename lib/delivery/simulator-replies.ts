import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { SIMULATOR } from "../carriers/simulator";

/**
 * Whether a simulated reply answers a message the simulator carried. Beside a real carrier the
 * simulator only carries test-key messages, so no reply it reports can reach a practice's live
 * conversation; the simulator answers from the recipient to the sender exactly as stored.
 */
export async function answersSimulatedMessage(db: Database, reply: { from: string; to: string }): Promise<boolean> {
  const from = `+${reply.from.replace(/\D/g, "")}`;
  const rows = await selectRows(
    db,
    sql`select 1 from messages where carrier = ${SIMULATOR} and sandbox and recipient = ${from} and sender = ${reply.to} limit 1`,
  );
  return rows.length > 0;
}
