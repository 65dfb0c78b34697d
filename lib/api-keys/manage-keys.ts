import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { apiKeys, locations } from "../../db/schema";
import { assertId, assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { generateApiKey } from "../api/api-key";
import { recordAudit } from "../audit/record-audit";
import { DOMAIN_ERROR_MESSAGES, DomainError } from "../errors/domain-error";

/** How long a rotated key keeps working, so the PVS can be switched over without a gap. */
export const ROTATION_GRACE_DAYS = 7;
const GRACE_MS = ROTATION_GRACE_DAYS * 24 * 60 * 60 * 1000;

export type ApiKeyStatus = "active" | "expiring" | "expired" | "revoked";

export interface ListedApiKey {
  id: string;
  name: string;
  prefix: string;
  /** A test key (pb_test_…): the portal shows it with a "Test" badge. */
  sandbox: boolean;
  location: { id: string; code: string; name: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  status: ApiKeyStatus;
}

/** The status the API's lookup (lib/api/authenticate.ts) would act on at `now`. */
export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (!key.expiresAt) return "active";
  return key.expiresAt.getTime() > now.getTime() ? "expiring" : "expired";
}

export const isWorking = (status: ApiKeyStatus) => status === "active" || status === "expiring";

/** The practice's keys: working ones first, newest first within each group. */
export async function listApiKeys(db: Database, actor: Actor, now = new Date()): Promise<ListedApiKey[]> {
  assertMainUser(actor);
  const rows = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      sandbox: apiKeys.sandbox,
      locationId: locations.id,
      locationCode: locations.code,
      locationName: locations.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      expiresAt: apiKeys.expiresAt,
    })
    .from(apiKeys)
    .leftJoin(locations, eq(locations.id, apiKeys.locationId))
    .where(eq(apiKeys.practiceId, actor.practiceId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  const listed = rows.map(({ locationId, locationCode, locationName, ...key }) => ({
    ...key,
    location: locationId && locationCode && locationName ? { id: locationId, code: locationCode, name: locationName } : null,
    status: apiKeyStatus(key, now),
  }));
  return [...listed.filter((key) => isWorking(key.status)), ...listed.filter((key) => !isWorking(key.status))];
}

/** The practice's locations a key can be bound to. */
export async function listKeyLocations(db: Database, actor: Actor): Promise<{ id: string; code: string; name: string }[]> {
  assertMainUser(actor);
  return db
    .select({ id: locations.id, code: locations.code, name: locations.name })
    .from(locations)
    .where(eq(locations.practiceId, actor.practiceId))
    .orderBy(locations.name);
}

export const newApiKeySchema = z.object({
  name: z.string().trim().min(1, "Bitte geben Sie dem Key einen Namen, z. B. den Ihrer Praxissoftware.").max(60, "Der Name ist zu lang (höchstens 60 Zeichen)."),
  // A select's "no location" arrives as an empty string.
  locationId: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  // The form's choice "Live-Schlüssel / Test-Schlüssel (Sandbox)"; no choice (absent or "") is a live key.
  mode: z
    .enum(["", "live", "test"])
    .optional()
    .transform((value) => (value === "test" ? "test" : "live")),
});

export type NewApiKeyInput = z.input<typeof newApiKeySchema>;

export interface IssuedApiKey {
  id: string;
  name: string;
  prefix: string;
  sandbox: boolean;
  /** The whole key: shown to the user once, never stored. */
  key: string;
}

/** A new key for the practice, optionally bound to one of its locations. */
export async function createApiKey(db: Database, actor: Actor, input: NewApiKeyInput, now = new Date()): Promise<IssuedApiKey> {
  assertMainUser(actor);
  const { name, locationId, mode } = newApiKeySchema.parse(input);
  return db.transaction(async (tx) => {
    const location = locationId ? await findLocation(tx, actor.practiceId, locationId) : null;
    const issued = await insertKey(tx, actor.practiceId, { name, locationId: location?.id ?? null, sandbox: mode === "test" }, now);
    await recordAudit(
      tx,
      {
        practiceId: actor.practiceId,
        action: "api_key.created",
        actor: auditActor(actor),
        origin: actor.origin,
        details: { name, prefix: issued.prefix, location: location?.code ?? null, sandbox: issued.sandbox },
      },
      now,
    );
    return issued;
  });
}

/**
 * A new key in place of an active one, with the same name, location and mode (a test key stays one). The old key keeps
 * working for ROTATION_GRACE_DAYS so the PVS can be switched without refused reminders; a key
 * already rotated, expired or revoked cannot be rotated again (the new one is the one to rotate).
 */
export async function rotateApiKey(db: Database, actor: Actor, keyId: string, now = new Date()): Promise<IssuedApiKey & { oldPrefix: string; oldExpiresAt: Date }> {
  assertMainUser(actor);
  assertId(keyId);
  const expiresAt = new Date(now.getTime() + GRACE_MS);
  return db.transaction(async (tx) => {
    // One conditional UPDATE: two rotations of the same key at once cannot both win.
    const [old] = await tx
      .update(apiKeys)
      .set({ expiresAt })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.practiceId, actor.practiceId), sql`${apiKeys.revokedAt} is null and ${apiKeys.expiresAt} is null`))
      .returning({ name: apiKeys.name, prefix: apiKeys.prefix, locationId: apiKeys.locationId, sandbox: apiKeys.sandbox });
    if (!old) {
      await findKey(tx, actor.practiceId, keyId);
      throw new DomainError("not_found", "Dieser API-Key wurde schon erneuert oder widerrufen. Erneuern Sie den aktiven Key.");
    }
    const issued = await insertKey(tx, actor.practiceId, { name: old.name, locationId: old.locationId, sandbox: old.sandbox }, now);
    await recordAudit(
      tx,
      {
        practiceId: actor.practiceId,
        action: "api_key.rotated",
        actor: auditActor(actor),
        origin: actor.origin,
        details: { name: old.name, prefix: { from: old.prefix, to: issued.prefix }, oldKeyValidUntil: expiresAt.toISOString() },
      },
      now,
    );
    return { ...issued, oldPrefix: old.prefix, oldExpiresAt: expiresAt };
  });
}

