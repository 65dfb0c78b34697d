import { and, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { preparedStatement } from "../../db/rows";
import { apiKeys } from "../../db/schema";
import { quietHoursOf } from "../messages/quiet-hours";
import { homeCountryOf, type PracticeContext } from "../practices/practice-context";
import { hashApiKey } from "./api-key";
import { rememberKey } from "./known-keys";
import { ApiError } from "./errors";
import { checkRateLimit, RATE_SHARDS, rateWindow, type RateLimitState } from "./rate-limit";

/** The key from `Authorization: Bearer …` or `X-Api-Key: …`. */
export function apiKeyFrom(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? request.headers.get("x-api-key")?.trim() ?? null;
}

interface CallerRow {
  api_key_id: string;
  sandbox: boolean;
  requests_per_minute: number | null;
  practice_id: string;
  name: string;
  optimise_characters: boolean;
  default_sender: string | null;
  reply_number: string | null;
  monthly_part_limit: number | null;
  country: string;
  email_confirmed: boolean;
  quiet_hours_start: number | null;
  quiet_hours_end: number | null;
  location_id: string | null;
  location_code: string | null;
  used: string | number;
}

/**
 * The key with its practice and location, if it is neither revoked nor past its grace period
 * (`expires_at`, compared with the placeholder `now` so tests can fix the clock). A send with a
 * key seen before compares this row, as JSON, with the one `authenticate` remembered.
 */
export const keyLookup = sql`select ak.id as api_key_id, ak.sandbox, ak.requests_per_minute, p.id as practice_id, p.name, p.optimise_characters,
               p.default_sender, p.reply_number, p.monthly_part_limit, p.country, p.quiet_hours_start, p.quiet_hours_end,
               p.email_confirmed_at is not null as email_confirmed, l.id as location_id, l.code as location_code
        from api_keys ak
        join practices p on p.id = ak.practice_id
        left join locations l on l.id = ak.location_id
        where ak.key_hash = ${sql.placeholder("keyHash")} and ak.revoked_at is null
          and (ak.expires_at is null or ak.expires_at > ${sql.placeholder("now")}::timestamptz)`;

export type RateCountValues = {
  windowStart: string;
};

/** The values of `rateCount` for a request at `now`. */
export function rateCountValues(now: Date): RateCountValues {
  return { windowStart: rateWindow(now).toISOString() };
}

// Each database connection counts in its own shard: a connection runs one transaction at a
// time, so requests wait for each other's counter row only when two connections share a shard.
const shard = sql.raw(`(pg_backend_pid() % ${RATE_SHARDS})`);

/**
 * Counts `requests` requests of the key in `from` against its rate limit: CTEs `counted` and
 * `rate` (its `used`, all of them included).
 */
export function rateCount(from: SQL, requests: SQL = sql`1`): SQL {
  return sql`counted as (
        insert into api_rate_limits (api_key_id, window_start, shard, count)
        select api_key_id, ${sql.placeholder("windowStart")}::timestamptz, ${shard}, ${requests} from ${from}
        on conflict (api_key_id, window_start, shard) do update set count = api_rate_limits.count + excluded.count
        returning api_key_id, count
      ), rate as (
        select counted.count + coalesce((
          select sum(r.count) from api_rate_limits r
          where r.api_key_id = counted.api_key_id and r.window_start = ${sql.placeholder("windowStart")}::timestamptz and r.shard <> ${shard}
        ), 0) as used
        from counted
      )`;
}

const callerStatement = preparedStatement<RateCountValues & { keyHash: string; now: string }>(
  sql`with k as (${keyLookup}), no_flush_wait as (
        select set_config('synchronous_commit', 'off', true)
      ), flushless_k as (select k.* from k, no_flush_wait), ${rateCount(sql`flushless_k`)}
      select k.*, to_jsonb(k)::text as settings, (select used from rate) as used from k`,
);

/**
 * Looks the key up by its SHA-256 and counts the request against the key's per-minute limit,
 * in one round trip. An unknown or revoked key, or a rotated one past its grace period
 * (`expires_at`, compared with `now` so tests can fix the clock), is a 401 and counts nothing.
 * The count is committed without waiting for the disk (`synchronous_commit` off for this
 * statement's transaction only): a crash may forget a few requests of the current minute, and
 * the flush wait would otherwise be a large share of every request.
 */
export async function authenticate(db: Database, request: Request, defaultLimit: number, now = new Date()): Promise<{ caller: PracticeContext; rate: RateLimitState }> {
  const key = apiKeyFrom(request);
  if (!key) throw new ApiError("invalid_api_key", "Es wurde kein API-Key mitgeschickt (Authorization: Bearer … oder X-Api-Key).");
  const keyHash = hashApiKey(key);
  const [row] = await callerStatement<CallerRow & { settings: string }>(db, { keyHash, now: now.toISOString(), ...rateCountValues(now) });
  if (!row) throw new ApiError("invalid_api_key");
  markUsed(db, row.api_key_id);
  const caller = callerOf(row);
  rememberKey(keyHash, caller, row.settings);
  return { caller, rate: checkRateLimit(Number(row.used), row.requests_per_minute ?? defaultLimit, rateWindow(now), now) };
}

function callerOf(row: CallerRow): PracticeContext {
  return {
    apiKeyId: row.api_key_id,
    sandbox: row.sandbox === true,
    practice: {
      id: row.practice_id,
      name: row.name,
      optimiseCharacters: row.optimise_characters,
      defaultSender: row.default_sender,
      replyNumber: row.reply_number,
      monthlyPartLimit: row.monthly_part_limit,
      country: homeCountryOf(row.country),
      emailConfirmed: Boolean(row.email_confirmed),
      quietHours: quietHoursOf(row.quiet_hours_start, row.quiet_hours_end),
    },
    location: row.location_id && row.location_code ? { id: row.location_id, code: row.location_code } : null,
    userId: null,
  };
}

// At most one write a minute per key and process: "last used" is for people, not an audit log.
const lastMarked = new Map<string, number>();

export function markUsed(db: Database, apiKeyId: string) {
  const now = Date.now();
  if (now - (lastMarked.get(apiKeyId) ?? 0) < 60_000) return;
  lastMarked.set(apiKeyId, now);
  db.update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, apiKeyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))))
    .catch((error: Error) => console.error("[api] could not mark key as used:", error.message));
}
