import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { inboundMessages, messages, practices } from "../../db/schema";
import type { CarrierInbound } from "../carriers/carrier";

const digits = (value: string) => value.replace(/\D/g, "");

/**
 * Stores a patient's reply once (a carrier repeating its webhook changes nothing) and ties
 * it to the practice: by the message it answers (same number pair), else by a rented reply
 * number. Returns null for a repeat.
 */
export async function recordInbound(db: Database, inbound: CarrierInbound): Promise<string | null> {
  const fromE164 = `+${digits(inbound.from)}`;
  const [original] = await db
    .select({ id: messages.id, practiceId: messages.practiceId })
    .from(messages)
    .where(and(eq(messages.recipient, fromE164), sql`regexp_replace(${messages.sender}, '[^0-9]', '', 'g') = ${digits(inbound.to)}`))
    .orderBy(desc(messages.createdAt))
    .limit(1);
  let practiceId = original?.practiceId ?? null;
  if (!practiceId) {
    const [owner] = await db
      .select({ id: practices.id })
      .from(practices)
      .where(sql`regexp_replace(${practices.replyNumber}, '[^0-9]', '', 'g') = ${digits(inbound.to)}`)
      .limit(1);
    practiceId = owner?.id ?? null;
  }
  const rows = await selectRows<{ id: string }>(
    db,
    sql`insert into inbound_messages (practice_id, in_reply_to_message_id, carrier, carrier_message_id, from_number, to_number, text, received_at)
        values (${practiceId}, ${original?.id ?? null}, ${inbound.carrier}, ${inbound.carrierMessageId}, ${fromE164}, ${inbound.to},
                ${inbound.text}, ${inbound.receivedAt.toISOString()})
        on conflict (carrier, carrier_message_id) do nothing
        returning id`,
  );
  if (!practiceId) console.warn(`[inbound] reply ${inbound.carrierMessageId} matches no practice`);
  return rows[0]?.id ?? null;
}

export async function findUnforwardedInbound(db: Database, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(sql`${inboundMessages.forwardedAt} is null and ${inboundMessages.practiceId} is not null and ${inboundMessages.forwardAttempts} < 20`)
    .limit(limit);
  return rows.map((row) => row.id);
}
