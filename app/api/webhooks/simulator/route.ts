// POST /api/webhooks/simulator – delivery reports and replies from the built-in simulator
import { reportFromSimulator, SIMULATOR, simulatorWebhookSchema } from "@/lib/carriers/simulator";
import { badPayload, handleVerifiedWebhook } from "@/lib/carriers/verify-request";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { SIMULATOR_WEBHOOK_PATH, webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Only while the simulator is the carrier: its secret has a public default for local use,
  // and a forged "reply" must never reach a practice that sends through a real carrier.
  if (env.CARRIER !== "simulator") return Response.json({ error: { code: "not_found", message: "Nicht gefunden." } }, { status: 404 });
  const options = { carrier: SIMULATOR, secret: env.SIMULATOR_SECRET, publicUrl: webhookUrl(SIMULATOR_WEBHOOK_PATH) };
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
