// POST /api/webhooks/seven – seven.io delivery reports (dlr) and replies (sms_mo)
import "@/inngest/register-work";
import { parseSevenWebhook, SEVEN } from "@/lib/carriers/seven";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { badPayload, handleVerifiedWebhook, unauthorized } from "@/lib/webhooks/verified-webhook";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Without a signing secret nothing can be verified, so nothing is accepted.
  if (!env.SEVEN_SIGNING_SECRET) return unauthorized();
  const { pathname, search } = new URL(request.url);
  return handleVerifiedWebhook(request, { carrier: SEVEN, secret: env.SEVEN_SIGNING_SECRET, publicUrl: webhookUrl(pathname + search) }, async (json) => {
    const event = parseSevenWebhook(json, new Date());
    if (!event) return badPayload();
    if ("report" in event) await reportReceived(event.report);
    else if ("inbound" in event) await inboundReceived(event.inbound);
    // Other events and unknown statuses are acknowledged, so seven.io does not retry them for days.
    return Response.json({ ok: true });
  });
}
