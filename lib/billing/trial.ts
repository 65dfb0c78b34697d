import { berlinDate, startOfBerlinDay } from "../time/berlin";

/**
 * The first month is free: nothing is charged until the first full calendar month after
 * sign-up has ended. Signing up on 26 November (or even 1 November at 10:00) keeps
 * November and December free; billing starts on 1 January.
 */
export function trialEndFor(signedUpAt: Date): Date {
  const { year, month } = berlinDate(signedUpAt);
  return startOfBerlinDay(year, month + 2, 1);
}
