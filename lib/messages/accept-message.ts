import { createHash } from "node:crypto";
import { and, eq, gt, gte, ne, sql, sum } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { locations, messages } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import type { PracticeContext } from "../practices/practice-context";
import { priceForSegments } from "../billing/price-list";
import { refuseOptedOutRecipient } from "../opt-outs/opt-outs";
import { requireOwnedSender } from "../senders/owned-senders";
import { berlinDate, startOfBerlinDay } from "../time/berlin";
import { findMessageByIdempotencyKey } from "./find-messages";
import { idempotencyKeyCutoff } from "./idempotency-keys";
import type { MessageRow } from "./serialize";
import { insertStatusEvents } from "./status-transition";
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

  if (options.idempotencyKey) {
    const earlier = await replayIfKnown(db, practiceId, options.idempotencyKey, options.requestHash, now);
    if (earlier) return earlier;
  }
  if (options.realCarrier && !context.practice.emailConfirmed) throw new DomainError("account_not_confirmed");
  // After the replay: a retry of a message accepted before the patient opted out still gets its answer.
  await refuseOptedOutRecipient(db, practiceId, draft.recipient);
  // Only from a sender the practice owns; refused before anything is counted or stored.
  draft = { ...draft, sender: await requireOwnedSender(db, context.practice, draft.sender, !draft.requestFields.from?.trim()) };
  if (context.practice.monthlyPartLimit !== null) await checkMonthlyLimit(db, practiceId, context.practice.monthlyPartLimit, draft.segments, now);

  const priceCents = priceForSegments(draft.segments);
  // An expired key still sits on its old message and would make the insert conflict: the CTE
  // `released` takes it off in the same statement. The insert reads `released` (count(*) waits
  // for all of it), because CTEs nobody reads run after the main query, i.e. too late.
  const releaseExpiredKey = options.idempotencyKey
    ? sql`released as (
            update messages set idempotency_key = null, request_hash = null
            where practice_id = ${practiceId} and idempotency_key = ${options.idempotencyKey}
              and created_at < ${idempotencyKeyCutoff(now).toISOString()}
            returning id
          ), `
    : sql``;
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`with ${releaseExpiredKey}inserted as (
          insert into messages (practice_id, location_id, api_key_id, recipient, sender, text, encoding, characters, segments,
                                status, send_at, held_for_quiet_hours, expires_at, client_reference, idempotency_key, request_hash, price_cents, created_at, updated_at)
          select ${practiceId}::uuid, ${location?.id ?? null}::uuid, ${context.apiKeyId}::uuid, ${draft.recipient}::text, ${draft.sender}::text,
                 ${draft.text}::text, ${draft.encoding}::sms_encoding, ${draft.characters}::integer, ${draft.segments}::integer, 'pending'::message_status,
                 ${draft.sendAt.toISOString()}::timestamptz, ${draft.heldForQuietHours}::boolean, ${draft.expiresAt?.toISOString() ?? null}::timestamptz, ${draft.reference}::text, ${options.idempotencyKey ?? null}::text,
                 ${options.requestHash ?? null}::text, ${priceCents}::integer, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
          ${options.idempotencyKey ? sql`from (select count(*) from released) as released_first` : sql``}
          on conflict (practice_id, idempotency_key) do nothing
          returning *
        ), ${insertStatusEvents("inserted", "pending", now)}
        select id, send_at, created_at from inserted`,
  );
  if (rows.length === 0) {
    // Another request with the same key won the race between our check and our insert.
    const earlier = await replayIfKnown(db, practiceId, options.idempotencyKey!, options.requestHash, now);
    if (earlier) return earlier;
    throw new Error("idempotent insert conflicted, but no earlier message was found");
  }
  const [row] = rows;
  return {
    replayed: false,
    message: {
      id: String(row.id),
      status: "pending",
      statusReason: null,
      recipient: draft.recipient,
      sender: draft.sender,
      text: draft.text,
      encoding: draft.encoding,
      characters: draft.characters,
      segments: draft.segments,
      sendAt: new Date(row.send_at as string),
      expiresAt: draft.expiresAt,
      heldForQuietHours: draft.heldForQuietHours,
      clientReference: draft.reference,
      locationCode: location?.code ?? null,
      priceCents,
      createdAt: new Date(row.created_at as string),
      updatedAt: new Date(row.created_at as string),
    },
  };
}

async function findLocation(db: Database, practiceId: string, code: string) {
  const [location] = await db
    .select({ id: locations.id, code: locations.code })
    .from(locations)
    .where(and(eq(locations.practiceId, practiceId), eq(locations.code, code)));
  if (!location) throw new DomainError("invalid_location", `Den Standort „${code.slice(0, 40)}“ gibt es in Ihrer Praxis nicht.`, "location");
  return location;
}

async function replayIfKnown(db: Database, practiceId: string, key: string, requestHash: string | undefined, now: Date): Promise<AcceptResult | null> {
  const earlier = await findMessageByIdempotencyKey(db, practiceId, key, idempotencyKeyCutoff(now));
  if (!earlier) return null;
  if (earlier.requestHash !== (requestHash ?? null)) throw new DomainError("idempotency_conflict", undefined, "idempotencyKey");
  // The message as it is now, not as it was first answered: a PVS that retries after the
  // practice cancelled must learn that it is cancelled, or it believes the reminder goes out.
  return { replayed: true, message: earlier.message };
}

// The limit is checked before the insert, so requests arriving at the same moment can pass it
// together by a few parts; it protects the practice's budget, not a hard quota.
async function checkMonthlyLimit(db: Database, practiceId: string, limit: number, segments: number, now: Date) {
  const { year, month } = berlinDate(now);
  const [{ used }] = await db
    .select({ used: sum(messages.segments) })
    .from(messages)
    // Billed messages only: cancelled ones, and expired ones (price 0, lib/delivery/expiry.ts), cost nothing.
    .where(
      and(eq(messages.practiceId, practiceId), gte(messages.createdAt, startOfBerlinDay(year, month, 1)), ne(messages.status, "cancelled"), gt(messages.priceCents, 0)),
    );
  if (Number(used ?? 0) + segments > limit) {
    throw new DomainError(
      "monthly_limit_reached",
      `Das Monatslimit Ihrer Praxis von ${limit} SMS ist erreicht (${Number(used ?? 0)} verbraucht). Die Hauptnutzerin oder der Hauptnutzer kann es im Portal anheben.`,
    );
  }
}
