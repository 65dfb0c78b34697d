import type { DurableWork } from "../lib/delivery/durable-work";
import { describeError } from "../lib/log-error";
import { inngest } from "./client";
import { smsAccepted, smsCancelled, smsInboundReceived, smsReportReceived, webhookDeliveriesDue } from "./events";

export type SendEvents = (payload: Parameters<typeof inngest.send>[0]) => Promise<unknown>;

/** The pipeline's hand-offs as events for the durable functions; ids are ours, so a repeat is deduplicated. */
export function createInngestWork(send: SendEvents = (payload) => inngest.send(payload)): DurableWork {
  return {
    async messagesAccepted(messages) {
      try {
        await send(
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
    },

    async messageCancelled(messageId) {
      // message.cancelled may be owed to the PVS now; the minute's run sends it if this is lost.
      await send([smsCancelled.create({ messageId }, { id: `cancelled-${messageId}` }), webhookDeliveriesDue.create({})]).catch((error: Error) => {
        // The message is already cancelled in the database; a run that still wakes finds nothing to claim.
        console.error("[pipeline] could not send sms/cancelled:", describeError(error));
      });
    },

    async reportReceived(report) {
      const payload = { ...report, carrierTime: report.carrierTime?.toISOString() ?? null };
      await send(smsReportReceived.create(payload, { id: `report-${report.carrier}-${report.carrierMessageId}-${report.carrierStatus}` }));
    },

    async inboundRecorded(inboundId) {
      // Stored already, with reply.received (and recipient.opted_out) owed to the PVS.
      await send([smsInboundReceived.create({ inboundId }, { id: `inbound-${inboundId}` }), webhookDeliveriesDue.create({})]);
    },
  };
}
