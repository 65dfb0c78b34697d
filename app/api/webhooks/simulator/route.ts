// POST /api/webhooks/simulator – delivery reports and replies from the built-in simulator
import "@/inngest/register-work";
import { getDb } from "@/db/client";
import { reportFromSimulator, SIMULATOR, simulatorWebhookSchema } from "@/lib/carriers/simulator";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { chooseCarrier } from "@/lib/config/production-check";
import { getSimulatorSecret, SIMULATOR_WEBHOOK_PATH, webhookUrl } from "@/lib/delivery/runtime";
import { answersSimulatedMessage } from "@/lib/delivery/simulator-replies";
import { env } from "@/lib/env";
import { badPayload, handleVerifiedWebhook } from "@/lib/webhooks/verified-webhook";

export const dynamic = "force-dynamic";

// Open beside a real carrier too: test keys' messages go to the simulator there. A report only
// ever moves a message the simulator carried (reports are matched by carrier and its id), and
// a reply is taken only when it answers a test message, so a forged "reply" can never reach a
// practice's real conversation.
export async function POST(request: Request) {
  const options = { carrier: SIMULATOR, secret: getSimulatorSecret, publicUrl: webhookUrl(SIMULATOR_WEBHOOK_PATH) };
  return handleVerifiedWebhook(request, options, async (json) => {
    const payload = simulatorWebhookSchema.safeParse(json);
    if (!payload.success) return badPayload();
    if (payload.data.type === "report") {
      await reportReceived(reportFromSimulator(payload.data));
    } else {
      const { id, from, to, text, receivedAt } = payload.data;
      const realCarrier = chooseCarrier(env) !== "simulator";
      if (realCarrier && !(await answersSimulatedMessage(await getDb(), { from, to }))) return badPayload();
      await inboundReceived({ carrier: SIMULATOR, carrierMessageId: id, from, to, text, receivedAt: new Date(receivedAt) });
    }
    return Response.json({ ok: true });
  });
}
