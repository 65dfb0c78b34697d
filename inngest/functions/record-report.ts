import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { messages } from "../../db/schema";
import { recordReport, type ReportOutcome } from "../../lib/delivery/record-report";
import type { MessageStatus } from "../../lib/messages/status";
import { inngest } from "../client";
import { announceWebhooks, runtimeDeps, type FunctionDeps } from "../deps";
import { smsFinal, smsReportReceived } from "../events";

export interface RecordReportResult {
  outcome: ReportOutcome;
  messageId: string | null;
  /** Whether sms/final went out, so the delivery run stops waiting. */
  finalEventSent: boolean;
}

async function findMessage(db: Database, carrier: string, carrierMessageId: string) {
  const [row] = await db
    .select({ id: messages.id, status: messages.status })
    .from(messages)
    .where(and(eq(messages.carrier, carrier), eq(messages.carrierMessageId, carrierMessageId)))
    .limit(1);
  return row ?? null;
}

const endsTheWait = (status: MessageStatus) => status === "delivered" || status === "undelivered";

/** Applies a carrier's delivery report; a final one is passed on as sms/final. */
export function createRecordReport(deps: FunctionDeps = runtimeDeps) {
  return inngest.createFunction({ id: "record-report", triggers: [smsReportReceived] }, async ({ event, step }): Promise<RecordReportResult> => {
    const report = event.data;
    const recorded = await step.run("record-report", async () => {
      const db = await deps.db();
      const outcome = await recordReport(db, report);
      return { outcome, message: await findMessage(db, report.carrier, report.carrierMessageId) };
    });
    const message = recorded.message;
    // A report can overtake our record of the hand-over: let Inngest retry a fresh one.
    if (recorded.outcome === "unknown-message" && Date.now() - (event.ts ?? 0) < 10 * 60_000) {
      throw new Error(`Report for unknown carrier message ${report.carrierMessageId}; trying again`);
    }
    // "ignored" with the status already in place is this report applied before (a retried step).
    const applied = recorded.outcome === "applied" || (recorded.outcome === "ignored" && message?.status === report.status);
    if (recorded.outcome === "applied" || recorded.outcome === "late-after-timeout") await announceWebhooks(deps, step);
    if (!message || !applied || !endsTheWait(message.status)) {
      return { outcome: recorded.outcome, messageId: message?.id ?? null, finalEventSent: false };
    }
    await step.sendEvent("emit-final", smsFinal.create({ messageId: message.id, status: message.status }, { id: `final-${message.id}` }));
    return { outcome: recorded.outcome, messageId: message.id, finalEventSent: true };
  });
}

export const recordCarrierReport = createRecordReport();
