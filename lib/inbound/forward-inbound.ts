import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { inboundMessages, messages, practices } from "../../db/schema";
import type { Mailer } from "../email/mailer";
import { renderReplyForwardedEmail } from "../email/reply-forwarded-email";

export type ForwardOutcome = "forwarded" | "already-forwarded" | "no-practice" | "failed";

/** E-mails a reply to the practice (reply address, else its contact address); safe to repeat. */
export async function forwardInbound(db: Database, mailer: Mailer, inboundId: string): Promise<ForwardOutcome> {
  const [row] = await db
    .select({
      inbound: inboundMessages,
      practiceName: practices.name,
      to: sql<string>`coalesce(${practices.replyForwardEmail}, ${practices.contactEmail})`,
      originalText: messages.text,
      originalSentAt: messages.createdAt,
    })
    .from(inboundMessages)
    .leftJoin(practices, eq(practices.id, inboundMessages.practiceId))
    .leftJoin(messages, eq(messages.id, inboundMessages.inReplyToMessageId))
    .where(eq(inboundMessages.id, inboundId));
  if (!row) return "no-practice";
  if (row.inbound.forwardedAt) return "already-forwarded";
  if (!row.practiceName || !row.to) return "no-practice";

  const email = await renderReplyForwardedEmail({
    practiceName: row.practiceName,
    fromNumber: row.inbound.fromNumber ?? "unbekannt",
    text: row.inbound.text ?? "",
    receivedAt: row.inbound.receivedAt,
    original: row.originalSentAt ? { text: row.originalText, sentAt: row.originalSentAt } : null,
  });
  try {
    await mailer.send({
      to: row.to,
      subject: `SMS-Antwort von ${row.inbound.fromNumber ?? "unbekannt"}`,
      ...email,
      idempotencyKey: `inbound-${inboundId}`,
    });
  } catch (error) {
    await db
      .update(inboundMessages)
      .set({ forwardError: (error as Error).message.slice(0, 500), forwardAttempts: sql`${inboundMessages.forwardAttempts} + 1` })
      .where(eq(inboundMessages.id, inboundId));
    return "failed";
  }
  await db.update(inboundMessages).set({ forwardedAt: new Date(), forwardError: null }).where(eq(inboundMessages.id, inboundId));
  return "forwarded";
}
