// When a failed webhook is tried again: quickly once (a receiver restarting), then ever more
// slowly, for three days from the event; then it is given up and, if the endpoint failed the
// whole time, the endpoint is disabled.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR] as const;
export const GIVE_UP_AFTER_MS = 3 * 24 * HOUR;

/** The next attempt after `failedAttempts` failures, never later than three days after the event was owed. */
export function nextAttemptAt(failedAttempts: number, owedSince: Date, now: Date): Date {
  const delay = RETRY_DELAYS_MS[Math.min(failedAttempts, RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0];
  return new Date(Math.min(now.getTime() + delay, owedSince.getTime() + GIVE_UP_AFTER_MS));
}

/** Three days since `since` (the event, or the endpoint's first failure in a row) have passed. */
export const threeDaysPassed = (since: Date, now: Date) => now.getTime() - since.getTime() >= GIVE_UP_AFTER_MS;
