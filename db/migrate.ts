import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";
import { selectRows } from "./rows";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export type MigrationState = "up-to-date" | "pending";

/** Whether the database has every migration that ships with this build. */
export async function migrationState(handle: DatabaseHandle): Promise<MigrationState> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as Journal;
  const latest = journal.entries.at(-1);
  if (!latest) return "up-to-date";
  const rows = await selectRows<{ created_at: string }>(
    handle.db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const applied = Number(rows[0]?.created_at ?? 0);
  return applied >= latest.when ? "up-to-date" : "pending";
}
