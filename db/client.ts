import "server-only";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "../lib/env";
import { chooseDriver, type DatabaseDriver } from "./driver";
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
      const pool = new Pool({ connectionString: requireUrl(config), max: 10 });
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
      const pool = new Pool({ connectionString: requireUrl(config), max: 10 });
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

// Kept on globalThis so that Next's hot reload does not open the database twice.
const globalForDb = globalThis as unknown as { praxisboteDatabase?: Promise<DatabaseHandle> };

/** The process-wide database, opened and migrated on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.praxisboteDatabase ??= openDatabase(configFromEnv()).catch((error) => {
    globalForDb.praxisboteDatabase = undefined;
    throw error;
  });
  return globalForDb.praxisboteDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}