/**
 * Stops a key at once, also one in its grace period. Revoking the practice's last working key
 * is allowed (a leaked key must be stoppable at any moment); the page warns before it.
 * Revoking a revoked key changes nothing.
 */
export async function revokeApiKey(db: Database, actor: Actor, keyId: string, now = new Date()): Promise<{ revoked: boolean; workingKeysLeft: number }> {
  assertMainUser(actor);
  assertId(keyId);
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.practiceId, actor.practiceId), sql`${apiKeys.revokedAt} is null`))
      .returning({ name: apiKeys.name, prefix: apiKeys.prefix });
    if (!revoked) {
      await findKey(tx, actor.practiceId, keyId);
      return { revoked: false, workingKeysLeft: await countWorkingKeys(tx, actor.practiceId, now) };
    }
    const workingKeysLeft = await countWorkingKeys(tx, actor.practiceId, now);
    await recordAudit(
      tx,
      {
        practiceId: actor.practiceId,
        action: "api_key.revoked",
        actor: auditActor(actor),
        origin: actor.origin,
        details: { name: revoked.name, prefix: revoked.prefix, workingKeysLeft },
      },
      now,
    );
    return { revoked: true, workingKeysLeft };
  });
}

async function insertKey(db: Database, practiceId: string, values: { name: string; locationId: string | null; sandbox: boolean }, now: Date): Promise<IssuedApiKey> {
  const generated = generateApiKey(values.sandbox ? "test" : "live");
  const [row] = await db
    .insert(apiKeys)
    .values({ practiceId, name: values.name, locationId: values.locationId, sandbox: values.sandbox, prefix: generated.prefix, keyHash: generated.hash, createdAt: now })
    .returning({ id: apiKeys.id });
  return { id: row.id, name: values.name, prefix: generated.prefix, sandbox: values.sandbox, key: generated.key };
}

/** Throws not_found unless the key is the practice's: another practice's id looks like none. */
async function findKey(db: Database, practiceId: string, keyId: string): Promise<void> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.practiceId, practiceId)));
  if (!row) throw new DomainError("not_found");
}

/** Another practice's location is not found, like any id of theirs; the message names the field. */
async function findLocation(db: Database, practiceId: string, locationId: string) {
  const notFound = new DomainError("not_found", DOMAIN_ERROR_MESSAGES.invalid_location, "locationId");
  try {
    assertId(locationId);
  } catch {
    throw notFound;
  }
  const [row] = await db
    .select({ id: locations.id, code: locations.code })
    .from(locations)
    .where(and(eq(locations.id, locationId), eq(locations.practiceId, practiceId)));
  if (!row) throw notFound;
  return row;
}

async function countWorkingKeys(db: Database, practiceId: string, now: Date): Promise<number> {
  const [row] = await selectRows<{ count: number | string }>(
    db,
    sql`select count(*) as count from api_keys
        where practice_id = ${practiceId} and revoked_at is null and (expires_at is null or expires_at > ${now.toISOString()}::timestamptz)`,
  );
  return Number(row?.count ?? 0);
}
