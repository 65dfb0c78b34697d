import "server-only";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "../lib/env";
import { describeError } from "../lib/log-error";
import { chooseDriver, type DatabaseDriver } from "./driver";
import { DatabaseUnavailableError } from "./errors";
import { MIGRATIONS_FOLDER } from "./migrate";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The common face of all three drivers: write queries against this type only. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseConfig {
  driver: DatabaseDriver;
  /** Connection URL for postgres and neon. */
  url?: string;
  /** Folder for PGlite; omitted means in memory (tests). */
  pgliteDir?: string;
  /** host:port/path of a WebSocket→TCP proxy for the Neon driver. */
  neonWsProxy?: string;
}

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** Applies the committed migrations that this database does not have yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

// An unreachable host must fail a request within seconds, not hang it (the driver's default waits forever).
const CONNECT_TIMEOUT_MS = 5_000;

// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK_ID = 724_911_203;

interface LockableClient {
  query(text: string, values?: unknown[]): Promise<unknown>;
  release(): void;
}

// Several app instances may start at once against one PostgreSQL: they queue on an
// advisory lock held by the very connection that migrates.
async function migrateUnderLock<C extends LockableClient>(client: C, migrate: (client: C) => Promise<void>) {
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await migrate(client);
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
}

/** Opens a database on the chosen driver and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const handle = await connect(config);
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}

async function connect(config: DatabaseConfig): Promise<DatabaseHandle> {
  switch (config.driver) {
    case "pglite": {
      const { PGlite } = await import("@electric-sql/pglite");
      const { drizzle } = await import("drizzle-orm/pglite");
      const releaseLock = config.pgliteDir ? await lockPgliteDir(config.pgliteDir) : () => {};
      const client = config.pgliteDir ? new PGlite(config.pgliteDir) : new PGlite();
      await client.waitReady;
      const db = drizzle({ client, schema });
      return {
        db: db as unknown as Database,
        driver: "pglite",
        migrate: async () => {
          const { migrate } = await import("drizzle-orm/pglite/migrator");
          await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
        },
        close: async () => {
          await client.close();
          releaseLock();
        },
      };
    }
    case "postgres": {
      const { Pool } = await import("pg");
      const { drizzle } = await import("drizzle-orm/node-postgres");
      const pool = new Pool({ connectionString: requireUrl(config), max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      // An idle client that loses its connection must not crash the process.
      pool.on("error", (error) => console.error("[db] idle connection error:", error.message));
      return {
        db: drizzle({ client: pool, schema }) as unknown as Database,
        driver: "postgres",
        migrate: async () => {
          const { migrate } = await import("drizzle-orm/node-postgres/migrator");
          await migrateUnderLock(await pool.connect(), (client) =>
            migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER }),
          );
        },
        close: () => pool.end(),
      };
    }
    case "neon": {
      const { Pool, neonConfig } = await import("@neondatabase/serverless");
      const { drizzle } = await import("drizzle-orm/neon-serverless");
      const { default: ws } = await import("ws");
      // Node 20 has no global WebSocket.
      neonConfig.webSocketConstructor = ws;
      const proxy = config.neonWsProxy;
      if (proxy) {
        neonConfig.wsProxy = (host, port) => `${proxy}?address=${host}:${port}`;
        neonConfig.useSecureWebSocket = false;
        // Pipelining the startup messages breaks SCRAM authentication behind a plain proxy.
        neonConfig.pipelineConnect = false;
      }
      const pool = new Pool({ connectionString: requireUrl(config), max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      pool.on("error", (error: Error) => console.error("[db] idle connection error:", error.message));
      return {
        db: drizzle({ client: pool, schema }) as unknown as Database,
        driver: "neon",
        migrate: async () => {
          const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
          await migrateUnderLock(await pool.connect(), (client) =>
            migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER }),
          );
        },
        close: () => pool.end(),
      };
    }
  }
}

function requireUrl(config: DatabaseConfig): string {
  if (!config.url) throw new Error(`Der Treiber ${config.driver} braucht DATABASE_URL.`);
  return config.url;
}

// PGlite is one PostgreSQL inside this process: a second process opening the same folder
// would corrupt it, so a pid file keeps `npm run practice:create` from racing `npm run dev`.
async function lockPgliteDir(dir: string): Promise<() => void> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, "..", `${path.basename(dir)}.lock`);
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `Die eingebettete Datenbank ${dir} ist schon vom Prozess ${holder} geöffnet (läuft npm run dev?). ` +
          "Beenden Sie ihn zuerst oder verwenden Sie DATABASE_URL mit einem PostgreSQL-Server.",
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const release = () => {
    try {
      if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The configuration this process runs on, from the environment. */
