import type { Database } from "../../db/client";
import { toApiMessage } from "../api/serialize-message";
import { toApiReply } from "../api/serialize-reply";
import type { ApiMessage } from "../api/schemas";
import { findMessage, findMessagesOfPractices } from "../messages/find-messages";
import type { MessageRow } from "../messages/serialize";
import type { MessageStatus } from "../messages/status";
import { listReplies } from "../replies/list-replies";

// The body of a webhook: `{type, timestamp, data}`, where data is exactly what the API answers
// for the same object, so a PVS parses one shape whether it polls or is called.

export interface OwedEvent {
  practiceId: string;
  eventType: string;
  messageId: string | null;
  inboundId: string | null;
  eventStatus: MessageStatus | null;
  recipient: string | null;
  occurredAt: Date;
}

export class EventGoneError extends Error {}

/** The JSON body for an outbox row; built once, at its first attempt, and stored with it. */
export async function buildPayload(db: Database, event: OwedEvent): Promise<string> {
  return bodyOf(event, await eventData(db, event));
}

/**
 * The bodies of many outbox rows at once, by row id (null: the message or reply is gone): the
 * messages of a whole batch in one query, as a busy morning owes hundreds at a time.
 */
export async function buildPayloads(db: Database, events: readonly (OwedEvent & { id: string })[]): Promise<Map<string, string | null>> {
  const messageEvents = events.filter((event) => event.messageId !== null && event.eventStatus !== null);
  const found = await findMessagesOfPractices(
    db,
    messageEvents.map((event) => ({ practiceId: event.practiceId, id: event.messageId! })),
  );
  const bodies = new Map<string, string | null>();
  for (const event of events) {
    if (messageEvents.includes(event)) {
      const message = found.get(event.messageId!);
      bodies.set(event.id, message ? bodyOf(event, messageData(message, event)) : null);
      continue;
    }
    try {
      bodies.set(event.id, await buildPayload(db, event));
    } catch (error) {
      if (!(error instanceof EventGoneError)) throw error;
      bodies.set(event.id, null);
    }
  }
  return bodies;
}

const bodyOf = (event: OwedEvent, data: unknown) => JSON.stringify({ type: event.eventType, timestamp: event.occurredAt.toISOString(), data });

async function eventData(db: Database, event: OwedEvent): Promise<unknown> {
  if (event.eventType === "recipient.opted_out") {
    return { to: event.recipient, optedOutAt: event.occurredAt.toISOString(), replyId: event.inboundId };
  }
  if (event.eventType === "reply.received") {
    const [reply] = event.inboundId ? await listReplies(db, event.practiceId, { id: event.inboundId, limit: 1 }) : [];
    if (!reply) throw new EventGoneError(`reply ${event.inboundId} is gone`);
    return toApiReply(reply);
  }
  const message = event.messageId ? await findMessage(db, event.practiceId, event.messageId) : null;
  if (!message || !event.eventStatus) throw new EventGoneError(`message ${event.messageId} is gone`);
  return messageData(message, event);
}

function messageData(message: MessageRow, event: OwedEvent): ApiMessage {
  // Events may go out late and out of order: each reports the status it is about, as at its time.
  if (message.status !== event.eventStatus) {
    return toApiMessage({ ...message, status: event.eventStatus!, statusReason: null, updatedAt: event.occurredAt });
  }
  return toApiMessage(message);
}
