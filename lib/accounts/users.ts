import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { users } from "../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import { assertId, assertMainUser, auditActor, type Actor, type Role } from "./actor";

export interface PracticeUser {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  twoFactor: boolean;
  lastLoginAt: Date | null;
}

/** Everyone with a login for the actor's practice, main users first. */
export async function listUsers(db: Database, actor: Actor): Promise<PracticeUser[]> {
  assertMainUser(actor);
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, totpEnabledAt: users.totpEnabledAt, lastLoginAt: users.lastLoginAt })
    .from(users)
    .where(eq(users.practiceId, actor.practiceId))
    .orderBy(asc(users.role), asc(users.email));
  return rows.map(({ totpEnabledAt, ...user }) => ({ ...user, twoFactor: totpEnabledAt !== null }));
}

// The rule "at least one main user remains" lives in these two statements and nowhere else.
// The CTE locks every main user of the practice (in id order, so two callers never deadlock)
// before counting the others: two main users demoting or removing each other at the same
// moment queue on those locks, and the second one counts again after the first committed.
const lockedOtherMainUsers = (practiceId: string, userId: string) => sql`
  (select count(*) from (select id from users where practice_id = ${practiceId} and role = 'main' order by id for update) as main_users
   where main_users.id <> ${userId}) > 0`;

export interface RoleChange {
  userId: string;
  role: Role;
}

/**
 * Makes a user main or staff. The user's sessions end (session version), so a new role is
 * never mixed with the old one's open pages. Changing to the role the user has is no change.
 */
export async function changeUserRole(db: Database, actor: Actor, change: RoleChange, now = new Date()): Promise<{ changed: boolean }> {
  assertMainUser(actor);
  assertId(change.userId);
  return db.transaction(async (tx) => {
    await lockMainUsers(tx, actor.practiceId);
    const [moved] = await selectRows<{ email: string }>(
      tx,
      sql`update users set role = ${change.role}, session_version = session_version + 1
          where id = ${change.userId} and practice_id = ${actor.practiceId} and role <> ${change.role}
            and ${change.role === "main" ? sql`true` : lockedOtherMainUsers(actor.practiceId, change.userId)}
          returning email`,
    );
    if (!moved) {
      const target = await findUser(tx, actor.practiceId, change.userId);
      if (!target) throw new DomainError("not_found");
      if (target.role === change.role) return { changed: false };
      throw new DomainError("last_main_user");
    }
    // Two roles only: the old one is the other.
    const from: Role = change.role === "main" ? "staff" : "main";
    await recordAudit(
      tx,
      { practiceId: actor.practiceId, action: "user.role_changed", actor: auditActor(actor), origin: actor.origin, details: { user: moved.email, role: { from, to: change.role } } },
      now,
    );
    return { changed: true };
  });
}

/**
 * Removes a user's login. Their sessions end at once: the next request finds no such user.
 * The audit log keeps their address as text; its entries lose only the link to the row.
 */
export async function removeUser(db: Database, actor: Actor, userId: string, now = new Date()): Promise<{ removedSelf: boolean }> {
  assertMainUser(actor);
  assertId(userId);
  return db.transaction(async (tx) => {
    await lockMainUsers(tx, actor.practiceId);
    const [removed] = await selectRows<{ email: string; name: string | null; role: Role }>(
      tx,
      sql`delete from users
          where id = ${userId} and practice_id = ${actor.practiceId}
            and (role = 'staff' or ${lockedOtherMainUsers(actor.practiceId, userId)})
          returning email, name, role`,
    );
    if (!removed) {
      if (!(await findUser(tx, actor.practiceId, userId))) throw new DomainError("not_found");
      throw new DomainError("last_main_user");
    }
    await recordAudit(
      tx,
      {
        practiceId: actor.practiceId,
        action: "user.removed",
        // The actor may have removed themselves: the row is gone, the address stays.
        actor: { userId: userId === actor.userId ? null : actor.userId, email: actor.email },
        origin: actor.origin,
        details: { user: removed.email, name: removed.name, role: removed.role },
      },
      now,
    );
    return { removedSelf: userId === actor.userId };
  });
}

/**
 * Locks the practice's main users in id order before a role change or removal touches any row:
 * otherwise a demotion holding its target and a removal holding another could each wait for the
 * other's row (a deadlock) instead of one simply waiting for the other.
 */
async function lockMainUsers(tx: Database, practiceId: string): Promise<void> {
  await tx.execute(sql`select id from users where practice_id = ${practiceId} and role = 'main' order by id for update`);
}

async function findUser(db: Database, practiceId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.practiceId, practiceId)));
  return row ?? null;
}
