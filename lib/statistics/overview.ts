import { and, count, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dailyUsage, messages } from "../../db/schema";
import { maskPhoneNumber } from "../sms/phone-number";
import { berlinDayString } from "../time/berlin";
import { startOfBerlinMonth } from "./calendar";
import type { Outcomes } from "./delivery-rate";

// What the Übersicht shows at a glance; every query is scoped by the practice id.

export interface MonthToDate {
  messages: number;
  parts: number;
  priceCents: number;
}

/** This Berlin month's messages, parts and their price so far, from the roll-up (up to a minute behind). */
export async function findMonthToDate(db: Database, practiceId: string, now: Date): Promise<MonthToDate> {
  const [row] = await db
    .select({
      messages: sql<number>`coalesce(sum(${dailyUsage.messages}), 0)::int`,
      parts: sql<number>`coalesce(sum(${dailyUsage.segments}), 0)::int`,
      priceCents: sql<number>`coalesce(sum(${dailyUsage.priceCents}), 0)::int`,
    })
    .from(dailyUsage)
    .where(and(eq(dailyUsage.practiceId, practiceId), gte(dailyUsage.day, berlinDayString(startOfBerlinMonth(now)))));
  return row ?? { messages: 0, parts: 0, priceCents: 0 };
}

export const RECENT_DAYS = 7;

/** Delivered and undelivered messages accepted in the last `days` days; test-key messages are no statistics. */
export async function findRecentOutcomes(db: Database, practiceId: string, now: Date, days = RECENT_DAYS): Promise<Outcomes> {
  const since = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const [row] = await db
    .select({
      delivered: sql<number>`(count(*) filter (where ${messages.status} = 'delivered'))::int`,
      undelivered: sql<number>`(count(*) filter (where ${messages.status} = 'undelivered'))::int`,
    })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), gte(messages.createdAt, since), ne(messages.status, "cancelled"), eq(messages.sandbox, false)));
  return row ?? { delivered: 0, undelivered: 0 };
}

export interface UndeliveredMessage {
  id: string;
  /** Masked by lib/sms/phone-number.ts ("+49 171 ••• 4567"); null once the number was erased after 60 days. */
  recipient: string | null;
  reason: string | null;
  at: Date;
}

/** The latest undelivered messages, newest first, with masked numbers only. */
export async function findLatestUndelivered(db: Database, practiceId: string, limit = 5): Promise<UndeliveredMessage[]> {
  const at = sql<Date>`coalesce(${messages.finalAt}, ${messages.updatedAt})`.mapWith(messages.updatedAt);
  const rows = await db
    .select({ id: messages.id, recipient: messages.recipient, reason: messages.statusReason, at })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.status, "undelivered"), eq(messages.sandbox, false)))
    .orderBy(desc(at), desc(messages.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, recipient: row.recipient === null ? null : maskPhoneNumber(row.recipient) }));
}

/** Messages not yet handed to the carrier, as /sms/scheduled lists them. */
export async function countScheduled(db: Database, practiceId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), inArray(messages.status, ["pending", "queued"])));
  return row?.count ?? 0;
}
