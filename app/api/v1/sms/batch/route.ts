// POST /api/v1/sms/batch – up to 1,000 messages, each accepted or rejected on its own
import "@/inngest/register-work";
import { ApiError, asApiError } from "@/lib/api/errors";
import { MAX_BATCH_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { apiRoute, idempotencyKeyFrom, otherMethods } from "@/lib/api/route-handler";
import { MAX_BATCH_SIZE } from "@/lib/api/schemas";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { sendOne } from "@/lib/messages/send-one";
import { toApiMessage } from "@/lib/api/serialize-message";
import type { MessageRow } from "@/lib/messages/serialize";

export const dynamic = "force-dynamic";

export const { GET, HEAD, PUT, PATCH, DELETE } = otherMethods("POST");

export const POST = apiRoute(async ({ request, db, caller, realCarrier }) => {
  const idempotencyKey = idempotencyKeyFrom(request);
  const body = await readBody(request, MAX_BATCH_BODY_BYTES);
  const items = Array.isArray(body) ? body : (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(items)) {
    throw new ApiError("invalid_request", "Erwartet wird {\"messages\": [...]} mit den einzelnen SMS.", "messages");
  }
  if (items.length === 0) throw new ApiError("missing_parameter", "Die Liste messages ist leer.", "messages");
  if (items.length > MAX_BATCH_SIZE) {
    throw new ApiError("invalid_request", `Höchstens ${MAX_BATCH_SIZE} SMS je Anfrage (gesendet: ${items.length}).`, "messages");
  }

  const results = [];
  const accepted: MessageRow[] = [];
  try {
    for (const [index, item] of items.entries()) {
      try {
        // Each item gets its own key, so a retried batch replays item by item.
        const { message, replayed } = await sendOne(db, caller, item, idempotencyKey ? `${idempotencyKey}#${index}` : undefined, { realCarrier });
        if (!replayed) accepted.push(message);
        results.push({ index, status: 202, sms: toApiMessage(message) });
      } catch (error) {
        const refused = asApiError(error);
        if (!refused || refused.code === "internal_error") throw error;
        results.push({ index, status: refused.status, error: refused.toBody().error });
      }
    }
  } finally {
    // Whatever happened later in the batch, what was stored goes on its way.
    await messagesAccepted(accepted);
  }
  const acceptedCount = results.filter((result) => result.status === 202).length;
  return Response.json({ accepted: acceptedCount, rejected: results.length - acceptedCount, results });
});
