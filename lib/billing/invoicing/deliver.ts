import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { invoices } from "../../../db/schema";
import { renderInvoiceEmail } from "../../email/invoice-email";
import type { InvoicingDeps } from "./deps";

export interface DeliveryOutcome {
  number: string;
  /** The PDF and XML were rendered and stored by this call. */
  rendered: boolean;
  /** The e-mail was sent by this call (false: it had been sent before). */
  emailed: boolean;
}

/**
 * Renders and stores an issued invoice's PDF and XML once, then e-mails them to the billing
 * address once. Safe to repeat: a run that crashed after storing sends on the next call, and
 * the mailer's idempotency key keeps two calls at the same moment from sending twice.
 */
export async function deliverInvoice(deps: InvoicingDeps, invoiceId: string): Promise<DeliveryOutcome> {
  const load = async () => {
    const [row] = await deps.db
      .select({ number: invoices.number, document: invoices.document, pdf: invoices.pdf, xml: invoices.xml, billingEmail: invoices.billingEmail, emailedAt: invoices.emailedAt })
      .from(invoices)
      .where(eq(invoices.id, invoiceId));
    if (!row) throw new Error(`Rechnung ${invoiceId} nicht gefunden`);
    return row;
  };
  let row = await load();
  let rendered = false;
  if (!row.pdf) {
    const pdf = await deps.renderers.pdf(row.document);
    const xml = await deps.renderers.xml(row.document);
    const stored = await deps.db
      .update(invoices)
      .set({ pdf, pdfSha256: createHash("sha256").update(pdf).digest("hex"), xml })
      .where(and(eq(invoices.id, invoiceId), isNull(invoices.pdf)))
      .returning({ id: invoices.id });
    rendered = stored.length > 0;
    // Whoever stored first wins; the e-mail carries the stored bytes.
    row = await load();
  }
  if (row.emailedAt) return { number: row.number, rendered, emailed: false };

  const email = await renderInvoiceEmail(row.document);
  const prefix = row.document.kind === "cancellation" ? "Stornorechnung" : "Rechnung";
  await deps.mailer.send({
    to: row.billingEmail,
    ...email,
    idempotencyKey: `invoice-${row.number}`,
    attachments: [
      { filename: `${prefix}-${row.number}.pdf`, content: row.pdf!, contentType: "application/pdf" },
      { filename: `${prefix}-${row.number}.xml`, content: new TextEncoder().encode(row.xml!), contentType: "application/xml" },
    ],
  });
  await deps.db
    .update(invoices)
    .set({ emailedAt: deps.now() })
    .where(and(eq(invoices.id, invoiceId), isNull(invoices.emailedAt)));
  return { number: row.number, rendered, emailed: true };
}
