import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { GateClosed, type AcceptResult } from "../messages/accept-message";
import type { InsertGate } from "../messages/checked-insert";
import { sendDraft } from "../messages/send-one";
import { validateSmsRequest, type SmsDraft } from "../messages/validate-sms-request";
import { DomainError } from "../errors/domain-error";
import type { PracticeContext } from "../practices/practice-context";
import { hashApiKey } from "./api-key";
import { apiKeyFrom, keyLookup, markUsed, rateCount, rateCountValues } from "./authenticate";
import { knownKey } from "./known-keys";
import { checkRateLimit, rateWindow, type RateLimitState } from "./rate-limit";

// A send in one round trip instead of two (and, under load, one statement for several: see
// insertCheckedMessage). The key's caller as it was at its last request
// (lib/api/known-keys.ts) validates the message; the statement that stores it looks the key up
// again, counts the request against the rate limit and compares the key's and the practice's
// settings with the ones validation used (`settings`, the row as JSON). When the key was
// revoked or anything changed, it stores and counts nothing and the request takes the full
// path (authenticate, then send), so revocation and new settings act at once, as there.

const keyGate: InsertGate = {
  shape: "known-key",
  ctes: sql`k as (${keyLookup}), known as (
        select k.* from k where to_jsonb(k) = ${sql.placeholder("settings")}::jsonb
      ), ${rateCount(sql`known`, sql`${sql.placeholder("groupSize")}::integer`)}`,
  from: sql`known, rate`,
  // The group's sends are counted in their order, as if one after the other.
  columns: sql`rate.used - ${sql.placeholder("groupSize")}::integer + row.ord as rate_used,
    coalesce(known.requests_per_minute, ${sql.placeholder("defaultLimit")}::integer) as rate_limit`,
  admits: sql`checked.rate_used <= checked.rate_limit`,
};

export interface KnownKeySend {
  result: AcceptResult;
  caller: PracticeContext;
  rate: RateLimitState;
}

/**
 * Sends `body` with a key seen before, in one statement; null when the request needs the full
 * path: an unknown key, a body that validation refuses (the full path answers a revoked key
 * with 401 before it looks at the body), a location named in the body, a practice not yet
 * confirmed, or a key or settings that changed since.
 */
export async function sendWithKnownKey(
  db: Database,
  request: Request,
  body: unknown,
  idempotencyKey: string | undefined,
  options: { defaultLimit: number; realCarrier: (caller: PracticeContext) => boolean; now?: Date },
): Promise<KnownKeySend | null> {
  const key = apiKeyFrom(request);
  if (!key) return null;
  const keyHash = hashApiKey(key);
  const known = knownKey(keyHash);
  if (!known) return null;
  const { caller } = known;
  const realCarrier = options.realCarrier(caller);
  if (realCarrier && !caller.practice.emailConfirmed) return null;
  const now = options.now ?? new Date();
  let draft: SmsDraft;
  try {
    draft = validateSmsRequest(body, caller.practice, now);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
  if (draft.locationCode) return null;
  let rate: RateLimitState | undefined;
  try {
    const result = await sendDraft(db, caller, draft, idempotencyKey, {
      realCarrier,
      now,
      gate: {
        gate: keyGate,
        values: { keyHash, settings: known.settings, defaultLimit: options.defaultLimit, ...rateCountValues(now) },
        check: (row) => {
          markUsed(db, caller.apiKeyId!);
          rate = checkRateLimit(Number(row.rate_used), Number(row.rate_limit), rateWindow(now), now);
        },
      },
    });
    return { result, caller, rate: rate! };
  } catch (error) {
    if (error instanceof GateClosed) return null;
    throw error;
  }
}
