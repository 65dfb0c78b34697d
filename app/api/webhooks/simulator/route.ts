// POST /api/webhooks/simulator – delivery reports and replies from the built-in simulator
import { getDb } from "@/db/client";
import { reportFromSimulator, SIMULATOR, simulatorWebhookSchema } from "@/lib/carriers/simulator";
import { badPayload, verifiedJson } from "@/lib/carriers/verify-request";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { SIMULATOR_WEBHOOK_PATH, webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Only while the simulator is the carrier: its secret has a public default for local use,
  // and a forged "reply" must never reach a practice that sends through a real carrier.
  if (env.CARRIER !== "simulator") return Response.json({ error: { code: "not_found", message: "Nicht gefunden." } }, { status: 404 });
  const verified = await verifiedJson(await getDb(), request, SIMULATOR, env.SIMULATOR_SECRET, webhookUrl(SIMULATOR_WEBHOOK_PATH));
  if ("response" in verified) return verified.response;
  const payload = simulatorWebhookSchema.safeParse(verified.json);
  if (!payload.success) return badPayload();
  if (payload.data.type === "report") {
    await reportReceived(reportFromSimulator(payload.data));
  } else {
    const { id, from, to, text, receivedAt } = payload.data;
    await inboundReceived({ carrier: SIMULATOR, carrierMessageId: id, from, to, text, receivedAt: new Date(receivedAt) });
  }
  return Response.json({ ok: true });
}
