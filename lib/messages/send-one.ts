import type { Database } from "../../db/client";
import type { PracticeContext } from "../practices/practice-context";
import { acceptMessage, hashRequest, type AcceptOptions, type AcceptResult } from "./accept-message";
import { storedIdempotencyKey } from "./idempotency-keys";
import { validateSmsRequest, type SmsDraft } from "./validate-sms-request";

type SendOptions = Pick<AcceptOptions, "realCarrier" | "now" | "gate">;

/** Validates and stores one message of a request; throws DomainError for anything refused. */
export async function sendOne(db: Database, context: PracticeContext, body: unknown, idempotencyKey?: string, options: SendOptions = {}): Promise<AcceptResult> {
  const now = options.now ?? new Date();
  return sendDraft(db, context, validateSmsRequest(body, context.practice, now), idempotencyKey, { ...options, now });
}

/** Stores a message validated at `now` for the caller. */
export function sendDraft(db: Database, context: PracticeContext, draft: SmsDraft, idempotencyKey: string | undefined, options: SendOptions & { now: Date }): Promise<AcceptResult> {
  return acceptMessage(db, context, draft, {
    idempotencyKey: storedIdempotencyKey(idempotencyKey, context.sandbox),
    // Only the fields the API reads: unknown extras neither change the request nor get hashed.
    requestHash: idempotencyKey ? hashRequest(draft.requestFields) : undefined,
    now: options.now,
    realCarrier: options.realCarrier ?? false,
    gate: options.gate,
  });
}
