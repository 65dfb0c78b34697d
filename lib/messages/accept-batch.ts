import type { Database } from "../../db/client";
import { DomainError } from "../errors/domain-error";
import { findOptedOut, recipientOptedOut } from "../opt-outs/opt-outs";
import type { PracticeContext } from "../practices/practice-context";
import { requireOwnedSender } from "../senders/owned-senders";
import { findLocation, hashRequest, monthlyLimitReached, monthlyPartsUsed, replayOf, type AcceptResult } from "./accept-message";
import { findMessagesByIdempotencyKeys } from "./find-messages";
import { idempotencyKeyCutoff, storedIdempotencyKey } from "./idempotency-keys";
import { insertMessages, newMessage, storedMessage, type NewMessage } from "./message-rows";
import type { MessageRow } from "./serialize";
import { validateSmsRequest, type SmsDraft } from "./validate-sms-request";

/** Rows per statement: bounds the size of one statement and of the arrays it carries. */
const CHUNK_ROWS = 500;

export type BatchOutcome = { ok: true; result: AcceptResult } | { ok: false; error: DomainError };

export interface BatchOptions {
  /** The request's key; item i is stored under "<key>#<i>", so a retried batch replays item by item. */
  idempotencyKey?: string;
  now?: Date;
  realCarrier?: boolean;
}

export interface BatchResult {
  /** One outcome per item, in input order. */
  outcomes: BatchOutcome[];
  /** What this request stored, for the pipeline (replays are not in it). */
  accepted: MessageRow[];
}

interface Candidate {
  index: number;
  draft: SmsDraft;
  key?: string;
  hash?: string;
}

/**
 * Accepts a batch as the single path would accept its items one after the other (same checks,
 * same order of checks, same errors), but decides in memory and stores everything in one
 * transaction of multi-row statements. The monthly limit counts the items in input order: an
 * item that no longer fits is refused (402), a later smaller one may still fit — exactly what
 * the same items sent one by one would get.
 */
export async function acceptBatch(db: Database, context: PracticeContext, items: unknown[], options: BatchOptions = {}): Promise<BatchResult> {
  const now = options.now ?? new Date();
  const practiceId = context.practice.id;
  const outcomes: BatchOutcome[] = new Array(items.length);
  const refuse = (index: number, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    outcomes[index] = { ok: false, error };
  };

  const candidates: Candidate[] = [];
  for (const [index, item] of items.entries()) {
    try {
      const draft = validateSmsRequest(item, context.practice, now);
      const key = storedIdempotencyKey(options.idempotencyKey ? `${options.idempotencyKey}#${index}` : undefined, context.sandbox);
      candidates.push({ index, draft, key, hash: key ? hashRequest(draft.requestFields) : undefined });
    } catch (error) {
      refuse(index, error);
    }
  }

  // Each distinct location and sender is looked up once, however many items use it.
  const location = once((code: string) => findLocation(db, practiceId, code));
  const sender = once((value: string, usedDefault: boolean) => requireOwnedSender(db, context.practice, value, usedDefault));
  const cutoff = idempotencyKeyCutoff(now);
  const earlier = await findMessagesByIdempotencyKeys(db, practiceId, candidates.flatMap((c) => (c.key ? [c.key] : [])), cutoff);
  const optedOut = await findOptedOut(db, practiceId, candidates.map((c) => c.draft.recipient));
  // Test-key messages cost nothing: the budget limit neither counts nor refuses them.
  const limit = context.sandbox ? null : context.practice.monthlyPartLimit;
  let used = limit === null ? 0 : await monthlyPartsUsed(db, practiceId, now);

  const fresh: { index: number; message: NewMessage }[] = [];
  for (const { index, draft, key, hash } of candidates) {
    try {
      const itemLocation = draft.locationCode ? await location(draft.locationCode) : context.location;
      const known = key ? earlier.get(key) : undefined;
      if (known) {
        outcomes[index] = { ok: true, result: replayOf(known, hash) };
        continue;
      }
      if (options.realCarrier && !context.practice.emailConfirmed) throw new DomainError("account_not_confirmed");
      if (optedOut.has(draft.recipient)) throw recipientOptedOut();
      const usedDefault = !draft.requestFields.from?.trim();
      const owned = await sender(draft.sender, usedDefault);
      if (limit !== null) {
        if (used + draft.segments > limit) throw monthlyLimitReached(limit, used);
        used += draft.segments;
      }
      fresh.push({ index, message: newMessage({ ...draft, sender: owned }, itemLocation, key, hash, now, context.sandbox) });
    } catch (error) {
      refuse(index, error);
    }
  }

  const stored = new Set<string>();
  if (fresh.length > 0) {
    await db.transaction(async (tx) => {
      for (let start = 0; start < fresh.length; start += CHUNK_ROWS) {
        const chunk = fresh.slice(start, start + CHUNK_ROWS).map((item) => item.message);
        for (const id of await insertMessages(tx as unknown as Database, context, chunk, now)) stored.add(id);
      }
    });
  }

  // Items skipped by ON CONFLICT: an identical batch running at the same time stored them first.
  const skippedKeys = fresh.filter((item) => !stored.has(item.message.id)).map((item) => item.message.idempotencyKey!);
  const winners = await findMessagesByIdempotencyKeys(db, practiceId, skippedKeys, cutoff);
  const accepted: MessageRow[] = [];
  for (const { index, message } of fresh) {
    if (stored.has(message.id)) {
      const row = storedMessage(message);
      accepted.push(row);
      outcomes[index] = { ok: true, result: { replayed: false, message: row } };
      continue;
    }
    const winner = winners.get(message.idempotencyKey!);
    if (!winner) throw new Error("idempotent insert conflicted, but no earlier message was found");
    try {
      outcomes[index] = { ok: true, result: replayOf(winner, message.requestHash ?? undefined) };
    } catch (error) {
      refuse(index, error);
    }
  }
  return { outcomes, accepted };
}

/** Memoises an async lookup by its arguments; a refusal is remembered like an answer. */
function once<Args extends (string | boolean)[], T>(lookUp: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
  const answers = new Map<string, Promise<T>>();
  return (...args) => {
    const key = JSON.stringify(args);
    let answer = answers.get(key);
    if (!answer) {
      answer = lookUp(...args);
      answers.set(key, answer);
    }
    return answer;
  };
}
