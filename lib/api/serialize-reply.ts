import type { ReplyRow } from "../replies/list-replies";
import type { ApiReply } from "./reply-schemas";

export function toApiReply(reply: ReplyRow): ApiReply {
  return { id: reply.id, from: reply.fromNumber, text: reply.text, receivedAt: reply.receivedAt.toISOString(), inReplyTo: reply.inReplyTo };
}
