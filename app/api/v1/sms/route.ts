// POST /api/v1/sms – send an SMS · GET /api/v1/sms – the practice's messages, for PVS synchronisation
import "@/inngest/register-work";
import { encodeCursor } from "@/lib/api/list-cursor";
import { parseListQuery } from "@/lib/api/list-query";
import { MAX_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { apiRoute, idempotencyKeyFrom, otherMethods } from "@/lib/api/route-handler";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { listMessages } from "@/lib/messages/find-messages";
import { sendOne } from "@/lib/messages/send-one";
import { toApiMessage } from "@/lib/api/serialize-message";

export const dynamic = "force-dynamic";

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");

export const POST = apiRoute(async ({ request, db, caller, realCarrier }) => {
  const idempotencyKey = idempotencyKeyFrom(request);
  const body = await readBody(request, MAX_BODY_BYTES);
  const { message, replayed } = await sendOne(db, caller, body, idempotencyKey, { realCarrier });
  if (!replayed) await messagesAccepted([message]);
  return Response.json(toApiMessage(message), {
    status: 202,
    headers: { Location: `/api/v1/sms/${message.id}`, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });
});

export const GET = apiRoute(async ({ request, db, caller }) => {
  const query = parseListQuery(new URL(request.url));
  const { limit } = query;
  // One row more than asked for tells whether there is a next page.
  const rows = await listMessages(db, caller.practice.id, { ...query, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return Response.json({
    data: page.map(toApiMessage),
    nextCursor: rows.length > limit ? encodeCursor({ at: page.at(-1)!.updatedAt, id: page.at(-1)!.id }) : null,
  });
});
