import type { SubmitResult } from "../carrier";
import { SEVEN_RETURN_CODES, UNKNOWN_CODE_MAX_ATTEMPTS } from "./return-codes";

// seven.io's answer to POST /sms. With json=1 it is an object whose `success` is a return code
// and whose `messages[]` carry each recipient's id and error (a string, a number or null); on
// some errors (a wrong key, for one) the whole answer is a bare return code such as `900`,
// as text or as a JSON number or string.

export interface SevenAnswer {
  code: string;
  messageId: string | null;
  errorText: string | null;
}

const asCode = (value: unknown): string | null => {
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  if (typeof value === "string" && /^\d{1,4}$/.test(value.trim())) return value.trim();
  return null;
};

const asText = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

/** The return code and seven's message id from the answer's text, or null if it is neither. */
export function parseSevenAnswer(body: string): SevenAnswer | null {
  const bare = asCode(body);
  if (bare) return { code: bare, messageId: null, errorText: null };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const code = asCode(json);
  if (code) return { code, messageId: null, errorText: null };
  if (typeof json !== "object" || json === null) return null;
  const answer = json as { success?: unknown; messages?: unknown };
  const success = asCode(answer.success);
  if (!success) return null;
  const first = (Array.isArray(answer.messages) ? answer.messages[0] : null) as
    | { id?: unknown; error?: unknown; error_text?: unknown; success?: unknown }
    | null
    | undefined;
  const id = first?.id;
  const messageId = typeof id === "string" && id.trim() ? id.trim() : typeof id === "number" ? String(id) : null;
  const messageError = asCode(first?.error);
  // The overall code may say 100 (or 101, "some failed") while this recipient's entry has failed.
  const failedHere = messageError !== null && messageError !== "100" && first?.success !== true;
  return {
    code: failedHere && (success === "100" || success === "101") ? messageError : success,
    messageId,
    errorText: asText(first?.error_text) ?? (first?.error !== undefined && !messageError ? asText(first.error) : null),
  };
}

/** What a return code means for the message that got it. */
export function classifyReturnCode(code: string, errorText: string | null = null): Exclude<SubmitResult, { ok: true }> {
  const known = SEVEN_RETURN_CODES[code];
  if (!known) {
    const message = `seven.io: unbekannter Rückgabecode ${code}${errorText ? ` (${errorText})` : ""}`;
    return { ok: false, temporary: true, code, message, maxAttempts: UNKNOWN_CODE_MAX_ATTEMPTS };
  }
  const message = `seven.io: ${known.text} (Code ${code})`;
  switch (known.kind) {
    case "accepted":
      // Accepted without an id to record it by: the SMS is with seven.io, so look it up.
      return { ok: false, temporary: true, code: "no-message-id", message: "seven.io nannte keine Nachrichten-ID", outcomeUnknown: true };
    case "pause":
      return { ok: false, temporary: true, code, message, pauseHandOvers: true };
    case "duplicate":
      return { ok: false, temporary: true, code, message, outcomeUnknown: true };
    case "retry":
      return { ok: false, temporary: true, code, message, ...(known.bounded ? { maxAttempts: UNKNOWN_CODE_MAX_ATTEMPTS } : {}) };
    case "refused":
      return { ok: false, temporary: false, code, message };
  }
}
