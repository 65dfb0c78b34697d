import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { auditLog } from "../../db/schema";
import { assertMainUser, type Actor } from "../accounts/actor";
import { AUDIT_ACTIONS } from "./record-audit";
import { describeAuditDetails, type AuditDetailLine } from "./format-audit-details";

export interface AuditListEntry {
  id: number;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  /** The German label; an action this version does not know shows its code. */
  label: string;
  details: AuditDetailLine[];
  ip: string | null;
  userAgent: string | null;
}

export interface AuditPage {
  entries: AuditListEntry[];
  /** Where the next (older) page starts; null on the last page. */
  nextCursor: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

// The cursor is the last entry's (created_at, id), the timestamp in microseconds as PostgreSQL
// keeps it: a millisecond Date would skip or repeat entries written within the same millisecond.
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_(\d{1,18})$/;
const cursorColumn = sql<string>`to_char(${auditLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || ${auditLog.id}`;

/**
 * The practice's audit log, newest first, one page at a time. Keyset paging on the index
 * (practice_id, created_at desc, id desc): every page costs the same, however old, and an
 * entry written meanwhile never shifts the pages. A cursor that is not ours starts at the top.
 */
export async function listAuditEntries(db: Database, actor: Actor, options: { cursor?: string | null; limit?: number } = {}): Promise<AuditPage> {
  assertMainUser(actor);
  const limit = Math.min(Math.max(options.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const cursor = options.cursor ? CURSOR.exec(options.cursor) : null;
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      details: auditLog.details,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      cursor: cursorColumn,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.practiceId, actor.practiceId),
        cursor ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${cursor[1]}::timestamptz, ${Number(cursor[2])})` : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      actorEmail: row.actorEmail,
      action: row.action,
      label: AUDIT_ACTIONS[row.action as keyof typeof AUDIT_ACTIONS] ?? row.action,
      details: describeAuditDetails(row.details),
      ip: row.ip,
      userAgent: row.userAgent,
    })),
    nextCursor: rows.length > limit ? page[page.length - 1].cursor : null,
  };
}
