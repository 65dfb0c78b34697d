import { and, asc, eq, gt, gte, inArray, or, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { locations, messages, messageStatusEvents } from "../../db/schema";
import type { MessageStatus } from "./status";
import type { MessageRow } from "./serialize";

// Every query here takes the practice id: a message of another practice is simply not found.

const messageColumns = {
  id: messages.id,
  status: messages.status,
  statusReason: messages.statusReason,
  recipient: messages.recipient,
  sender: messages.sender,
  text: messages.text,
  encoding: messages.encoding,
  characters: messages.characters,
  segments: messages.segments,
  sendAt: messages.sendAt,
  expiresAt: messages.expiresAt,
  heldForQuietHours: messages.heldForQuietHours,
  clientReference: messages.clientReference,
  locationCode: locations.code,
  priceCents: messages.priceCents,
  sandbox: messages.sandbox,
  createdAt: messages.createdAt,
  updatedAt: messages.updatedAt,
};

function selectMessages(db: Database, where: SQL | undefined) {
  return db.select(messageColumns).from(messages).leftJoin(locations, eq(locations.id, messages.locationId)).where(where);
}

/** The message a key created, unless it was created before `notBefore` (the key has expired). */
export async function findMessageByIdempotencyKey(db: Database, practiceId: string, key: string, notBefore: Date) {
  const [row] = await db
    .select({ ...messageColumns, requestHash: messages.requestHash })
    .from(messages)
    .leftJoin(locations, eq(locations.id, messages.locationId))
    .where(and(eq(messages.practiceId, practiceId), eq(messages.idempotencyKey, key), gte(messages.createdAt, notBefore)));
  if (!row) return null;
  const { requestHash, ...message } = row;
  return { requestHash, message: message as MessageRow };
}

/** The messages these keys created (keyed by key), leaving out those created before `notBefore`. */
export async function findMessagesByIdempotencyKeys(db: Database, practiceId: string, keys: string[], notBefore: Date) {
  const found = new Map<string, { requestHash: string | null; message: MessageRow }>();
  if (keys.length === 0) return found;
  const rows = await db
    .select({ ...messageColumns, idempotencyKey: messages.idempotencyKey, requestHash: messages.requestHash })
    .from(messages)
    .leftJoin(locations, eq(locations.id, messages.locationId))
    .where(and(eq(messages.practiceId, practiceId), inArray(messages.idempotencyKey, keys), gte(messages.createdAt, notBefore)));
  for (const { idempotencyKey, requestHash, ...message } of rows) found.set(idempotencyKey!, { requestHash, message: message as MessageRow });
  return found;
}

export async function findMessage(db: Database, practiceId: string, id: string): Promise<MessageRow | null> {
  const [row] = await selectMessages(db, and(eq(messages.practiceId, practiceId), eq(messages.id, id)));
  return (row as MessageRow | undefined) ?? null;
}

/** Messages by id, each only if it belongs to the practice given with it: one query for many practices. */
export async function findMessagesOfPractices(db: Database, wanted: readonly { practiceId: string; id: string }[]): Promise<Map<string, MessageRow>> {
  const found = new Map<string, MessageRow>();
  if (wanted.length === 0) return found;
  const rows = await db
    .select({ ...messageColumns, practiceId: messages.practiceId })
    .from(messages)
    .leftJoin(locations, eq(locations.id, messages.locationId))
    .where(inArray(messages.id, [...new Set(wanted.map((item) => item.id))]));
  const owners = new Map(wanted.map((item) => [item.id, item.practiceId]));
  for (const { practiceId, ...message } of rows) if (owners.get(message.id) === practiceId) found.set(message.id, message as MessageRow);
  return found;
}

export async function findStatusHistory(db: Database, messageId: string) {
  return db
    .select({
      status: messageStatusEvents.status,
      carrierStatus: messageStatusEvents.carrierStatus,
      detail: messageStatusEvents.detail,
      receivedAt: messageStatusEvents.receivedAt,
      carrierTime: messageStatusEvents.carrierTime,
    })
    .from(messageStatusEvents)
    .where(eq(messageStatusEvents.messageId, messageId))
    .orderBy(asc(messageStatusEvents.receivedAt), asc(messageStatusEvents.id));
}

export interface ListOptions {
  status?: MessageStatus;
  since?: Date;
  /** Only messages with exactly this client reference. */
  reference?: string;
  /** Position after which to continue: the last row's change time and id. */
  after?: { updatedAt: Date; id: string };
  limit: number;
}

/** Messages in order of their last change, for a PVS that keeps its own copy in step. */
export async function listMessages(db: Database, practiceId: string, options: ListOptions): Promise<MessageRow[]> {
  const conditions = [eq(messages.practiceId, practiceId)];
  if (options.status) conditions.push(eq(messages.status, options.status));
  if (options.since) conditions.push(gte(messages.updatedAt, options.since));
  if (options.reference !== undefined) conditions.push(eq(messages.clientReference, options.reference));
  if (options.after) {
    conditions.push(
      or(
        gt(messages.updatedAt, options.after.updatedAt),
        and(eq(messages.updatedAt, options.after.updatedAt), gt(messages.id, options.after.id)),
      )!,
    );
  }
  const rows = await selectMessages(db, and(...conditions))
    .orderBy(asc(messages.updatedAt), asc(messages.id))
    .limit(options.limit);
  return rows as MessageRow[];
}

/** Whether the practice has sent anything yet: the Übersicht shows its first steps until then. */
export async function hasAnyMessage(db: Database, practiceId: string): Promise<boolean> {
  const [row] = await db.select({ id: messages.id }).from(messages).where(eq(messages.practiceId, practiceId)).limit(1);
  return row !== undefined;
}
