// POST /api/v1/sms – send an SMS · GET /api/v1/sms – the practice's messages, for PVS synchronisation
import { ApiError } from "@/lib/api/errors";
import { decodeCursor, encodeCursor, isPlausibleDate } from "@/lib/api/list-cursor";
import { MAX_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { apiRoute, idempotencyKeyFrom } from "@/lib/api/route-handler";
import { listQuerySchema } from "@/lib/api/schemas";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { listMessages } from "@/lib/messages/find-messages";
import { sendOne } from "@/lib/messages/send-one";
import { toApiMessage } from "@/lib/messages/serialize";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async ({ request, db, caller }) => {
  const idempotencyKey = idempotencyKeyFrom(request);
  const body = await readBody(request, MAX_BODY_BYTES);
  const { message, replayed } = await sendOne(db, caller, body, idempotencyKey);
  if (!replayed) await messagesAccepted([message]);
  return Response.json(toApiMessage(message), {
    status: 202,
    headers: { Location: `/api/v1/sms/${message.id}`, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });
});

export const GET = apiRoute(async ({ request, db, caller }) => {
  const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const field = String(query.error.issues[0].path[0] ?? "");
    throw new ApiError("invalid_request", `Der Parameter ${field} ist ungültig.`, field);
  }
  const { status, since, cursor, limit } = query.data;
  if (since && !isPlausibleDate(new Date(since))) throw new ApiError("invalid_request", "Der Parameter since ist ungültig.", "since");
  const rows = await listMessages(db, caller.practice.id, {
    status,
    since: since ? new Date(since) : undefined,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit,
  });
  const last = rows.at(-1);
  return Response.json({
    data: rows.map(toApiMessage),
    nextCursor: rows.length === limit && last ? encodeCursor(last) : null,
  });
});
