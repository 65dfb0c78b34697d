import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { locations } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import type { PracticeContext } from "../practices/practice-context";
import { recipientOptedOut } from "../opt-outs/opt-outs";
import { senderNotAllowed, senderOwnership } from "../senders/owned-senders";
import { findMessageByIdempotencyKey } from "./find-messages";
import { idempotencyKeyCutoff } from "./idempotency-keys";
import { billedPartsSince, startOfBerlinMonth } from "./billed-parts";
import { insertCheckedMessage, type InsertGate } from "./checked-insert";
import { newMessage, storedMessage } from "./message-rows";
import type { MessageRow } from "./serialize";
import type { SmsDraft } from "./validate-sms-request";

export interface AcceptOptions {
  idempotencyKey?: string;
  /** SHA-256 of the request as sent, to tell a retry from a different request reusing the key. */
  requestHash?: string;
  now?: Date;
  /**
   * The message goes to a real carrier, not the simulator: refused while the practice has not
   * confirmed its sign-up address. The caller knows the runtime; this module does not.
   */
  realCarrier?: boolean;
  /** Checked in the statement that stores the message (lib/messages/checked-insert.ts). */
  gate?: {
    gate: InsertGate;
    values: Record<string, unknown>;
    /** Throws the refusal when the gate's columns say the message was not admitted. */
    check(row: Record<string, unknown>): void;
  };
}

/** The gate let no row through: nothing was stored or counted, and the caller must take its other path. */
export class GateClosed extends Error {
  constructor() {
    super("the insert's gate let nothing through");
  }
}

export interface AcceptResult {
  message: MessageRow;
  /** True when an earlier request with the same Idempotency-Key created it. */
  replayed: boolean;
}

/** A stable hash of a request body, independent of key order and of JSON vs. form encoding. */
export function hashRequest(body: unknown): string {
  const canonical = JSON.stringify(body, (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Stores an accepted message and its first status event in one statement, so nothing
 * accepted is lost and nothing is counted twice. A repeated Idempotency-Key returns the
 * message the first request created, as it is now; after 24 hours the key creates a new one
 * (lib/messages/idempotency-keys.ts). Daily usage is rolled up from the messages later
 * (lib/billing/daily-usage.ts): a shared counter row here would serialise every request.
 */
export async function acceptMessage(db: Database, context: PracticeContext, draft: SmsDraft, options: AcceptOptions = {}): Promise<AcceptResult> {
  const now = options.now ?? new Date();
  const practiceId = context.practice.id;
  const location = draft.locationCode ? await findLocation(db, practiceId, draft.locationCode) : context.location;
  // A test-key message costs nothing: the budget limit neither counts nor refuses it.
  const limit = context.sandbox ? null : context.practice.monthlyPartLimit;
  // A retry of a message accepted before, say, the patient opted out still gets its answer:
  // every refusal below first looks for the message an earlier request with this key created.
  const refuse = async (refusal: DomainError): Promise<AcceptResult> => {
    const earlier = options.idempotencyKey ? await replayIfKnown(db, practiceId, options.idempotencyKey, options.requestHash, now) : null;
    if (earlier) return earlier;
    throw refusal;
  };
  if (options.realCarrier && !context.practice.emailConfirmed) return refuse(new DomainError("account_not_confirmed"));

  const message = newMessage(draft, location, options.idempotencyKey, options.requestHash, now, context.sandbox);
  // The opt-out, the sender (only one the practice owns) and the monthly limit are checked in
  // the statement that stores the message; refused, nothing is counted or stored.
  const result = await insertCheckedMessage(
    db,
    context,
    message,
    { sender: senderOwnership(context.practice, draft.sender), monthStart: startOfBerlinMonth(now), limit },
    now,
    options.gate,
  );
  if (!result) throw new GateClosed();
  options.gate?.check(result.row);
  if (result.optedOut) return refuse(recipientOptedOut());
  if (result.sender === null) return refuse(senderNotAllowed(draft.sender, !draft.requestFields.from?.trim()));
  if (limit !== null && result.used + draft.segments > limit) return refuse(monthlyLimitReached(limit, result.used));
  if (!result.stored) {
    // Another request holds this Idempotency-Key: answer with its message.
    const earlier = await replayIfKnown(db, practiceId, options.idempotencyKey!, options.requestHash, now);
    if (earlier) return earlier;
    throw new Error("idempotent insert conflicted, but no earlier message was found");
  }
  return { replayed: false, message: storedMessage({ ...message, draft: { ...draft, sender: result.sender } }) };
}

export async function findLocation(db: Database, practiceId: string, code: string) {
  const [location] = await db
    .select({ id: locations.id, code: locations.code })
    .from(locations)
    .where(and(eq(locations.practiceId, practiceId), eq(locations.code, code)));
  if (!location) throw new DomainError("invalid_location", `Den Standort „${code.slice(0, 40)}“ gibt es in Ihrer Praxis nicht.`, "location");
  return location;
}

async function replayIfKnown(db: Database, practiceId: string, key: string, requestHash: string | undefined, now: Date): Promise<AcceptResult | null> {
  const earlier = await findMessageByIdempotencyKey(db, practiceId, key, idempotencyKeyCutoff(now));
  return earlier ? replayOf(earlier, requestHash) : null;
}

/** The answer to a request whose key an earlier message holds; DomainError when the request differs. */
export function replayOf(earlier: { requestHash: string | null; message: MessageRow }, requestHash: string | undefined): AcceptResult {
  if (earlier.requestHash !== (requestHash ?? null)) throw new DomainError("idempotency_conflict", undefined, "idempotencyKey");
  // The message as it is now, not as it was first answered: a PVS that retries after the
  // practice cancelled must learn that it is cancelled, or it believes the reminder goes out.
  return { replayed: true, message: earlier.message };
}

/** Parts billed this calendar month (Berlin) so far. */
export async function monthlyPartsUsed(db: Database, practiceId: string, now: Date): Promise<number> {
  const [row] = await selectRows<{ used: string | number }>(db, sql`select ${billedPartsSince(practiceId, startOfBerlinMonth(now))} as used`);
  return Number(row.used);
}

export function monthlyLimitReached(limit: number, used: number): DomainError {
  return new DomainError(
    "monthly_limit_reached",
    `Das Monatslimit Ihrer Praxis von ${limit} SMS ist erreicht (${used} verbraucht). Die Hauptnutzerin oder der Hauptnutzer kann es im Portal anheben.`,
  );
}
