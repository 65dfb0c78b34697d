// Test helpers for invoicing: fake renderers, a fixed seller, practices with a trial in the past.
import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { practices } from "../../../db/schema";
import { createTestPractice, FakeMailer } from "../../../db/testing/fixtures";
import type { Mailer } from "../../email/mailer";
import type { InvoiceDocument, InvoiceSeller } from "../invoice-document";
import type { InvoiceRenderers, InvoicingDeps } from "./deps";

export const TEST_SELLER: InvoiceSeller = {
  name: "Praxisbote Test GmbH",
  street: "Musterstraße 1",
  postalCode: "70173",
  city: "Stuttgart",
  countryCode: "DE",
  vatId: "DE123456789",
  taxNumber: "99/000/00000",
  email: "rechnung@praxisbote.test",
  phone: "+49 711 000000",
  register: "Amtsgericht Stuttgart, HRB 000000",
  representative: "Erika Mustermann",
  iban: "DE02120300000000202051",
  bic: "BYLADEM1001",
  bankName: "Deutsche Kreditbank",
  sepaCreditorId: "DE98ZZZ09999999999",
};

/** Renderers that write the document's number and totals as text, counting their calls. */
export function fakeRenderers(): InvoiceRenderers & { calls: number } {
  const renderers = {
    calls: 0,
    async pdf(document: InvoiceDocument) {
      renderers.calls++;
      return new TextEncoder().encode(`%PDF-fake ${document.number} ${document.grossCents}`);
    },
    xml: (document: InvoiceDocument) => `<rsm:CrossIndustryInvoice><ID>${document.number}</ID></rsm:CrossIndustryInvoice>`,
  };
  return renderers;
}

export function testInvoicingDeps(db: Database, now: Date, overrides: Partial<InvoicingDeps> = {}): InvoicingDeps & { mailer: Mailer } {
  return { db, mailer: new FakeMailer(), renderers: fakeRenderers(), seller: () => TEST_SELLER, debitDays: 7, now: () => now, ...overrides };
}

/** A confirmed practice whose trial ended at `trialEndsAt`, with the given settings. */
export async function billablePractice(db: Database, trialEndsAt: Date, settings: Partial<typeof practices.$inferInsert> = {}): Promise<string> {
  const practiceId = await createTestPractice(db);
  await db
    .update(practices)
    .set({ trialEndsAt, street: "Hauptstraße 5", postalCode: "10115", city: "Berlin", billingEmail: `rechnung-${practiceId.slice(0, 8)}@praxis.test`, ...settings })
    .where(eq(practices.id, practiceId));
  return practiceId;
}
