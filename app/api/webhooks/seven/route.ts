// POST /api/webhooks/seven – seven.io delivery reports (dlr) and replies (sms_mo), JSON or form-encoded
import "@/inngest/register-work";
import { getDb } from "@/db/client";
import { decodeSevenWebhookBody, parseSevenWebhook, SEVEN } from "@/lib/carriers/seven";
import { sevenSignedUrls } from "@/lib/carriers/seven/signature";
import { inboundReceived, reportReceived } from "@/lib/delivery/pipeline";
import { recordNote } from "@/lib/delivery/record-note";
import { webhookUrl } from "@/lib/delivery/runtime";
import { env } from "@/lib/env";
import { badPayload, handleVerifiedWebhook, unauthorized } from "@/lib/webhooks/verified-webhook";

export const dynamic = "force-dynamic";

// seven.io counts any 2xx or 3xx as delivered and does not follow redirects: this route must
// answer itself, at the exact path and with a trailing slash (next.config.ts, proxy.ts).
export async function POST(request: Request) {
  // Without a signing secret nothing can be verified, so nothing is accepted.
  if (!env.SEVEN_SIGNING_SECRET) return unauthorized();
  const { pathname, search } = new URL(request.url);
  const contentType = request.headers.get("content-type");
  const options = {
    carrier: SEVEN,
    secret: env.SEVEN_SIGNING_SECRET,
    publicUrl: sevenSignedUrls(webhookUrl, pathname, search),
    parse: (body: string) => decodeSevenWebhookBody(body, contentType),
  };
  return handleVerifiedWebhook(request, options, async (payload) => {
    const event = parseSevenWebhook(payload, new Date());
    if (!event) return badPayload();
    if ("report" in event) await reportReceived(event.report);
    else if ("note" in event) await recordNote(await getDb(), event.note);
    else if ("inbound" in event) await inboundReceived(event.inbound);
    // Other events and unknown statuses are acknowledged, so seven.io does not retry them for days.
    return Response.json({ ok: true });
  });
}
