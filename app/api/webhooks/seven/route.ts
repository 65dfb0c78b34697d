// POST /api/webhooks/seven – seven.io delivery reports (dlr) and replies (sms_mo)
import { getDb } from "@/db/client";
import { parseSevenWebhook, SEVEN } from "@/lib/carriers/seven";
import { badPayload, unauthorized, verifiedJson } from "@/lib/carriers/verify-request";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Without a signing secret nothing can be verified, so nothing is accepted.
  if (!env.SEVEN_SIGNING_SECRET) return unauthorized();
  const verified = await verifiedJson(await getDb(), request, SEVEN, env.SEVEN_SIGNING_SECRET, webhookUrl(new URL(request.url).pathname + new URL(request.url).search));
  if ("response" in verified) return verified.response;
  const event = parseSevenWebhook(verified.json, new Date());
  if (!event) return badPayload();
  if ("report" in event) await reportReceived(event.report);
  else if ("inbound" in event) await inboundReceived(event.inbound);
  // Other events and unknown statuses are acknowledged, so seven.io does not retry them for days.
  return Response.json({ ok: true });
}
