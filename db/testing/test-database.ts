import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "../client";
import type { DatabaseDriver } from "../driver";
import { selectRows } from "../rows";
import { adminQuery } from "./admin-query";
import { startNeonWsProxy } from "./neon-ws-proxy";

/** The PostgreSQL server for DB tests; unset runs them on in-memory PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  db: Database;
  handle: DatabaseHandle;
  /** Empties every table: call it before each test. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An empty database of its own on the TEST_DATABASE_URL server, named `pb_test_…` (an aborted
 * run's are dropped by .ci/run): its URL, and how to drop it.
 */
export async function createServerTestDatabase(kind = ""): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is needed for a database on the test server");
  const name = `pb_test_${kind}${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`) };
}

/**
 * A database of its own for one test file: in-memory PGlite, or a fresh database on the
 * TEST_DATABASE_URL server (test files run in parallel, so they never share one).
 */
export async function openTestDatabase(driver: DatabaseDriver = TEST_DATABASE_URL ? "postgres" : "pglite"): Promise<TestDatabase> {
  if (driver === "pglite") return wrap(await openDatabase({ driver }), async () => {});
  if (!TEST_DATABASE_URL) throw new Error(`TEST_DATABASE_URL is needed for the ${driver} driver`);
  const database = await createServerTestDatabase();
  const proxy = driver === "neon" ? await startNeonWsProxy() : undefined;
  const handle = await openDatabase({ driver, url: database.url, neonWsProxy: proxy?.endpoint });
  return wrap(handle, async () => {
    await proxy?.close();
    await database.drop();
  });
}

/**
 * A test database for the enclosing file or describe block: opened before its tests, emptied
 * before each one, closed after them. Read `db` and `handle` inside tests or hooks only: the
 * database is opened in beforeAll.
 */
export function setUpTestDatabase(driver?: DatabaseDriver): { readonly db: Database; readonly handle: DatabaseHandle } {
  let database: TestDatabase | undefined;
  const opened = () => {
    if (!database) throw new Error("The test database is opened in beforeAll; use it inside a test or hook.");
    return database;
  };
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  beforeEach(() => opened().reset());
  afterAll(() => database?.close());
  return {
    get db() {
      return opened().db;
    },
    get handle() {
      return opened().handle;
    },
  };
}

function wrap(handle: DatabaseHandle, dispose: () => Promise<void>): TestDatabase {
  let tables: UserTable[] | undefined;
  return {
    db: handle.db,
    handle,
    reset: async () => {
      tables ??= await userTables(handle.db);
      if (tables.length === 0) return;
      // Only the tables a test wrote to, row by row: TRUNCATE of all 31 tables took over half a
      // second on PostgreSQL (new files for every table and index), most of a DB test's time.
      // Foreign keys are not checked while emptying (superuser, as every test database here).
      const filled = await selectRows<{ name: string }>(
        handle.db,
        sql.raw(tables.map(({ name }) => `select '${name}' as name where exists (select from "${name}")`).join(" union all ")),
      );
      if (filled.length === 0) return;
      const emptied = new Set(filled.map(({ name }) => name));
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        for (const { name, sequences } of tables!) {
          if (!emptied.has(name)) continue;
          await tx.execute(sql.raw(`delete from "${name}"`));
          for (const sequence of sequences) await tx.execute(sql.raw(`alter sequence "${sequence}" restart`));
        }
      });
    },
    close: async () => {
      await handle.close();
      await dispose();
    },
  };
}

interface UserTable {
  name: string;
  /** Sequences of its serial and identity columns, restarted when it is emptied. */
  sequences: string[];
}

function userTables(db: Database): Promise<UserTable[]> {
  return selectRows<UserTable>(
    db,
    sql`select t.relname::text as name,
               coalesce(array_agg(s.relname::text) filter (where s.relname is not null), '{}'::text[]) as sequences
        from pg_class t
        join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
        left join pg_depend d on d.refobjid = t.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
        left join pg_class s on s.oid = d.objid and s.relkind = 'S'
        where t.relkind in ('r', 'p')
        group by t.relname`,
  );
}
