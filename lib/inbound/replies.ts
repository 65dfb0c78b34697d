import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { inboundMessages } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import { cursorColumn, olderThanCursor } from "../lists/keyset-cursor";

/** Patient data is erased after 60 days; the list shows no more than what is kept. */
export const REPLY_DAYS = 60;
export const REPLY_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Reply {
  id: string;
  fromNumber: string | null;
  text: string | null;
  receivedAt: Date;
  readAt: Date | null;
  /** The practice's message the patient answered, if one is known. */
  original: { id: string; text: string | null; sender: string; createdAt: Date } | null;
}

interface ReplyRow {
  id: string;
  from_number: string | null;
  text: string | null;
  received_at: string | Date;
  read_at: string | Date | null;
  original_id: string | null;
  original_text: string | null;
  original_sender: string | null;
  original_created_at: string | Date | null;
  cursor: string;
}

export interface ReplyPage {
  replies: Reply[];
  /** Where the next (older) page starts; null on the last page. */
  nextCursor: string | null;
}

/**
 * Replies the practice owns from the last 60 days, newest first, each with the message it
 * answers: the one matched when the reply came in (same sender number), else the practice's
 * latest message to that number before the reply — replies to a sender name are matched here.
 * One page at a time, after `cursor` (keyset paging, lib/lists/keyset-cursor.ts).
 */
export async function listReplies(
  db: Database,
  practiceId: string,
  { now = new Date(), cursor, limit = REPLY_PAGE_SIZE }: { now?: Date; cursor?: string | null; limit?: number } = {},
): Promise<ReplyPage> {
  const since = new Date(now.getTime() - REPLY_DAYS * 86_400_000);
  const olderThan = olderThanCursor(sql`i.received_at`, sql`i.id`, cursor);
  const rows = await selectRows<ReplyRow>(
    db,
    sql`select i.id, i.from_number, i.text, i.received_at, i.read_at, ${cursorColumn(sql`i.received_at`, sql`i.id`)} as cursor,
               o.id as original_id, o.text as original_text, o.sender as original_sender, o.created_at as original_created_at
        from inbound_messages i
        left join lateral (
          select m.id, m.text, m.sender, m.created_at
          from messages m
          where m.practice_id = i.practice_id
            and (m.id = i.in_reply_to_message_id
                 or (i.in_reply_to_message_id is null and m.recipient = i.from_number and m.created_at <= i.received_at))
          order by m.created_at desc
          limit 1
        ) o on true
        where i.practice_id = ${practiceId} and i.received_at >= ${since.toISOString()}::timestamptz
          ${olderThan ? sql`and ${olderThan}` : sql``}
        order by i.received_at desc, i.id desc
        limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  return { replies: page.map(toReply), nextCursor: rows.length > limit ? page[page.length - 1].cursor : null };
}

function toReply(row: ReplyRow): Reply {
  return {
    id: row.id,
    fromNumber: row.from_number,
    text: row.text,
    receivedAt: new Date(row.received_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
    original:
      row.original_id === null
        ? null
        : { id: row.original_id, text: row.original_text, sender: row.original_sender ?? "", createdAt: new Date(row.original_created_at!) },
  };
}

/**
 * Marks these replies of the practice read (the first reading counts); returns how many changed.
 * An id that is not the practice's refuses them all as not_found, before anything changes.
 */
export async function markRepliesRead(db: Database, practiceId: string, ids: readonly string[], now = new Date()): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  if (!unique.every((id) => UUID.test(id))) throw new DomainError("not_found");
  const owned = await db
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.practiceId, practiceId), inArray(inboundMessages.id, unique)));
  if (owned.length !== unique.length) throw new DomainError("not_found");
  const changed = await db
    .update(inboundMessages)
    .set({ readAt: now })
    .where(and(eq(inboundMessages.practiceId, practiceId), inArray(inboundMessages.id, unique), isNull(inboundMessages.readAt)))
    .returning({ id: inboundMessages.id });
  return changed.length;
}

/** How many replies of the last 60 days nobody of the practice has seen yet. */
export async function countUnreadReplies(db: Database, practiceId: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - REPLY_DAYS * 86_400_000);
  const [row] = await selectRows<{ count: string | number }>(
    db,
    sql`select count(*) as count from inbound_messages
        where practice_id = ${practiceId} and read_at is null and received_at >= ${since.toISOString()}::timestamptz`,
  );
  return Number(row?.count ?? 0);
}
