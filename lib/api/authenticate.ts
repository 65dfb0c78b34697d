import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { apiKeys, locations, practices } from "../../db/schema";
import { hashApiKey } from "./api-key";
import { ApiError } from "./errors";

export interface ApiCaller {
  apiKeyId: string;
  requestsPerMinute: number | null;
  practice: {
    id: string;
    name: string;
    optimiseCharacters: boolean;
    defaultSender: string | null;
    replyNumber: string | null;
    monthlyPartLimit: number | null;
  };
  /** The location the key is bound to, if any. */
  location: { id: string; code: string } | null;
}

/** The key from `Authorization: Bearer …` or `X-Api-Key: …`. */
export function apiKeyFrom(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? request.headers.get("x-api-key")?.trim() ?? null;
}

/** Looks the key up by its SHA-256; an unknown or revoked key is a 401, whatever else is wrong. */
export async function authenticate(db: Database, request: Request): Promise<ApiCaller> {
  const key = apiKeyFrom(request);
  if (!key) throw new ApiError("invalid_api_key", "Es wurde kein API-Key mitgeschickt (Authorization: Bearer … oder X-Api-Key).");
  const [row] = await db
    .select({
      apiKeyId: apiKeys.id,
      revokedAt: apiKeys.revokedAt,
      requestsPerMinute: apiKeys.requestsPerMinute,
      practice: {
        id: practices.id,
        name: practices.name,
        optimiseCharacters: practices.optimiseCharacters,
        defaultSender: practices.defaultSender,
        replyNumber: practices.replyNumber,
        monthlyPartLimit: practices.monthlyPartLimit,
      },
      locationId: locations.id,
      locationCode: locations.code,
    })
    .from(apiKeys)
    .innerJoin(practices, eq(practices.id, apiKeys.practiceId))
    .leftJoin(locations, eq(locations.id, apiKeys.locationId))
    .where(eq(apiKeys.keyHash, hashApiKey(key)))
    .limit(1);
  if (!row || row.revokedAt) throw new ApiError("invalid_api_key");
  markUsed(db, row.apiKeyId);
  return {
    apiKeyId: row.apiKeyId,
    requestsPerMinute: row.requestsPerMinute,
    practice: row.practice,
    location: row.locationId && row.locationCode ? { id: row.locationId, code: row.locationCode } : null,
  };
}

// At most one write a minute per key: "last used" is for people, not an audit log.
function markUsed(db: Database, apiKeyId: string) {
  db.update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, apiKeyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))))
    .catch((error: Error) => console.error("[api] could not mark key as used:", error.message));
}
