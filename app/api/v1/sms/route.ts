// POST /api/v1/sms – send an SMS · GET /api/v1/sms – the practice's messages, for PVS synchronisation
import "@/inngest/register-work";
import { ApiError } from "@/lib/api/errors";
import { decodeCursor, encodeCursor, isPlausibleDate } from "@/lib/api/list-cursor";
import { MAX_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { apiRoute, idempotencyKeyFrom } from "@/lib/api/route-handler";
import { LIST_PARAMETER_LABELS, listQuerySchema } from "@/lib/api/schemas";
import { domainErrorFromZod } from "@/lib/errors/from-zod";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { listMessages } from "@/lib/messages/find-messages";
import { sendOne } from "@/lib/messages/send-one";
import { toApiMessage } from "@/lib/api/serialize-message";

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
  const parameters = Object.fromEntries(new URL(request.url).searchParams);
  const query = listQuerySchema.safeParse(parameters);
  if (!query.success) throw domainErrorFromZod(query.error, parameters, LIST_PARAMETER_LABELS);
  const { status, since, cursor, limit } = query.data;
  if (since && !isPlausibleDate(new Date(since))) throw new ApiError("invalid_request", "Der Parameter since ist ungültig.", "since");
  // One row more than asked for tells whether there is a next page.
  const rows = await listMessages(db, caller.practice.id, {
    status,
    since: since ? new Date(since) : undefined,
    after: cursor ? decodeCursor(cursor) : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  return Response.json({
    data: page.map(toApiMessage),
    nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!) : null,
  });
});
