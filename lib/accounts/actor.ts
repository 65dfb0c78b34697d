import type { users } from "../../db/schema";
import { DomainError } from "../errors/domain-error";

export type Role = (typeof users.$inferSelect)["role"];

/**
 * Who acts in the portal: built by a server action from the current user (checked on every
 * request) and the request's origin. Every function in lib/accounts takes it first after the
 * database, so the practice scope comes from the session and never from the form.
 */
export interface Actor {
  practiceId: string;
  userId: string;
  email: string;
  role: Role;
  /** Where from, for the audit log. */
  origin?: { ip: string | null; userAgent: string | null };
}

/** Users, roles and invitations are the main user's; staff get a refusal, never a partial change. */
export function assertMainUser(actor: Actor): void {
  if (actor.role !== "main") throw new DomainError("forbidden");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a form is just text: anything that is not a uuid cannot be ours (and would make PostgreSQL throw). */
export function assertId(id: string): void {
  if (!UUID.test(id)) throw new DomainError("not_found");
}

/** The audit log's actor fields. */
export const auditActor = (actor: Actor) => ({ userId: actor.userId, email: actor.email });

/** The actor for a logged-in user (lib/auth/current-user.ts) acting from a request's origin. */
export function actorOf(user: { id: string; email: string; role: Role; practice: { id: string } }, origin?: Actor["origin"]): Actor {
  return { practiceId: user.practice.id, userId: user.id, email: user.email, role: user.role, origin };
}
