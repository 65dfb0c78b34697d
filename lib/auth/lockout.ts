import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { loginAttempts } from "../../db/schema";

// After 5 failures for one address or 20 from one IP within 15 minutes, logins are refused for
// 15 minutes. Counted in PostgreSQL so every instance sees the same attempts.
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type LockoutState = { locked: false } | { locked: true; until: Date };

/** Whether a login for this address from this IP is refused now, and until when. */
export async function checkLockout(db: Database, email: string, ip: string, now = new Date(), excludeAttempt = 0): Promise<LockoutState> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS).toISOString();
  const others = sql`id <> ${excludeAttempt}`;
  const [row] = await selectRows<{ account_failures: number; account_last: string | null; ip_failures: number; ip_last: string | null }>(
    db,
    sql`select
          (select count(*)::int from login_attempts where email = ${email.toLowerCase()} and not succeeded and attempted_at > ${since} and ${others}) as account_failures,
          (select max(attempted_at) from login_attempts where email = ${email.toLowerCase()} and not succeeded and attempted_at > ${since} and ${others}) as account_last,
          (select count(*)::int from login_attempts where ip = ${ip} and not succeeded and attempted_at > ${since} and ${others}) as ip_failures,
          (select max(attempted_at) from login_attempts where ip = ${ip} and not succeeded and attempted_at > ${since} and ${others}) as ip_last`,
  );
  const ends: number[] = [];
  if (row.account_failures >= MAX_FAILURES_PER_ACCOUNT && row.account_last) ends.push(new Date(row.account_last).getTime() + LOCKOUT_WINDOW_MS);
  if (row.ip_failures >= MAX_FAILURES_PER_IP && row.ip_last) ends.push(new Date(row.ip_last).getTime() + LOCKOUT_WINDOW_MS);
  const until = Math.max(0, ...ends);
  return until > now.getTime() ? { locked: true, until: new Date(until) } : { locked: false };
}

/** `wrong` with `lockedUntil`: this guess was checked, failed, and locked the login. */
export type GuardedOutcome = { kind: "ok" } | { kind: "wrong"; lockedUntil?: Date } | { kind: "locked"; until: Date };

/**
 * One guess at a password or code, counted before it is checked: the attempt is stored as a
 * failure first and only then are the earlier failures counted, so of any number of parallel
 * guesses at most the allowed few get to `check` (each sees every guess stored before it).
 * A right guess is marked as such; a guess refused by the lock is not counted.
 */
export async function guardedAttempt(db: Database, email: string, ip: string, check: () => Promise<boolean>, now = new Date()): Promise<GuardedOutcome> {
  const address = email.toLowerCase();
  const [attempt] = await db.insert(loginAttempts).values({ email: address, ip, succeeded: false, attemptedAt: now }).returning({ id: loginAttempts.id });
  const before = await checkLockout(db, address, ip, now, attempt.id);
  if (before.locked) {
    await db.execute(sql`delete from login_attempts where id = ${attempt.id}`);
    return { kind: "locked", until: before.until };
  }
  if (await check()) {
    await db.execute(sql`update login_attempts set succeeded = true where id = ${attempt.id}`);
    return { kind: "ok" };
  }
  const after = await checkLockout(db, address, ip, now);
  return after.locked ? { kind: "wrong", lockedUntil: after.until } : { kind: "wrong" };
}

export async function recordLoginAttempt(db: Database, email: string, ip: string, succeeded: boolean, now = new Date()): Promise<void> {
  await db.insert(loginAttempts).values({ email: email.toLowerCase(), ip, succeeded, attemptedAt: now });
}

/** Attempts older than the window matter to nobody; the chores remove them. */
export async function forgetOldLoginAttempts(db: Database, now = new Date()): Promise<void> {
  await db.execute(sql`delete from login_attempts where attempted_at < ${new Date(now.getTime() - 24 * 60 * 60_000).toISOString()}`);
}
