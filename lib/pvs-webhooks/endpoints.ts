import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/client";
import { practices, webhookAttempts, webhookEndpoints } from "../../db/schema";
import { assertId, assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { recordAudit, type AuditAction } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import type { WebhookUrlPolicy } from "./allowed-url";
import { webhookEndpointSchema, type WebhookEndpointInput } from "./endpoint-input";
import { MAX_WEBHOOK_ENDPOINTS } from "./endpoint-limits";
import type { WebhookEventType } from "./event-types";
import { generateWebhookSecret, ROTATION_OVERLAP_MS, sealWebhookSecret } from "./secrets";

// A practice's webhook endpoints as its main user manages them in the portal. Every function
// takes the actor first: the practice scope comes from the session, never from a form.

export type WebhookEndpointStatus = "active" | "failing" | "disabled";

export interface ListedWebhookEndpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  createdAt: Date;
  failingSince: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
  /** Until when the secret before the last rotation still signs; null when it no longer does. */
  previousSecretUntil: Date | null;
  status: WebhookEndpointStatus;
}

export interface ListedWebhookAttempt {
  id: number;
  /** Null for a test event from the portal: it cannot be sent again. */
  deliveryId: string | null;
  eventType: string;
  attemptedAt: Date;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  nextAttemptAt: Date | null;
  succeeded: boolean;
}

export const MAX_LISTED_ATTEMPTS = 100;

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  eventTypes: webhookEndpoints.eventTypes,
  createdAt: webhookEndpoints.createdAt,
  failingSince: webhookEndpoints.failingSince,
  disabledAt: webhookEndpoints.disabledAt,
  disabledReason: webhookEndpoints.disabledReason,
  previousSecretUntil: webhookEndpoints.previousSecretUntil,
};

type EndpointRow = Pick<typeof webhookEndpoints.$inferSelect, keyof typeof endpointColumns>;

function listed(row: EndpointRow, now: Date): ListedWebhookEndpoint {
  return {
    ...row,
    eventTypes: row.eventTypes as WebhookEventType[],
    previousSecretUntil: row.previousSecretUntil && row.previousSecretUntil > now ? row.previousSecretUntil : null,
    status: row.disabledAt ? "disabled" : row.failingSince ? "failing" : "active",
  };
}

/** The practice's endpoints, oldest first (the order they were added in). */
export async function listWebhookEndpoints(db: Database, actor: Actor, now = new Date()): Promise<ListedWebhookEndpoint[]> {
  assertMainUser(actor);
  const rows = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.practiceId, actor.practiceId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map((row) => listed(row, now));
}

/** One of the practice's endpoints; another practice's id is not found, like an unknown one. */
export async function requireWebhookEndpoint(db: Database, actor: Actor, endpointId: string, now = new Date()): Promise<ListedWebhookEndpoint> {
  assertMainUser(actor);
  assertId(endpointId);
  const [row] = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.practiceId, actor.practiceId)));
  if (!row) throw new DomainError("not_found");
  return listed(row, now);
}

/** The last attempts at one endpoint, newest first. */
export async function listWebhookAttempts(db: Database, actor: Actor, endpointId: string, limit = MAX_LISTED_ATTEMPTS): Promise<ListedWebhookAttempt[]> {
  await requireWebhookEndpoint(db, actor, endpointId);
  const rows = await db
    .select({
      id: webhookAttempts.id,
      deliveryId: webhookAttempts.deliveryId,
      eventType: webhookAttempts.eventType,
      attemptedAt: webhookAttempts.attemptedAt,
      httpStatus: webhookAttempts.httpStatus,
      durationMs: webhookAttempts.durationMs,
      error: webhookAttempts.error,
      nextAttemptAt: webhookAttempts.nextAttemptAt,
    })
    .from(webhookAttempts)
    .where(eq(webhookAttempts.endpointId, endpointId))
    .orderBy(desc(webhookAttempts.attemptedAt), desc(webhookAttempts.id))
    .limit(Math.min(limit, MAX_LISTED_ATTEMPTS));
  return rows.map((row) => ({ ...row, succeeded: row.httpStatus !== null && row.httpStatus >= 200 && row.httpStatus < 300 }));
}

export interface CreatedWebhookEndpoint {
  endpoint: ListedWebhookEndpoint;
  /** The signing secret (whsec_…): shown to the user once; we keep it only sealed. */
  secret: string;
}

/** Input checked by the schema; a refusal names the field, with the schema's German message. */
function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new DomainError("invalid_request", issue.message, issue.path[0] === undefined ? undefined : String(issue.path[0]));
}

