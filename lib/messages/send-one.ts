import type { Database } from "../../db/client";
import type { PracticeContext } from "../practices/practice-context";
import { acceptMessage, hashRequest, type AcceptOptions, type AcceptResult } from "./accept-message";
import { storedIdempotencyKey } from "./idempotency-keys";
import { validateSmsRequest } from "./validate-sms-request";

/** Validates and stores one message of a request; throws DomainError for anything refused. */
export async function sendOne(
  db: Database,
  context: PracticeContext,
  body: unknown,
  idempotencyKey?: string,
  { realCarrier = false }: Pick<AcceptOptions, "realCarrier"> = {},
): Promise<AcceptResult> {
  const now = new Date();
  const draft = validateSmsRequest(body, context.practice, now);
  return acceptMessage(db, context, draft, {
    idempotencyKey: storedIdempotencyKey(idempotencyKey, context.sandbox),
    // Only the fields the API reads: unknown extras neither change the request nor get hashed.
    requestHash: idempotencyKey ? hashRequest(draft.requestFields) : undefined,
    now,
    realCarrier,
  });
}
