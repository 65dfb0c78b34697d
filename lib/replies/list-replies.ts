import { and, asc, eq, gt, gte, isNotNull, isNull, or } from "drizzle-orm";
import type { Database } from "../../db/client";
import { inboundMessages, messages } from "../../db/schema";

// Patients' replies for the PVS, oldest first so that it can keep its own copy in step.
// Only the practice's own, and only while their number and text exist (60 days).

export interface ReplyRow {
  id: string;
  fromNumber: string;
  text: string;
  receivedAt: Date;
  inReplyTo: { id: string; reference: string | null } | null;
}

export interface ReplyListOptions {
  /** Only this reply (a webhook's payload). */
  id?: string;
  since?: Date;
  /** Position after which to continue: the last row's time of receipt and id. */
  after?: { at: Date; id: string };
  limit: number;
}

export async function listReplies(db: Database, practiceId: string, options: ReplyListOptions): Promise<ReplyRow[]> {
  const conditions = [eq(inboundMessages.practiceId, practiceId), isNull(inboundMessages.erasedAt), isNotNull(inboundMessages.text)];
  if (options.id) conditions.push(eq(inboundMessages.id, options.id));
  if (options.since) conditions.push(gte(inboundMessages.receivedAt, options.since));
  if (options.after) {
    conditions.push(
      or(
        gt(inboundMessages.receivedAt, options.after.at),
        and(eq(inboundMessages.receivedAt, options.after.at), gt(inboundMessages.id, options.after.id)),
      )!,
    );
  }
  const rows = await db
    .select({
      id: inboundMessages.id,
      fromNumber: inboundMessages.fromNumber,
      text: inboundMessages.text,
      receivedAt: inboundMessages.receivedAt,
      messageId: messages.id,
      reference: messages.clientReference,
    })
    .from(inboundMessages)
    // The original must be the practice's own as well: a join on the id alone would trust the reply row.
    .leftJoin(messages, and(eq(messages.id, inboundMessages.inReplyToMessageId), eq(messages.practiceId, practiceId)))
    .where(and(...conditions))
    .orderBy(asc(inboundMessages.receivedAt), asc(inboundMessages.id))
    .limit(options.limit);
  return rows.map(({ messageId, reference, fromNumber, text, ...row }) => ({
    ...row,
    fromNumber: fromNumber ?? "",
    text: text ?? "",
    inReplyTo: messageId === null ? null : { id: messageId, reference },
  }));
}
