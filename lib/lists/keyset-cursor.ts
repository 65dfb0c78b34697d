import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

// Keyset paging of a list newest first: a row's position is its timestamp in microseconds, as
// PostgreSQL keeps it (a millisecond Date would skip or repeat rows of the same millisecond),
// and its id to break ties. Every page costs the same however far back, and new rows never
// shift the pages.

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The column that holds each row's cursor. */
export function cursorColumn(at: SQLWrapper, id: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || ${id}`;
}

/**
 * The rows after `cursor` (older ones), written so that `at <=` can be an index condition;
 * undefined for no cursor or one that is not ours, which starts at the top.
 */
export function olderThanCursor(at: SQLWrapper, id: SQLWrapper, cursor: string | null | undefined): SQL | undefined {
  const position = cursor ? CURSOR.exec(cursor) : null;
  if (!position) return undefined;
  return sql`${at} <= ${position[1]}::timestamptz and (${at} < ${position[1]}::timestamptz or ${id} < ${position[2]}::uuid)`;
}
