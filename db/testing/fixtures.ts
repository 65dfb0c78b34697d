import { eq } from "drizzle-orm";
import { authenticate, type ApiCaller } from "../../lib/api/authenticate";
import type { Carrier, OutgoingSms, SubmitResult } from "../../lib/carriers/carrier";
import type { Email, Mailer } from "../../lib/email/mailer";
import { createPractice } from "../../lib/practices/create-practice";
import type { Database } from "../client";
import { practices } from "../schema";

let counter = 0;

/** A practice with a key, as the API sees its caller. */
export async function createCaller(db: Database, settings: Partial<typeof practices.$inferInsert> = {}): Promise<{ caller: ApiCaller; apiKey: string }> {
  const created = await createPractice(db, { name: `Testpraxis ${++counter}`, email: `praxis-${counter}-${Date.now()}@example.test` });
  await db.update(practices).set({ defaultSender: "Praxis", ...settings }).where(eq(practices.id, created.practiceId));
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
