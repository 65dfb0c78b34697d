import type { ListOptions } from "../messages/find-messages";
import { decodeCursor } from "./list-cursor";
import { readQueryParameters } from "./query-parameters";
import { listQuerySchema } from "./schemas";

/** The filters of GET /sms. */
export function parseListQuery(url: URL): ListOptions {
  const { status, since, reference, cursor, limit } = readQueryParameters(url, listQuerySchema);
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  return {
    status,
    since: since === undefined ? undefined : new Date(since),
    reference,
    after: after && { updatedAt: after.at, id: after.id },
    limit,
  };
}
