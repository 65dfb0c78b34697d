import type { Database } from "../../db/client";
import { toApiMessage } from "../api/serialize-message";
import { toApiReply } from "../api/serialize-reply";
import { findMessage } from "../messages/find-messages";
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
  return JSON.stringify({ type: event.eventType, timestamp: event.occurredAt.toISOString(), data: await eventData(db, event) });
}

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
  // Events may go out late and out of order: each reports the status it is about, as at its time.
  if (message.status !== event.eventStatus) {
    return toApiMessage({ ...message, status: event.eventStatus, statusReason: null, updatedAt: event.occurredAt });
  }
  return toApiMessage(message);
}
