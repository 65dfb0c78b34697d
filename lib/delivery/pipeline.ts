import { getDb } from "../../db/client";
import { describeError } from "../log-error";
import { inngest } from "../../inngest/client";
import { smsAccepted, smsCancelled, smsInboundReceived, smsReportReceived } from "../../inngest/events";
import type { CarrierInbound, CarrierReport } from "../carriers/carrier";
import { forwardInbound } from "../inbound/forward-inbound";
import { recordInbound } from "../inbound/record-inbound";
import { recordReport } from "./record-report";
import { getRuntime, usesInngest } from "./runtime";

// Where the API and the webhooks hand work to the pipeline. With Inngest each step becomes
// an event for a durable function; without it the same domain operation runs right here and
// the local driver's sweep does the rest. Either way the state is in PostgreSQL first.

export async function messagesAccepted(messages: { id: string; sendAt: Date }[]): Promise<void> {
  if (messages.length === 0) return;
  if (!usesInngest()) {
    // Scheduled messages wait for the driver's next tick; only a message due now wakes it.
    if (messages.some((message) => message.sendAt.getTime() <= Date.now())) getRuntime().driver.wake();
    return;
  }
  try {
    await inngest.send(
      messages.map((message) =>
        smsAccepted.create({ messageId: message.id, sendAt: message.sendAt.toISOString() }, { id: `accepted-${message.id}` }),
      ),
    );
  } catch (error) {
    // The messages are stored as pending: the minute sweep hands them over all the same.
    console.error("[pipeline] could not send sms/accepted:", describeError(error));
  }
}

export async function messageCancelled(messageId: string): Promise<void> {
  if (!usesInngest()) return;
  await inngest.send(smsCancelled.create({ messageId }, { id: `cancelled-${messageId}` })).catch((error: Error) => {
    // The message is already cancelled in the database; a run that still wakes finds nothing to claim.
    console.error("[pipeline] could not send sms/cancelled:", describeError(error));
  });
}

export async function reportReceived(report: CarrierReport): Promise<void> {
  if (usesInngest()) {
    await inngest.send(
      smsReportReceived.create(report, { id: `report-${report.carrier}-${report.carrierMessageId}-${report.carrierStatus}` }),
    );
    return;
  }
  await recordReport(await getDb(), report);
}

export async function inboundReceived(inbound: CarrierInbound): Promise<void> {
  const db = await getDb();
  const inboundId = await recordInbound(db, inbound);
  if (!inboundId) return;
  if (usesInngest()) {
    await inngest.send(smsInboundReceived.create({ inboundId }, { id: `inbound-${inboundId}` }));
    return;
  }
  // Answer the carrier now; a failed e-mail is retried by the next sweep.
  void forwardInbound(db, getRuntime().mailer, inboundId).catch((error: Error) =>
    console.error("[pipeline] forwarding a reply failed:", describeError(error)),
  );
}
