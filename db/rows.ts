import { createHash } from "node:crypto";
import type { Placeholder, Query, SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "./client";

const dialect = new PgDialect();

/** Rows of a raw SQL query; all three drivers answer `execute` with `{ rows }`. */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/**
 * A hot statement, built once: its values are `sql.placeholder(name)` and come with each call.
 * It runs as a named prepared statement (node-postgres and Neon; PGlite ignores the name): each
 * connection parses it once and PostgreSQL soon reuses one plan, where an unnamed statement is
 * parsed and planned on every call — about a third of the database's time for the API's two
 * statements per SMS; and the SQL text is not built again on every request. Only for statements
 * of a fixed shape: each stays prepared on every pooled connection for as long as it lives.
 */
export function preparedStatement<Values extends Record<string, unknown>>(query: SQL) {
  const built = named(dialect.sqlToQuery(query));
  return <Row>(db: Database, values: Values): Promise<Row[]> => runPrepared<Row>(db, built, values);
}

/**
 * A moment in a statement: a Date, a placeholder of a preparedStatement, or SQL naming a column
 * of the rows at hand (each row's own time).
 */
export type Moment = Date | Placeholder | SQL;

/** A moment as a statement's value: a Date as ISO text, anything else as it is. */
export function momentValue(now: Moment): string | Placeholder | SQL {
  return now instanceof Date ? now.toISOString() : now;
}

// The name is a hash of the text, so one name never stands for two texts on a connection.
function named(query: Query): Query & { name: string } {
  return { ...query, name: `pb_${createHash("sha1").update(query.sql).digest("base64url").slice(0, 24)}` };
}

async function runPrepared<Row>(db: Database, query: Query & { name: string }, values: Record<string, unknown>): Promise<Row[]> {
  // `execute` has no way to name a statement; the session below it (the same on all three drivers) has.
  const result = (await db._.session.prepareQuery(query, undefined, query.name, false).execute(values)) as { rows: Row[] };
  return result.rows;
}
