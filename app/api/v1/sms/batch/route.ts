// POST /api/v1/sms/batch – up to 1,000 messages, each accepted or rejected on its own
import "@/inngest/register-work";
import { ApiError, asApiError } from "@/lib/api/errors";
import { MAX_BATCH_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { apiRoute, idempotencyKeyFrom, otherMethods } from "@/lib/api/route-handler";
import { MAX_BATCH_SIZE } from "@/lib/api/schemas";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { acceptBatch } from "@/lib/messages/accept-batch";
import { toApiMessage } from "@/lib/api/serialize-message";

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

  // Everything accepted is stored in one transaction before this returns; then it goes on its way.
  const { outcomes, accepted } = await acceptBatch(db, caller, items, { idempotencyKey, realCarrier });
  await messagesAccepted(accepted);
  const results = outcomes.map((outcome, index) => {
    if (outcome.ok) return { index, status: 202, sms: toApiMessage(outcome.result.message) };
    const refused = asApiError(outcome.error);
    // A refusal the API has no answer for is our bug, as in the single route.
    if (!refused || refused.code === "internal_error") throw outcome.error;
    return { index, status: refused.status, error: refused.toBody().error };
  });
  const acceptedCount = results.filter((result) => result.status === 202).length;
  return Response.json({ accepted: acceptedCount, rejected: results.length - acceptedCount, results });
});
