import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { auditLog, users } from "../../db/schema";
import { createPractice } from "../practices/create-practice";
import type { AccountRef } from "./two-factor";

// Shared by the tests of lib/accounts: a practice with its main user.

export const origin = { ip: "192.0.2.20", userAgent: "Firefox 133 · Windows" };
export const KEY = "test-encryption-key-test-encryption-key";
export const PASSWORD = "Zahnstein-Kurve-42";
export const APP_URL = "https://app.example.test";

export async function accountUser(db: Database, password = PASSWORD) {
  const created = await createPractice(db, { name: "Praxis Konto", email: `konto-${Math.random().toString(36).slice(2)}@example.test`, password });
  const [row] = await db.select().from(users).where(eq(users.email, created.email));
  const user: AccountRef = { id: row.id, practiceId: row.practiceId, email: row.email };
  return { user, password, row };
}

export async function userRow(db: Database, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function auditActions(db: Database) {
  return (await db.select({ action: auditLog.action }).from(auditLog).orderBy(auditLog.id)).map((row) => row.action);
}

/** The token from the link in a mail's plain text. */
export function tokenFrom(text: string): string {
  const match = text.match(/[?&]token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error("no link in the mail");
  return match[1];
}
