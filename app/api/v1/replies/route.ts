// GET /api/v1/replies – patients' replies to the practice's SMS, for the PVS
import { decodeCursor, encodeCursor } from "@/lib/api/list-cursor";
import { readQueryParameters } from "@/lib/api/query-parameters";
import { replyListQuerySchema } from "@/lib/api/reply-schemas";
import { apiRoute, otherMethods } from "@/lib/api/route-handler";
import { toApiReply } from "@/lib/api/serialize-reply";
import { listReplies } from "@/lib/replies/list-replies";

export const dynamic = "force-dynamic";

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

export const GET = apiRoute(async ({ request, db, caller }) => {
  const { since, cursor, limit } = readQueryParameters(new URL(request.url), replyListQuerySchema);
  // One row more than asked for tells whether there is a next page.
  const rows = await listReplies(db, caller.practice.id, {
    since: since === undefined ? undefined : new Date(since),
    after: cursor === undefined ? undefined : decodeCursor(cursor),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return Response.json({
    data: page.map(toApiReply),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null,
  });
});
