import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { adminQuery } from "../../db/testing/admin-query";
import { TEST_DATABASE_URL } from "../../db/testing/test-database";

// Where a command-line test keeps its data: a fresh database of its own on the TEST_DATABASE_URL
// server, as an operator runs the commands in production (each one connects at once), or
// without that server PGlite in a temporary DATA_DIR (each command then starts the embedded
// database, seconds apiece). scripts/practice-create.test.ts keeps PGlite either way: the
// newcomer's path.

export interface CliTestData {
  /** DATA_DIR and DATABASE_URL for the commands; filled in before the file's tests run. */
  readonly env: NodeJS.ProcessEnv;
  readonly dataDir: string;
  /** The same database (migrated on open) for the test to set up or check rows. Close it before the next command on PGlite. */
  open(): Promise<DatabaseHandle>;
}

export function setUpCliTestData(prefix: string, settings: Record<string, string> = {}): CliTestData {
  const dataDir = mkdtempSync(path.join(tmpdir(), `praxisbote-${prefix}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", ...settings };
  let databaseName: string | undefined;

  beforeAll(async () => {
    if (!TEST_DATABASE_URL) return;
    databaseName = `pb_test_cli_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(TEST_DATABASE_URL, `create database "${databaseName}"`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseName) await adminQuery(TEST_DATABASE_URL!, `drop database if exists "${databaseName}" with (force)`);
  });

  return {
    env,
    dataDir,
    async open() {
      return env.DATABASE_URL
        ? openDatabase({ driver: "postgres", url: env.DATABASE_URL })
        : openDatabase({ driver: "pglite", pgliteDir: path.join(dataDir, "pglite") });
    },
  };
}
