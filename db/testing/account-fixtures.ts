import { eq, sql } from "drizzle-orm";
import type { Actor, Role } from "../../lib/accounts/actor";
import { hashPassword } from "../../lib/auth/password";
import { createPractice } from "../../lib/practices/create-practice";
import type { Database } from "../client";
import { selectRows } from "../rows";
import { users } from "../schema";

export const TEST_PASSWORD = "Zahnstein-Kurve-42";
export const testOrigin = { ip: "192.0.2.7", userAgent: "Firefox 133 · Windows" };

let counter = 0;
let passwordHash: Promise<string> | undefined;

const actorOf = (row: { id: string; practiceId: string; email: string; role: Role }): Actor => ({
  practiceId: row.practiceId,
  userId: row.id,
  email: row.email,
  role: row.role,
  origin: testOrigin,
});

/** A practice and its main user (as created by sign-up or practice:create), as an actor. */
export async function createPracticeWithMain(db: Database): Promise<{ practiceId: string; main: Actor }> {
  const n = ++counter;
  const created = await createPractice(db, { name: `Kontenpraxis ${n}`, email: `haupt-${n}-${Date.now()}@example.test`, password: TEST_PASSWORD });
  const [row] = await db.select().from(users).where(eq(users.email, created.email));
  return { practiceId: created.practiceId, main: actorOf(row) };
}

/** One more user of a practice, with the test password. */
export async function addUser(db: Database, practiceId: string, role: Role, values: Partial<typeof users.$inferInsert> = {}): Promise<Actor> {
  const n = ++counter;
  const [row] = await db
    .insert(users)
    .values({ practiceId, role, email: `nutzer-${n}-${Date.now()}@example.test`, passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)), ...values })
    .returning();
  return actorOf(row);
}

export async function userRow(db: Database, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}

/**
 * Every row of every table, to show that a refused call changed nothing at all (including
 * the audit log). Rows are compared as text, sorted, so the order of the scan does not matter.
 */
export async function snapshotDatabase(db: Database): Promise<Record<string, string[]>> {
  const tables = await selectRows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const snapshot: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    const rows = await selectRows<{ row: string }>(db, sql.raw(`select row_to_json(t)::text as row from "${tablename}" t`));
    snapshot[tablename] = rows.map((r) => r.row).sort();
  }
  return snapshot;
}
