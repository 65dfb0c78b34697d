// POST /api/webhooks/simulator – delivery reports and replies from the built-in simulator
import "@/inngest/register-work";
import { reportFromSimulator, SIMULATOR, simulatorWebhookSchema } from "@/lib/carriers/simulator";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { chooseCarrier } from "@/lib/config/production-check";
import { getSimulatorSecret, SIMULATOR_WEBHOOK_PATH, webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json-error";
import { badPayload, handleVerifiedWebhook } from "@/lib/webhooks/verified-webhook";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Only while the simulator is the carrier: a forged "reply" must never reach a practice that
  // sends through a real carrier.
  if (chooseCarrier(env) !== "simulator") return jsonError(404, "not_found", "Nicht gefunden.");
  const options = { carrier: SIMULATOR, secret: getSimulatorSecret, publicUrl: webhookUrl(SIMULATOR_WEBHOOK_PATH) };
  return handleVerifiedWebhook(request, options, async (json) => {
    const payload = simulatorWebhookSchema.safeParse(json);
    if (!payload.success) return badPayload();
    if (payload.data.type === "report") {
      await reportReceived(reportFromSimulator(payload.data));
    } else {
      const { id, from, to, text, receivedAt } = payload.data;
      await inboundReceived({ carrier: SIMULATOR, carrierMessageId: id, from, to, text, receivedAt: new Date(receivedAt) });
    }
    return Response.json({ ok: true });
  });
}
