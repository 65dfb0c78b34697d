import { sql } from "drizzle-orm";
import { selectRows } from "../../../db/rows";
import { DomainError } from "../../errors/domain-error";
import { berlinDayString } from "../../time/berlin";
import type { InvoiceDocument } from "../invoice-document";
import { billableWindow, computeInvoice } from "./compute";
import type { InvoicingDeps } from "./deps";
import { buyerOf, paymentFor, type BillablePractice } from "./document";
import { monthBounds, type BillingMonth } from "./month";
import { takeInvoiceNumber } from "./numbering";
import { storeInvoice } from "./store";
import { loadLocations, loadReplyNumbers, loadUsage } from "./usage";

export type IssueOutcome =
  | { outcome: "issued"; invoiceId: string; number: string }
  | { outcome: "existing"; invoiceId: string; number: string }
  /** Still in the trial, nothing to bill, or the sign-up was never confirmed. */
  | { outcome: "nothing"; reason: string };

export interface IssueOptions {
  /** After the month's invoice was cancelled, issue a new one (operators only; the automatic runs never do). */
  reissue?: boolean;
}

/**
 * The month's invoice of one practice, issued once: the practice row is locked, an existing
 * invoice is returned as it is, otherwise the number is taken and invoice, lines and
 * statements are stored in the same transaction. Rendering and e-mailing follow in deliverInvoice.
 */
export async function issueMonthlyInvoice(deps: InvoicingDeps, practiceId: string, month: BillingMonth, options: IssueOptions = {}): Promise<IssueOutcome> {
  const now = deps.now();
  const issueDate = berlinDayString(now);
  const bounds = monthBounds(month);
  if (now.getTime() < bounds.end.getTime()) {
    throw new DomainError("invalid_request", "Ein Monat wird erst abgerechnet, wenn er vorbei ist.", "month");
  }
  return deps.db.transaction(async (tx) => {
    const [practice] = await selectRows<BillablePractice>(
      tx,
      sql`select id, name, street, postal_code, city, country, billing_name, billing_email, contact_email, iban, vat_id,
                 sepa_mandate_reference, sepa_mandate_accepted_at, trial_ends_at, email_confirmed_at
          from practices where id = ${practiceId} for update`,
    );
    if (!practice) throw new DomainError("practice_not_found");

    const [latest] = await selectRows<{ id: string; number: string; reissue: number; cancelled: boolean }>(
      tx,
      sql`select i.id, i.number, i.reissue,
                 exists (select 1 from invoices c where c.cancels_invoice_id = i.id) as cancelled
          from invoices i
          where i.practice_id = ${practiceId} and i.kind = 'invoice' and i.period_start = ${bounds.periodStart}
          order by i.reissue desc limit 1`,
    );
    if (latest && !(options.reissue && latest.cancelled)) return { outcome: "existing", invoiceId: latest.id, number: latest.number };

    if (!practice.email_confirmed_at) return { outcome: "nothing", reason: "Die Praxis hat ihre E-Mail-Adresse nie bestätigt." };
    const trialEndsAt = new Date(practice.trial_ends_at);
    const window = billableWindow(month, trialEndsAt);
    if (!window) return { outcome: "nothing", reason: "Der Monat liegt im kostenlosen Testzeitraum." };
    const locations = await loadLocations(tx, practiceId);
    const computed = computeInvoice({
      month,
      trialEndsAt,
      usage: await loadUsage(tx, practiceId, window.from, window.to),
      locations,
      replyNumbers: await loadReplyNumbers(tx, practiceId, bounds.start, bounds.end),
      country: practice.country,
      vatId: practice.vat_id,
    });
    if (!computed) return { outcome: "nothing", reason: "Es gibt nichts zu berechnen." };

    const payment = paymentFor(practice, issueDate, deps.debitDays);
    const seller = deps.seller();
    if (payment.method === "sepa_direct_debit" && !seller.sepaCreditorId) {
      throw new DomainError("invalid_request", "Für Rechnungen mit SEPA-Lastschrift fehlt COMPANY_SEPA_CREDITOR_ID (unsere Gläubiger-ID).");
    }
    const number = await takeInvoiceNumber(tx, Number(issueDate.slice(0, 4)));
    const document: InvoiceDocument = {
      kind: "invoice",
      number,
      issueDate,
      periodStart: bounds.periodStart,
      periodEnd: bounds.periodEnd,
      cancels: null,
      seller,
      buyer: buyerOf(practice),
      lines: computed.lines,
      netCents: computed.netCents,
      tax: computed.tax,
      grossCents: computed.grossCents,
      payment,
      statements: computed.statements,
      notes: computed.notes,
    };
    const byCode = new Map(locations.map((location) => [location.code, location.id]));
    const invoiceId = await storeInvoice(tx, document, {
      practiceId,
      reissue: latest ? latest.reissue + 1 : 0,
      statementLocationIds: computed.statements.map((statement) => (statement.locationCode ? (byCode.get(statement.locationCode) ?? null) : null)),
    });
    return { outcome: "issued", invoiceId, number };
  });
}