export async function createWebhookEndpoint(
  db: Database,
  actor: Actor,
  input: WebhookEndpointInput,
  options: { rules: WebhookUrlPolicy; encryptionKey: string },
  now = new Date(),
): Promise<CreatedWebhookEndpoint> {
  assertMainUser(actor);
  const values = parseInput(webhookEndpointSchema(options.rules), input);
  const secret = generateWebhookSecret();
  return db.transaction(async (tx) => {
    // Locks the practice so that two forms sent at once cannot both pass the limit.
    await tx.select({ id: practices.id }).from(practices).where(eq(practices.id, actor.practiceId)).for("update");
    const [{ value: existing }] = await tx.select({ value: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.practiceId, actor.practiceId));
    if (existing >= MAX_WEBHOOK_ENDPOINTS) {
      throw new DomainError("invalid_request", `Ihre Praxis hat schon ${MAX_WEBHOOK_ENDPOINTS} Webhook-Endpunkte. Löschen Sie zuerst einen, den Sie nicht mehr brauchen.`);
    }
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ practiceId: actor.practiceId, ...values, secretSealed: sealWebhookSecret(secret, options.encryptionKey), createdAt: now, updatedAt: now })
      .returning(endpointColumns);
    await audit(tx, actor, "webhook_endpoint.created", { url: row.url, eventTypes: row.eventTypes }, now);
    return { endpoint: listed(row, now), secret };
  });
}

/** URL, events and description; a new URL starts without the old one's failures. */
export async function updateWebhookEndpoint(
  db: Database,
  actor: Actor,
  endpointId: string,
  input: WebhookEndpointInput,
  options: { rules: WebhookUrlPolicy },
  now = new Date(),
): Promise<ListedWebhookEndpoint> {
  const before = await requireWebhookEndpoint(db, actor, endpointId, now);
  const values = parseInput(webhookEndpointSchema(options.rules), input);
  return db.transaction(async (tx) => {
    const urlChanged = values.url !== before.url;
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ ...values, ...(urlChanged ? { failingSince: null } : {}), updatedAt: now })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.practiceId, actor.practiceId)))
      .returning(endpointColumns);
    if (!row) throw new DomainError("not_found");
    const changes = Object.fromEntries(
      (["url", "description", "eventTypes"] as const)
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(row[field]))
        .map((field) => [field, { from: before[field], to: row[field] }]),
    );
    if (Object.keys(changes).length > 0) await audit(tx, actor, "webhook_endpoint.changed", { url: row.url, ...changes }, now);
    return listed(row, now);
  });
}

/**
 * A new signing secret. The current one moves to previous_secret_* and keeps signing (beside
 * the new one) for ROTATION_OVERLAP_MS, so the PVS can switch without refusing an event.
 */
export async function rotateWebhookSecret(
  db: Database,
  actor: Actor,
  endpointId: string,
  encryptionKey: string,
  now = new Date(),
): Promise<{ secret: string; previousSecretUntil: Date }> {
  assertMainUser(actor);
  assertId(endpointId);
  const secret = generateWebhookSecret();
  const previousSecretUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        previousSecretSealed: sql`${webhookEndpoints.secretSealed}`,
        previousSecretUntil,
        secretSealed: sealWebhookSecret(secret, encryptionKey),
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.practiceId, actor.practiceId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw new DomainError("not_found");
    await audit(tx, actor, "webhook_endpoint.secret_rotated", { url: row.url, previousSecretUntil: previousSecretUntil.toISOString() }, now);
    return { secret, previousSecretUntil };
  });
}

/** Deletes the endpoint with the events still owed to it and its attempts. */
export async function deleteWebhookEndpoint(db: Database, actor: Actor, endpointId: string, now = new Date()): Promise<{ url: string }> {
  assertMainUser(actor);
  assertId(endpointId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.practiceId, actor.practiceId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw new DomainError("not_found");
    await audit(tx, actor, "webhook_endpoint.deleted", { url: row.url }, now);
    return row;
  });
}

/**
 * Turns a disabled endpoint back on with a clean record: new events reach it again. Events
 * given up while it was disabled stay given up; "erneut senden" delivers one again.
 */
export async function reenableWebhookEndpoint(db: Database, actor: Actor, endpointId: string, now = new Date()): Promise<{ reenabled: boolean }> {
  await requireWebhookEndpoint(db, actor, endpointId, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: null, disabledReason: null, failingSince: null, updatedAt: now })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.practiceId, actor.practiceId), sql`${webhookEndpoints.disabledAt} is not null`))
      .returning({ url: webhookEndpoints.url });
    if (!row) return { reenabled: false };
    await audit(tx, actor, "webhook_endpoint.reenabled", { url: row.url }, now);
    return { reenabled: true };
  });
}

function audit(db: Database, actor: Actor, action: AuditAction, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { practiceId: actor.practiceId, action, actor: auditActor(actor), origin: actor.origin, details }, now);
}
