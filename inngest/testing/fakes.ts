import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { messages, messageStatusEvents } from "../../db/schema";
import type { Carrier, SubmitResult } from "../../lib/carriers/carrier";
import type { Mailer } from "../../lib/email/mailer";
import { FakeCarrier, FakeMailer } from "../../db/testing/fixtures";
import { createPractice } from "../../lib/practices/create-practice";
import type { FunctionDeps } from "../deps";

export { FakeCarrier, FakeMailer };

export const temporaryError: SubmitResult = { ok: false, temporary: true, code: "503", message: "Service Unavailable" };
export const permanentError: SubmitResult = { ok: false, temporary: false, code: "invalid_number", message: "Ungültige Nummer" };

export function testDeps(db: Database, carrier: Carrier = new FakeCarrier(), mailer: Mailer = new FakeMailer()): FunctionDeps {
  return { db: async () => db, carrier: () => carrier, mailer: () => mailer };
}

let practiceCounter = 0;

export async function createTestPractice(db: Database): Promise<string> {
  const n = ++practiceCounter;
  const { practiceId } = await createPractice(db, { name: `Testpraxis ${n}`, email: `praxis-${n}@example.test` });
  return practiceId;
}

/** A message row as the API stores it: pending and due unless told otherwise. */
export async function insertMessage(db: Database, practiceId: string, values: Partial<typeof messages.$inferInsert> = {}) {
  const [row] = await db
    .insert(messages)
    .values({
      practiceId,
      recipient: "+4917612345678",
      sender: "Praxis",
      text: "Ihr Termin ist morgen um 10 Uhr.",
      encoding: "GSM-7",
      characters: 32,
      segments: 1,
      sendAt: new Date(Date.now() - 1000),
      priceCents: 9,
      ...values,
    })
    .returning();
  return row;
}

export async function messageRow(db: Database, id: string) {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row;
}

export async function statusHistory(db: Database, id: string) {
  return db
    .select({ status: messageStatusEvents.status, detail: messageStatusEvents.detail })
    .from(messageStatusEvents)
    .where(eq(messageStatusEvents.messageId, id))
    .orderBy(messageStatusEvents.id);
}
