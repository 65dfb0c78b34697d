import type { Database } from "../../db/client";
import type { ApiCaller } from "../api/authenticate";
import { acceptMessage, hashRequest, type AcceptResult } from "./accept-message";
import { validateSmsRequest } from "./validate-sms-request";

/** Validates and stores one message of a request; throws ApiError for anything rejected. */
export async function sendOne(db: Database, caller: ApiCaller, body: unknown, idempotencyKey?: string): Promise<AcceptResult> {
  const now = new Date();
  const draft = validateSmsRequest(body, caller.practice, now);
  return acceptMessage(db, caller, draft, {
    idempotencyKey,
    // Only the fields the API reads: unknown extras neither change the request nor get hashed.
    requestHash: idempotencyKey ? hashRequest(draft.requestFields) : undefined,
    now,
  });
}
