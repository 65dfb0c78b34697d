import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { inboundMessages, locations, messages, messageStatusEvents } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import { findStatusHistory } from "./find-messages";
import type { SentSmsFilters } from "./sent-sms-filters";
import type { MessageStatus } from "./status";
import { cursorColumn, olderThanCursor } from "../lists/keyset-cursor";

// The portal's "Gesendete SMS": list, status poll and detail. Every function takes the practice
// id, so a message of another practice is never listed and is "not found" by id.

export const SENT_SMS_PAGE_SIZE = 50;

const uuidSchema = z.uuid();

// When we received the message's current status: its newest event of that status.
// Qualified by hand: drizzle drops table names from a select without a join, and unqualified
// "id" and "status" would then mean the events' own columns.
const statusAt = sql<Date>`(select max(e.received_at) from message_status_events e
  where e.message_id = "messages"."id" and e.status = "messages"."status")`.mapWith(messageStatusEvents.receivedAt);

const rowColumns = {
  id: messages.id,
  createdAt: messages.createdAt,
  recipient: messages.recipient,
  sender: messages.sender,
  text: messages.text,
  encoding: messages.encoding,
  characters: messages.characters,
  segments: messages.segments,
  status: messages.status,
  statusAt,
  priceCents: messages.priceCents,
  sandbox: messages.sandbox,
  clientReference: messages.clientReference,
  locationName: locations.name,
  erasedAt: messages.erasedAt,
  cursor: cursorColumn(messages.createdAt, messages.id),
};

export interface SentSmsRow {
  id: string;
  createdAt: Date;
  /** Null once erased (60 days after the final status). */
  recipient: string | null;
  sender: string;
  text: string | null;
  encoding: "GSM-7" | "UCS-2";
  characters: number;
  segments: number;
  status: MessageStatus;
  /** When we received the current status; null for a message without events (imported rows). */
  statusAt: Date | null;
  priceCents: number;
  /** Sent with a test key: simulated, never billed; marked "Test" in list, detail and CSV. */
  sandbox: boolean;
  clientReference: string | null;
  locationName: string | null;
  erasedAt: Date | null;
  /** This row's position, for the next page. */
  cursor: string;
}

export interface SentSmsPage {
  rows: SentSmsRow[];
  /** Where the next (older) page starts; null on the last page. */
  nextCursor: string | null;
}

/** "100%" typed into the search means the characters, not LIKE's wildcards. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function conditions(practiceId: string, filters: SentSmsFilters, cursor: string | null | undefined): SQL | undefined {
  return and(
    eq(messages.practiceId, practiceId),
    gte(messages.createdAt, filters.from),
    filters.until ? lt(messages.createdAt, filters.until) : undefined,
    filters.status ? eq(messages.status, filters.status) : undefined,
    filters.locationId ? eq(messages.locationId, filters.locationId) : undefined,
    filters.recipient ? eq(messages.recipient, filters.recipient) : undefined,
    filters.search ? sql`${messages.text} ilike ${`%${escapeLike(filters.search)}%`} escape '\\'` : undefined,
    // Keyset on messages_practice_created_idx.
    olderThanCursor(messages.createdAt, messages.id, cursor),
  );
}

/**
 * One page of the practice's sent SMS, newest first, after `cursor` (a row's `cursor`). Keyset
 * paging: every page costs the same however far back, and new messages never shift the pages.
 * A cursor that is not ours starts at the top.
 */
export async function listSentSms(
  db: Database,
  practiceId: string,
  filters: SentSmsFilters,
  options: { cursor?: string | null; limit?: number } = {},
): Promise<SentSmsPage> {
  const limit = Math.min(Math.max(options.limit ?? SENT_SMS_PAGE_SIZE, 1), 1_000);
  const rows = await db
    .select(rowColumns)
    .from(messages)
    .leftJoin(locations, and(eq(locations.id, messages.locationId), eq(locations.practiceId, practiceId)))
    .where(conditions(practiceId, filters, options.cursor))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit) as SentSmsRow[];
  return { rows: page, nextCursor: rows.length > limit ? page[page.length - 1].cursor : null };
}

/** The practice's locations, for the filter. */
export async function listPracticeLocations(db: Database, practiceId: string) {
  return db
    .select({ id: locations.id, name: locations.name, code: locations.code })
    .from(locations)
    .where(eq(locations.practiceId, practiceId))
    .orderBy(asc(locations.name));
}

export interface CurrentStatus {
  id: string;
  status: MessageStatus;
  statusAt: Date | null;
}

export const MAX_POLLED_IDS = 200;
const polledIdsSchema = z.array(z.uuid()).min(1).max(MAX_POLLED_IDS);

/**
 * The current status of messages the page shows. The page only ever asks for ids it listed,
 * so an id that is not the practice's (or no id at all) is refused as not found, as a whole.
 */
export async function findCurrentStatuses(db: Database, practiceId: string, ids: string[]): Promise<CurrentStatus[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (!polledIdsSchema.safeParse(unique).success) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  const rows = await db
    .select({ id: messages.id, status: messages.status, statusAt })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), inArray(messages.id, unique)));
  if (rows.length !== unique.length) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  return rows;
}

export interface SentSmsDetail {
  message: SentSmsRow & {
    statusReason: string | null;
    sendAt: Date;
    expiresAt: Date | null;
    handedOverAt: Date | null;
    locationCode: string | null;
  };
  history: Awaited<ReturnType<typeof findStatusHistory>>;
  replies: { id: string; receivedAt: Date; text: string | null; fromNumber: string | null; erasedAt: Date | null }[];
}

/**
 * Everything about one message of the practice: the message, its status history with the
 * carrier's codes, and the patient's replies to it. Replies are those recordInbound tied to
 * this message (in_reply_to_message_id: the newest message to that patient from the number
 * the reply went to) — not every later SMS from the number, which may answer a later reminder.
 */
export async function findSentSmsDetail(db: Database, practiceId: string, id: string): Promise<SentSmsDetail> {
  if (!uuidSchema.safeParse(id).success) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  const [message] = await db
    .select({
      ...rowColumns,
      statusReason: messages.statusReason,
      sendAt: messages.sendAt,
      expiresAt: messages.expiresAt,
      handedOverAt: messages.handedOverAt,
      locationCode: locations.code,
    })
    .from(messages)
    .leftJoin(locations, and(eq(locations.id, messages.locationId), eq(locations.practiceId, practiceId)))
    .where(and(eq(messages.practiceId, practiceId), eq(messages.id, id)));
  if (!message) throw new DomainError("not_found", "Diese SMS gibt es nicht.");
  const [history, replies] = await Promise.all([
    findStatusHistory(db, message.id),
    db
      .select({
        id: inboundMessages.id,
        receivedAt: inboundMessages.receivedAt,
        text: inboundMessages.text,
        fromNumber: inboundMessages.fromNumber,
        erasedAt: inboundMessages.erasedAt,
      })
      .from(inboundMessages)
      .where(
        and(
          eq(inboundMessages.practiceId, practiceId),
          eq(inboundMessages.inReplyToMessageId, message.id),
          // Lets the planner read inbound_messages_practice_received_idx from the message on.
          gte(inboundMessages.receivedAt, message.createdAt),
        ),
      )
      .orderBy(asc(inboundMessages.receivedAt)),
  ]);
  return { message: message as SentSmsDetail["message"], history, replies };
}
