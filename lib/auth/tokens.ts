import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { authTokens } from "../../db/schema";

export type TokenPurpose = (typeof authTokens.$inferSelect)["purpose"];

/** How long each kind of link stays valid. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  email_confirmation: 48 * 60 * 60_000,
  password_reset: 60 * 60_000,
  invitation: 7 * 24 * 60 * 60_000,
  email_change: 48 * 60 * 60_000,
  two_factor_challenge: 5 * 60_000,
  login_ticket: 60_000,
};

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

type TokenFields = Pick<typeof authTokens.$inferInsert, "userId" | "practiceId" | "email" | "role" | "createdBy">;

/** A new single-use token; only its hash is stored. The token itself goes into the link. */
export async function issueToken(db: Database, purpose: TokenPurpose, fields: TokenFields, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(authTokens).values({
    ...fields,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    createdAt: now,
  });
  return token;
}

export type ConsumedToken = typeof authTokens.$inferSelect;

/**
 * Spends a token: one conditional UPDATE, so two clicks on the same link cannot both win.
 * Null for an unknown, used, expired or foreign-purpose token — the caller says the same for all.
 */
export async function consumeToken(db: Database, purpose: TokenPurpose, token: string, now = new Date()): Promise<ConsumedToken | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await selectRows<Record<string, unknown>>(
    db,
    sql`update auth_tokens set used_at = ${now.toISOString()}
        where token_hash = ${hashToken(token)} and purpose = ${purpose} and used_at is null and expires_at > ${now.toISOString()}
        returning id, purpose, user_id, practice_id, email, role, created_by, expires_at, used_at, created_at`,
  );
  if (!row) return null;
  return {
    id: String(row.id),
    purpose: row.purpose as TokenPurpose,
    tokenHash: hashToken(token),
    userId: (row.user_id as string | null) ?? null,
    practiceId: (row.practice_id as string | null) ?? null,
    email: (row.email as string | null) ?? null,
    role: (row.role as ConsumedToken["role"]) ?? null,
    createdBy: (row.created_by as string | null) ?? null,
    expiresAt: new Date(row.expires_at as string),
    usedAt: new Date(row.used_at as string),
    createdAt: new Date(row.created_at as string),
  };
}

/** Ends every open token of a kind for a user, e.g. older reset links once a new one is sent. */
export async function revokeTokens(db: Database, purpose: TokenPurpose, userId: string, now = new Date()): Promise<void> {
  await db.execute(sql`update auth_tokens set used_at = ${now.toISOString()} where user_id = ${userId} and purpose = ${purpose} and used_at is null`);
}
