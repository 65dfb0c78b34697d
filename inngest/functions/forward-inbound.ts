import { forwardInbound, type ForwardOutcome } from "../../lib/inbound/forward-inbound";
import { inngest } from "../client";
import { runtimeDeps, type FunctionDeps } from "../deps";
import { smsInboundReceived } from "../events";

/** E-mails a patient's reply to the practice; a failed e-mail is retried with backoff. */
export function createForwardInbound(deps: FunctionDeps = runtimeDeps) {
  return inngest.createFunction(
    { id: "forward-inbound", triggers: [smsInboundReceived] },
    async ({ event, step }): Promise<{ inboundId: string; outcome: ForwardOutcome }> => {
      const { inboundId } = event.data;
      const outcome = await step.run("forward-inbound", async () => {
        const result = await forwardInbound(await deps.db(), deps.mailer(), inboundId);
        // Thrown inside the step, so the step itself is retried (the mailer dedupes on the inbound id).
        if (result === "failed") throw new Error(`Weiterleitung der Antwort ${inboundId} per E-Mail fehlgeschlagen`);
        return result;
      });
      return { inboundId, outcome };
    },
  );
}

export const forwardInboundReply = createForwardInbound();
