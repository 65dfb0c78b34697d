import { berlinDate, formatBerlinDate, startOfBerlinDay } from "../time/berlin";

/**
 * The first month is free: nothing is charged until the first full calendar month after
 * sign-up has ended. Signing up on 26 November (or even 1 November at 10:00) keeps
 * November and December free; billing starts on 1 January.
 */
export function trialEndFor(signedUpAt: Date): Date {
  const { year, month } = berlinDate(signedUpAt);
  return startOfBerlinDay(year, month + 2, 1);
}

/** The last free day as people say it ("bis 31.12.2026"): the trial ends at the following midnight. */
export function lastFreeDay(trialEndsAt: Date): string {
  return formatBerlinDate(new Date(trialEndsAt.getTime() - 1));
}
