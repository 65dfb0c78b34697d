import { DomainError } from "../../errors/domain-error";
import { berlinDate, startOfBerlinDay } from "../../time/berlin";

// The billing month on the Berlin calendar, and the dates an invoice prints (YYYY-MM-DD).

export interface BillingMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** "2026-10" → { year: 2026, month: 10 }; anything else is refused in German. */
export function parseBillingMonth(input: string): BillingMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(input.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new DomainError("invalid_request", `„${input}“ ist kein Monat. Bitte im Format JJJJ-MM angeben, z. B. 2026-10.`, "month");
  return { year: Number(match[1]), month };
}

/** "2026-10" */
export const monthKey = ({ year, month }: BillingMonth): string => `${year}-${String(month).padStart(2, "0")}`;

/** "Oktober 2026" */
export const monthName = ({ year, month }: BillingMonth): string => `${MONTH_NAMES[month - 1]} ${year}`;

/** The month before the one `now` falls in (Berlin): what the run on the 1st invoices. */
export function previousBerlinMonth(now: Date): BillingMonth {
  const { year, month } = berlinDate(now);
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The month's first instant and the next month's first instant (Berlin), and its first and last day. */
export function monthBounds({ year, month }: BillingMonth) {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const key = monthKey({ year, month });
  return {
    start: startOfBerlinDay(year, month, 1),
    end: startOfBerlinDay(year, month + 1, 1),
    periodStart: `${key}-01`,
    periodEnd: `${key}-${String(lastDay).padStart(2, "0")}`,
  };
}

/** A calendar date plus days: "2026-11-01" + 7 → "2026-11-08". */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Invoices are kept 8 years from the end of the calendar year they were issued in (§147 AO). */
export const retainUntil = (issueDate: string): string => `${Number(issueDate.slice(0, 4)) + 8}-12-31`;
