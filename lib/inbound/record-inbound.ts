import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { inboundMessages, messages, practices } from "../../db/schema";
import type { CarrierInbound } from "../carriers/carrier";
import { isStopWord } from "../opt-outs/stop-words";
import { insertOptOutDeliveries, insertReplyDeliveries } from "../pvs-webhooks/outbox";

const digits = (value: string) => value.replace(/\D/g, "");

/**
 * Stores a patient's reply once (a carrier repeating its webhook changes nothing) and ties it
 * to a practice. A rented reply number belongs to exactly one practice, so it decides first
 * and only that practice's messages can be the one answered; otherwise the newest message to
 * this patient from this sender number. Returns null for a repeat.
 */
export async function recordInbound(db: Database, inbound: CarrierInbound): Promise<string | null> {
  const fromE164 = `+${digits(inbound.from)}`;
  const [owner] = await db
    .select({ id: practices.id })
    .from(practices)
    .where(sql`regexp_replace(${practices.replyNumber}, '[^0-9]', '', 'g') = ${digits(inbound.to)}`)
    .limit(1);
  const [original] = await db
    .select({ id: messages.id, practiceId: messages.practiceId })
    .from(messages)
    .where(
      and(
        eq(messages.recipient, fromE164),
        sql`regexp_replace(${messages.sender}, '[^0-9]', '', 'g') = ${digits(inbound.to)}`,
        owner ? eq(messages.practiceId, owner.id) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(1);
  const practiceId = owner?.id ?? original?.practiceId ?? null;
  // A stop word blocks the number for this practice in the same statement as the reply, so a
  // carrier's repeat (which stores nothing) cannot find the reply stored but the opt-out lost.
  // The reply itself is still forwarded and listed like any other. The PVS's webhooks for both
  // are owed from the same statement.
  const rows = await selectRows<{ id: string }>(
    db,
    sql`with inserted as (
          insert into inbound_messages (practice_id, in_reply_to_message_id, carrier, carrier_message_id, from_number, to_number, text, received_at, carrier_time)
          values (${practiceId}, ${original?.id ?? null}, ${inbound.carrier}, ${inbound.carrierMessageId}, ${fromE164}, ${inbound.to},
                  ${inbound.text}, ${inbound.receivedAt.toISOString()}, ${inbound.carrierTime?.toISOString() ?? null})
          on conflict (carrier, carrier_message_id) do nothing
          returning id, practice_id, from_number, received_at
        ), opted_out as (
          insert into opt_outs (practice_id, number, reply_id, created_at)
          select practice_id, from_number, id, received_at from inserted
          where ${isStopWord(inbound.text)}::boolean and practice_id is not null
          on conflict (practice_id, number) do nothing
          returning id, practice_id, number, reply_id, created_at
        ), ${insertReplyDeliveries("inserted", inbound.receivedAt)}, ${insertOptOutDeliveries("opted_out", inbound.receivedAt)}
        select id from inserted`,
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
