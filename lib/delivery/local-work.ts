import type { Database } from "../../db/client";
import type { Mailer } from "../email/mailer";
import { forwardInbound } from "../inbound/forward-inbound";
import { describeError } from "../log-error";
import type { DurableWork } from "./durable-work";
import { recordReport } from "./record-report";

interface LocalWorkDeps {
  db: () => Promise<Database>;
  mailer: () => Mailer;
  wakeDriver: () => void;
  /** A status changed or a reply arrived: the PVS's webhooks are owed now. */
  wakeWebhooks?: () => void;
}

/** The work done in this process when no Inngest is configured; the local driver's sweep does the rest. */
export function createLocalWork(deps: LocalWorkDeps): DurableWork {
  return {
    async messagesAccepted(messages) {
      // Scheduled messages wait for the driver's next tick; only a message due now wakes it.
      if (messages.some((message) => message.sendAt.getTime() <= Date.now())) deps.wakeDriver();
    },

    // The row says cancelled; the sweep never claims it.
    async messageCancelled() {},

    async reportReceived(report) {
      const db = await deps.db();
      // A fast carrier can report before our record of the hand-over is committed: look again
      // shortly before calling the report unknown.
      for (const delayMs of [250, 1000, 2000]) {
        if ((await recordReport(db, report)) !== "unknown-message") return deps.wakeWebhooks?.();
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      await recordReport(db, report);
    },

    async inboundRecorded(inboundId) {
      const db = await deps.db();
      deps.wakeWebhooks?.();
      // Answer the carrier now; a failed e-mail is retried by the next sweep.
      void forwardInbound(db, deps.mailer(), inboundId).catch((error: Error) =>
        console.error("[pipeline] forwarding a reply failed:", describeError(error)),
      );
    },
  };
}
