import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { practices } from "../../db/schema";
import { DomainError } from "../errors/domain-error";
import type { PracticeContext } from "../practices/practice-context";
import { listSenders } from "../senders/owned-senders";
import { normaliseRecipient, type HomeCountry } from "../sms/phone-number";
import type { AcceptResult } from "./accept-message";
import { findMessage } from "./find-messages";
import { sendOne } from "./send-one";
import { FINAL_STATUSES, STATUS_LABELS, type MessageStatus } from "./status";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const TEST_SMS_TEXT = "Test-SMS von Praxisbote: Wenn Sie diese Nachricht lesen, kommen die Terminerinnerungen Ihrer Praxis an.";

export interface TestSmsDefaults {
  /** Every sender the practice may send from; the form offers only these. */
  senders: string[];
  /** Preselected: the sender a PVS message without `from` would get, if the practice owns it. */
  sender: string | null;
  /** The practice's contact phone in E.164, when it is a mobile that can receive the SMS. */
  recipient: string;
}

/** What the test form starts with, for a practice. */
export async function findTestSmsDefaults(db: Database, practiceId: string, country: HomeCountry): Promise<TestSmsDefaults> {
  const [practice] = await db
    .select({ contactPhone: practices.contactPhone, defaultSender: practices.defaultSender, replyNumber: practices.replyNumber })
    .from(practices)
    .where(eq(practices.id, practiceId));
  const senders = (await listSenders(db, practiceId))
    .filter((sender) => sender.kind === "reply_number" || sender.verifiedAt !== null)
    .map((sender) => sender.value);
  const phone = practice?.contactPhone ? normaliseRecipient(practice.contactPhone, country) : null;
  const preferred = practice?.replyNumber ?? practice?.defaultSender ?? null;
  const sender = senders.find((value) => value.toLowerCase() === preferred?.toLowerCase()) ?? senders[0] ?? null;
  return { senders, sender, recipient: phone?.ok ? phone.e164 : "" };
}

/**
 * One SMS from the portal, through exactly the acceptance a PVS request goes through: the same
 * checks, the same sender rule, stored without an API key and billed like any other. It goes
 * out at once even outside the practice's sending window: someone is waiting for it right now,
 * on a phone of their own.
 */
export async function sendTestSms(
  db: Database,
  context: PracticeContext,
  input: { to: string; from: string; text: string },
  options: { realCarrier: boolean },
): Promise<AcceptResult> {
  const now = { ...context, practice: { ...context.practice, quietHours: null } };
  return sendOne(db, now, input, undefined, options);
}

export interface MessageProgress {
  status: MessageStatus;
  label: string;
  final: boolean;
  reason: string | null;
}

/** Where one message of the practice stands now; not_found for an id that is not the practice's. */
export async function findMessageProgress(db: Database, practiceId: string, id: string): Promise<MessageProgress> {
  const message = UUID.test(id) ? await findMessage(db, practiceId, id) : null;
  if (!message) throw new DomainError("not_found");
  return { status: message.status, label: STATUS_LABELS[message.status], final: FINAL_STATUSES.has(message.status), reason: message.statusReason };
}
