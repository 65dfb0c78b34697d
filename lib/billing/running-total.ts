import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { practices } from "../../db/schema";
import { berlinDate } from "../time/berlin";
import type { InvoiceLine } from "./invoice-document";
import { billableWindow, computeInvoice } from "./invoicing/compute";
import { monthBounds, type BillingMonth } from "./invoicing/month";
import { loadLocations, loadReplyNumbers, loadUsage } from "./invoicing/usage";
import { formatCents } from "./price-list";

// "Bisher diesen Monat": the current month's invoice as it would be issued now. The same
// computation as invoicing (lib/billing/invoicing/compute.ts), so the overview and the invoice
// follow one rule: base fee, parts from the trial end on, reply-number fee.

export interface RunningTotal {
  /** Nothing of this month is billed: it lies entirely within the trial. */
  trial: boolean;
  netCents: number;
  lines: InvoiceLine[];
}

export async function computeRunningTotal(db: Database, practiceId: string, now: Date): Promise<RunningTotal> {
  const [practice] = await db
    .select({ trialEndsAt: practices.trialEndsAt, country: practices.country, vatId: practices.vatId })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!practice) return { trial: false, netCents: 0, lines: [] };
  const { year, month } = berlinDate(now);
  const billingMonth: BillingMonth = { year, month };
  const window = billableWindow(billingMonth, practice.trialEndsAt);
  if (!window) return { trial: true, netCents: 0, lines: [] };
  const { start, end } = monthBounds(billingMonth);
  const [usage, locations, replyNumbers] = await Promise.all([
    loadUsage(db, practiceId, window.from, window.to),
    loadLocations(db, practiceId),
    loadReplyNumbers(db, practiceId, start, end),
  ]);
  const invoice = computeInvoice({ month: billingMonth, trialEndsAt: practice.trialEndsAt, usage, locations, replyNumbers, country: practice.country, vatId: practice.vatId });
  return { trial: false, netCents: invoice?.netCents ?? 0, lines: invoice?.lines ?? [] };
}

/** "0,00 € – Gratismonat" in the trial, else the net amount. */
export const formatRunningTotal = (total: RunningTotal): string => (total.trial ? `${formatCents(0)} – Gratismonat` : formatCents(total.netCents));

/** "Grundgebühr 19,00 € · 120 SMS-Teile 9,60 € · Antwortnummer 9,00 €" */
export function describeRunningTotal(total: RunningTotal): string {
  if (total.trial) return "Ihr Gratismonat: nichts wird berechnet.";
  return total.lines
    .map((line) => {
      if (line.kind === "base_fee") return `Grundgebühr ${formatCents(line.totalCents)}`;
      if (line.kind === "reply_number") return `Antwortnummer ${formatCents(line.totalCents)}`;
      return `${new Intl.NumberFormat("de-DE").format(line.quantity)} SMS-Teile ${formatCents(line.totalCents)}`;
    })
    .join(" · ");
}
