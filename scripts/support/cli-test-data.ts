import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "../../db/client";
import { createServerTestDatabase, TEST_DATABASE_URL } from "../../db/testing/test-database";

// Where a command-line test keeps its data: a fresh database of its own on the TEST_DATABASE_URL
// server, as an operator runs the commands in production (each one connects at once), or
// without that server PGlite in a temporary DATA_DIR (each command then starts the embedded
// database, seconds apiece). scripts/practice-create.test.ts keeps PGlite either way: the
// newcomer's path.

export interface CliTestData {
  /** DATA_DIR and DATABASE_URL for the commands; filled in before the file's tests run. */
  readonly env: NodeJS.ProcessEnv;
  readonly dataDir: string;
  /**
   * Runs `work` on the same database (migrated on open) to set up or check rows, and closes it
   * again: on PGlite the next command could not open it otherwise.
   */
  withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T>;
}

export function setUpCliTestData(prefix: string, settings: Record<string, string> = {}): CliTestData {
  const dataDir = mkdtempSync(path.join(tmpdir(), `praxisbote-${prefix}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", ...settings };
  let database: Awaited<ReturnType<typeof createServerTestDatabase>> | undefined;

  beforeAll(async () => {
    if (!TEST_DATABASE_URL) return;
    database = await createServerTestDatabase("cli_");
    env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  return {
    env,
    dataDir,
    async withDatabase(work) {
      const handle = env.DATABASE_URL
        ? await openDatabase({ driver: "postgres", url: env.DATABASE_URL })
        : await openDatabase({ driver: "pglite", pgliteDir: path.join(dataDir, "pglite") });
      try {
        return await work(handle.db);
      } finally {
        await handle.close();
      }
    },
  };
}
