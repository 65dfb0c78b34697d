import { DEFAULT_VALIDITY_MINUTES, type Carrier, type CarrierReport, type HandedOverSms, type OutgoingSms, type SubmitResult } from "./carrier";
import type { SevenOptions } from "./seven/client";
import { SEVEN } from "./seven/name";
import { classifyReturnCode, parseSevenAnswer } from "./seven/answer";
import { readBalance } from "./seven/account";
import { findByForeignId, journalReports } from "./seven/journal";

// seven.io (German gateway with direct network connections), from its documentation and its
// official clients: POST {base}/sms with X-Api-Key and our message id as foreign_id; the
// answer's return code is classified in seven/return-codes.ts. Webhooks: seven/webhook.ts.

export { SEVEN } from "./seven/name";
export { parseSevenWebhook, decodeSevenWebhookBody, type SevenWebhookEvent } from "./seven/webhook";
export type { SevenOptions } from "./seven/client";

export class SevenCarrier implements Carrier {
  readonly name = SEVEN;

  constructor(private readonly options: SevenOptions) {}

  async submit(sms: OutgoingSms): Promise<SubmitResult> {
    let answer: { status: number; text: string };
    try {
      answer = await this.post(sms);
    } catch (error) {
      // A timeout or a connection lost after sending: seven.io may have the SMS.
      return { ok: false, temporary: true, code: "network", message: `seven.io nicht erreichbar: ${(error as Error).message}`, outcomeUnknown: true };
    }
    const { status, text } = answer;
    if (status === 429) return { ok: false, temporary: true, code: "http-429", message: "seven.io drosselt (HTTP 429)" };
    // A gateway error may come after seven.io took the SMS.
    if (status >= 500) return { ok: false, temporary: true, code: `http-${status}`, message: `seven.io antwortet ${status}`, outcomeUnknown: true };
    if (status === 401 || status === 403) return classifyReturnCode("900");
    if (status < 200 || status >= 300) {
      return { ok: false, temporary: status !== 400, code: `http-${status}`, message: `seven.io antwortet ${status}`, ...(status !== 400 ? { maxAttempts: 8 } : {}) };
    }
    const parsed = parseSevenAnswer(text);
    if (!parsed) return { ok: false, temporary: true, code: "bad-response", message: "Unerwartete Antwort von seven.io", outcomeUnknown: true };
    if (parsed.code === "100" && parsed.messageId) return { ok: true, carrierMessageId: parsed.messageId };
    return classifyReturnCode(parsed.code, parsed.errorText);
  }

  async findSubmission(sms: OutgoingSms, since: Date): Promise<{ carrierMessageId: string } | null> {
    const carrierMessageId = await findByForeignId(this.options, sms, since);
    return carrierMessageId ? { carrierMessageId } : null;
  }

  /** The journal's last report for messages whose report never came (reconciliation). */
  async lookUpStatuses(messages: HandedOverSms[]): Promise<CarrierReport[]> {
    const found = await journalReports(this.options, messages.map((message) => message.carrierMessageId));
    // UNKNOWN says nothing new; the 3-day timeout stays in charge of such a message.
    return found.filter((entry): entry is CarrierReport => "status" in entry);
  }

  balance(): Promise<{ amount: number; currency: string }> {
    return readBalance(this.options);
  }

  private post(sms: OutgoingSms) {
    return sevenRequestJson(this.options, {
      to: sms.to,
      from: sms.from,
      text: sms.text,
      foreign_id: sms.id,
      // Minutes the network may keep trying; a reminder must not arrive after the appointment.
      ttl: Math.max(1, Math.floor(sms.validityMinutes ?? DEFAULT_VALIDITY_MINUTES)),
      json: 1,
    });
  }
}

async function sevenRequestJson(options: SevenOptions, body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/$/, "")}/sms`, {
    method: "POST",
    headers: { "X-Api-Key": options.apiKey, "Content-Type": "application/json", Accept: "application/json", SentWith: "Praxisbote" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  return { status: response.status, text: await response.text() };
}
