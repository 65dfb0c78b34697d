import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { ApiError } from "./errors";

const WINDOW_MS = 60_000;

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * Counts a request against its key's per-minute limit. The counter lives in PostgreSQL, so
 * several app instances share one limit; a fixed window keeps it to one upsert per request.
 */
export async function consumeRateLimit(db: Database, apiKeyId: string, limit: number, now = new Date()): Promise<RateLimitState> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [{ count }] = await selectRows<{ count: number }>(
    db,
    sql`insert into api_rate_limits (api_key_id, window_start, count) values (${apiKeyId}, ${windowStart.toISOString()}, 1)
        on conflict (api_key_id, window_start) do update set count = api_rate_limits.count + 1
        returning count`,
  );
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  const state = { limit, remaining: Math.max(0, limit - count), resetSeconds };
  if (count > limit) {
    throw new ApiError(
      "throughput_exceeded",
      `Zu viele Anfragen: höchstens ${limit} pro Minute für diesen API-Key. Bitte in ${resetSeconds} Sekunden erneut versuchen.`,
      undefined,
      { "Retry-After": String(resetSeconds), ...rateLimitHeaders(state) },
    );
  }
  return state;
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(state.resetSeconds),
  };
}
