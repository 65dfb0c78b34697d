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
        // A message for later is sent as an event dated at its send time, so that the run starts
        // then and Inngest's throttle spaces out a morning's recalls at hand-over, not at accepting.
        smsAccepted.create(
          { messageId: message.id, sendAt: message.sendAt.toISOString() },
          { id: `accepted-${message.id}`, ...(message.sendAt.getTime() > Date.now() ? { ts: message.sendAt.getTime() } : {}) },
        ),
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
  const db = await getDb();
  // A fast carrier can report before our record of the hand-over is committed: look again
  // shortly before calling the report unknown.
  for (const delayMs of [250, 1000, 2000]) {
    if ((await recordReport(db, report)) !== "unknown-message") return;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  await recordReport(db, report);
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
