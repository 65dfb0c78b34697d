// POST /api/v1/sms – send an SMS · GET /api/v1/sms – the practice's messages, for PVS synchronisation
import "@/inngest/register-work";
import { encodeCursor } from "@/lib/api/list-cursor";
import { parseListQuery } from "@/lib/api/list-query";
import { MAX_BODY_BYTES, readBody } from "@/lib/api/read-body";
import { getDb } from "@/db/client";
import { sendWithKnownKey } from "@/lib/api/known-key-send";
import type { RateLimitState } from "@/lib/api/rate-limit";
import { apiRequest, apiRoute, authenticateRequest, idempotencyKeyFrom, otherMethods, sendsToRealCarrier, withRateLimit } from "@/lib/api/route-handler";
import { settle, unwrap } from "@/lib/api/settled";
import { env } from "@/lib/env";
import type { AcceptResult } from "@/lib/messages/accept-message";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { listMessages } from "@/lib/messages/find-messages";
import { sendOne } from "@/lib/messages/send-one";
import { toApiMessage } from "@/lib/api/serialize-message";

export const dynamic = "force-dynamic";

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");

export const POST = apiRequest(async (request) => {
  const db = await getDb();
  // Read before the key is checked, so that a key seen before can send in one statement
  // (lib/api/known-key-send.ts). Errors in the body or the Idempotency-Key are reported after the
  // key check, as on every route: the full path below takes every request the short one does not.
  const body = await settle(() => readBody(request, MAX_BODY_BYTES));
  const idempotencyKey = await settle(() => idempotencyKeyFrom(request));
  const known =
    body.ok && idempotencyKey.ok
      ? await sendWithKnownKey(db, request, body.value, idempotencyKey.value, { defaultLimit: env.API_RATE_LIMIT_PER_MINUTE, realCarrier: sendsToRealCarrier })
      : null;
  if (known) return accepted(known.result, known.rate);
  const { caller, rate, realCarrier } = await authenticateRequest(db, request);
  return accepted(await sendOne(db, caller, unwrap(body), unwrap(idempotencyKey), { realCarrier }), rate);
});

async function accepted({ message, replayed }: AcceptResult, rate: RateLimitState): Promise<Response> {
  if (!replayed) await messagesAccepted([message]);
  const response = Response.json(toApiMessage(message), {
    status: 202,
    headers: { Location: `/api/v1/sms/${message.id}`, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });
  return withRateLimit(response, rate);
}

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
