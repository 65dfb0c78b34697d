import { RetryAfterError } from "inngest";
import { claimDueMessages, renewClaim, type ClaimedMessage } from "../../lib/delivery/claim";
import { DELIVERY_DEADLINE_DURATION } from "../../lib/delivery/deadline";
import { handOver, retryDelayMs } from "../../lib/delivery/hand-over";
import { expireUnreportedMessages } from "../../lib/delivery/record-report";
import { carrierFor } from "../../lib/delivery/sandbox-carrier";
import { env } from "../../lib/env";
import type { MessageStatus } from "../../lib/messages/status";
import { inngest } from "../client";
import { announceWebhooks, runtimeDeps, type FunctionDeps } from "../deps";
import { smsAccepted, smsCancelled, smsFinal } from "../events";

export type DeliverResult =
  | { messageId: string; outcome: "nothing-to-do" | "lost-claim" | "undelivered" }
  | { messageId: string; outcome: "final-report"; status: MessageStatus }
  | { messageId: string; outcome: "timed-out"; expired: boolean };

/**
 * One accepted message, from its send time to a final status: wait, claim it, hand it to the
 * carrier, then wait up to 3 days for the final report. The row in PostgreSQL stays the truth:
 * every step is a conditional update, so the minute sweep may do the same work in parallel
 * (it is the safety net when a run fails) and the message is still handed over only once.
 */
export function createDeliverMessage(deps: FunctionDeps = runtimeDeps) {
  return inngest.createFunction(
    {
      id: "deliver-message",
      triggers: [smsAccepted],
      cancelOn: [{ event: smsCancelled, if: "async.data.messageId == event.data.messageId" }],
      // Inngest throttles run starts: a message for later is counted when it is accepted.
      throttle: { limit: env.CARRIER_RATE_PER_SECOND, period: "1s" },
      // Temporary carrier errors back off 5 s, 10 s … 5 min; after that the sweep keeps trying.
      retries: 10,
    },
    async ({ event, step, attempt }): Promise<DeliverResult> => {
      const { messageId } = event.data;
      const sendAt = new Date(event.data.sendAt);
      // Compared with the event's time, not the clock, so that every replay takes the same path.
      if (sendAt.getTime() > (event.ts ?? 0)) await step.sleepUntil("wait-for-send-time", sendAt);

      const claimed = await step.run("claim", async () => {
        const [message] = await claimDueMessages(await deps.db(), new Date(), 1, messageId);
        return message ? { ...message, sendAt: message.sendAt.toISOString(), expiresAt: message.expiresAt?.toISOString() ?? null } : null;
      });
      // Cancelled, already handed over by the sweep, or not due after all (the sweep sends it then).
      if (!claimed) return { messageId, outcome: "nothing-to-do" };

      const handedOver = await step.run("hand-over", async () => {
        const db = await deps.db();
        if (!(await renewClaim(db, messageId, claimed.attempts))) return "lost-claim";
        // `attempts` is the claim's fencing token and stays as claimed; Inngest's own retry count
        // sets the backoff. If the sweep takes over while we wait, renewClaim above steps aside.
        const message: ClaimedMessage = { ...claimed, sendAt: new Date(claimed.sendAt), expiresAt: claimed.expiresAt ? new Date(claimed.expiresAt) : null };
        // A retry submits again under our message id (the simulator answers it from memory; see
        // README for carriers without idempotency).
        const outcome = await handOver(db, carrierFor(message, deps.carrier(), deps.simulator?.()), message);
        if (outcome === "retry") {
          throw new RetryAfterError(`Netzbetreiber vorübergehend nicht erreichbar (${messageId})`, retryDelayMs(claimed.attempts + attempt));
        }
        return outcome;
      });
      // message.sent or message.undelivered may now be owed to the practice's PVS.
      if (handedOver === "sent" || handedOver === "undelivered") await announceWebhooks(deps, step);
      if (handedOver !== "sent") return { messageId, outcome: handedOver };

      const report = await step.waitForEvent("wait-for-final-report", {
        event: smsFinal,
        timeout: DELIVERY_DEADLINE_DURATION,
        if: "async.data.messageId == event.data.messageId",
      });
      if (report) return { messageId, outcome: "final-report", status: report.data.status };

      // Step ids are how Inngest replays a run: this one keeps its name if the deadline changes.
      const expired = await step.run("expire-after-3-days", async () => (await expireUnreportedMessages(await deps.db(), new Date(), messageId)) > 0);
      return { messageId, outcome: "timed-out", expired };
    },
  );
}

export const deliverMessage = createDeliverMessage();
