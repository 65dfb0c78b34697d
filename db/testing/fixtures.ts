import { eq } from "drizzle-orm";
import { authenticate } from "../../lib/api/authenticate";
import type { PracticeContext } from "../../lib/practices/practice-context";
import type { Carrier, OutgoingSms, SubmitResult } from "../../lib/carriers/carrier";
import type { Email, Mailer } from "../../lib/email/mailer";
import { createPractice } from "../../lib/practices/create-practice";
import { addVerifiedNumber, registerSenderName } from "../../lib/senders/owned-senders";
import { validateSender } from "../../lib/sms/sender";
import type { Database } from "../client";
import { messages, messageStatusEvents, practices } from "../schema";

let counter = 0;

/** A name, e-mail and sender name no other test practice in this file has. */
function nextPractice() {
  const n = ++counter;
  return { name: `Testpraxis ${n}`, email: `praxis-${n}-${Date.now()}@example.test`, sender: `Praxis ${n}` };
}

/** Registers names and marks numbers verified for a practice, as the operator command does. */
export async function ownSenders(db: Database, practiceId: string, senders: string[]) {
  for (const sender of senders) {
    const checked = validateSender(sender);
    if (checked.ok && checked.kind === "numeric") await addVerifiedNumber(db, practiceId, sender);
    else await registerSenderName(db, practiceId, sender);
  }
}

/**
 * A practice with a key, as the API sees its caller. It owns its default sender (unless
 * `ownsDefaultSender: false`) and `senders`. The default sender is "Praxis <n>" unless `settings`
 * say otherwise: a name belongs to one practice only, and a test may create several.
 */
export async function createCaller(
  db: Database,
  settings: Partial<typeof practices.$inferInsert> = {},
  { senders = [], ownsDefaultSender = true }: { senders?: string[]; ownsDefaultSender?: boolean } = {},
): Promise<{ caller: PracticeContext; apiKey: string }> {
  const { sender, ...practice } = nextPractice();
  const created = await createPractice(db, practice);
  const values = { defaultSender: sender, ...settings };
  await db.update(practices).set(values).where(eq(practices.id, created.practiceId));
  const ownDefault = ownsDefaultSender && values.defaultSender && values.defaultSender !== values.replyNumber;
  await ownSenders(db, created.practiceId, [...(ownDefault ? [values.defaultSender!] : []), ...senders]);
  const { caller } = await authenticate(db, new Request("http://test.local", { headers: { authorization: `Bearer ${created.apiKey}` } }), 1_000_000);
  return { caller, apiKey: created.apiKey };
}

/** A carrier that records every submission; `behaviour` decides each answer. */
export class FakeCarrier implements Carrier {
  readonly name = "fake";
  readonly submissions: OutgoingSms[] = [];
  /** Distinct messages the "network" actually sent: a repeated id is not sent again. */
  readonly sent = new Map<string, string>();

  constructor(private readonly behaviour: (sms: OutgoingSms, attempt: number) => SubmitResult | "accept" = () => "accept") {}

  async submit(sms: OutgoingSms): Promise<SubmitResult> {
    this.submissions.push(sms);
    const attempt = this.submissions.filter((s) => s.id === sms.id).length;
    const answer = this.behaviour(sms, attempt);
    if (answer !== "accept") return answer;
    const known = this.sent.get(sms.id);
    if (known) return { ok: true, carrierMessageId: known };
    const carrierMessageId = `fake-${this.sent.size + 1}`;
    this.sent.set(sms.id, carrierMessageId);
    return { ok: true, carrierMessageId };
  }
}

/** A mailer that keeps what it was asked to send; set failWith to make it fail. */
export class FakeMailer implements Mailer {
  readonly sent: Email[] = [];
  failWith: string | null = null;

  async send(email: Email): Promise<{ id: string }> {
    if (this.failWith) throw new Error(this.failWith);
    this.sent.push(email);
    return { id: `mail-${this.sent.length}` };
  }
}

export const noMail = new FakeMailer();

export const temporaryError: SubmitResult = { ok: false, temporary: true, code: "503", message: "Service Unavailable" };
export const permanentError: SubmitResult = { ok: false, temporary: false, code: "invalid_number", message: "Ungültige Nummer" };

/** A practice without changed settings, for tests that only need its id. */
export async function createTestPractice(db: Database): Promise<string> {
  const { practiceId } = await createPractice(db, nextPractice());
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