export function configFromEnv(): DatabaseConfig {
  const driver = chooseDriver(env.DATABASE_URL, env.DATABASE_DRIVER);
  return {
    driver,
    url: env.DATABASE_URL,
    pgliteDir: driver === "pglite" ? `${env.DATA_DIR}/pglite` : undefined,
    neonWsProxy: env.NEON_WS_PROXY,
  };
}

export interface RetryOptions {
  /** Milliseconds to wait before try n + 1 after try n failed. */
  delayMs?: (failedTries: number) => number;
  /** Called with every try that failed, e.g. to log it. */
  onFailure?: (tries: number, error: unknown, nextDelayMs: number) => void;
  /** The attempt in progress, for callers that must not wait for the whole retry. */
  onAttempt?: (attempt: Promise<DatabaseHandle>) => void;
}

/** 0.5 s, 1 s, 2 s, 4 s, then every 8 s: quick after a short blip, quiet during a long outage. */
export const backoffMs = (failedTries: number) => Math.min(500 * 2 ** (failedTries - 1), 8_000);

/**
 * Opens and migrates a database, trying again with backoff until it is there: a database that
 * is down while the app starts must not leave a server that never recovers.
 */
export async function openDatabaseWithRetry(config: DatabaseConfig, options: RetryOptions = {}): Promise<DatabaseHandle> {
  for (let tries = 1; ; tries++) {
    const attempt = openDatabase(config);
    options.onAttempt?.(attempt.catch((error) => Promise.reject(new DatabaseUnavailableError(error))));
    try {
      return await attempt;
    } catch (error) {
      const delay = (options.delayMs ?? backoffMs)(tries);
      options.onFailure?.(tries, error, delay);
      // unref: a command-line script that gave up must not be kept alive by the next try.
      await new Promise((resolve) => setTimeout(resolve, delay).unref?.());
    }
  }
}

// Logs the kind of failure and where, never the URL (it holds the password).
function logFailedTry(config: DatabaseConfig) {
  const where = config.url ? safeHost(config.url) : (config.pgliteDir ?? "im Speicher");
  return (tries: number, error: unknown, nextDelayMs: number) =>
    console.error(`[db] Versuch ${tries}: Datenbank (${config.driver}, ${where}) nicht bereit – ${describeError(error)}; nächster Versuch in ${nextDelayMs / 1000} s`);
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "ungültige URL";
  }
}

interface ProcessDatabase {
  handle?: DatabaseHandle;
  /** The try in progress, or the last one that failed while the next one waits. */
  attempt?: Promise<DatabaseHandle>;
  opening?: Promise<DatabaseHandle>;
}

// Kept on globalThis so that Next's hot reload does not open the database twice, and because
// instrumentation and each route are bundled separately.
const globalForDb = globalThis as unknown as { praxisboteDatabase?: ProcessDatabase };

/**
 * Opens the process-wide database, retrying until it is there; resolves once it is open and
 * migrated. The server calls it at start without waiting, so pages need no database.
 */
export function connectDatabase(): Promise<DatabaseHandle> {
  const state = (globalForDb.praxisboteDatabase ??= {});
  if (state.handle) return Promise.resolve(state.handle);
  const config = configFromEnv();
  state.opening ??= openDatabaseWithRetry(config, {
    onFailure: logFailedTry(config),
    onAttempt: (attempt) => {
      state.attempt = attempt;
      attempt.catch(() => {});
    },
  }).then((handle) => {
    state.handle = handle;
    return handle;
  });
  return state.opening;
}

/**
 * The process-wide database for a request or a sweep. While it cannot be opened this rejects
 * with DatabaseUnavailableError as soon as the current try fails (a request answers 503 at
 * once instead of waiting for the outage to end), and the retry carries on in the background.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const opening = connectDatabase();
  const state = globalForDb.praxisboteDatabase!;
  if (state.handle) return opening;
  return Promise.race([opening, state.attempt!]);
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}
