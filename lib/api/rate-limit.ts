import { ApiError } from "./errors";

const WINDOW_MS = 60_000;
/** Counter rows per key and minute; see db/schema/api-rate-limits.ts. */
export const RATE_SHARDS = 64;

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

/** The start of the fixed one-minute window an instant falls into. */
export function rateWindow(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/** Refuses the request once the window's count passes the limit; a refused request is not stored anywhere else. */
export function checkRateLimit(used: number, limit: number, windowStart: Date, now: Date): RateLimitState {
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  const state = { limit, remaining: Math.max(0, limit - used), resetSeconds };
  if (used > limit) {
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
