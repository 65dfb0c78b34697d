import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { locations } from "../../db/schema";
import { assertId, assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { postalCodeProblem, postalCodeSchema, text } from "../accounts/sign-up-schema";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import { MAX_LOCATION_CODE_LENGTH } from "../messages/sms-request-schema";
import { containsRefusedControlCharacter } from "../sms/control-characters";
import { diffFields, type SaveResult } from "./practice-settings";

// A practice's locations ("Standorte"): the code is what the PVS sends as `location`, so it
// follows the API's rules for that field (trimmed, at most 100 characters, no control characters).

export const LOCATION_FIELDS = ["code", "name", "street", "postalCode", "city"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Höchstens ${max} Zeichen.`)
    .transform((value) => value || null);

export const locationSchema = (country: string) =>
  z.object({
    code: z
      .string({ error: "Bitte geben Sie den Code an, den Ihr PVS für diesen Standort sendet." })
      .trim()
      .min(1, "Bitte geben Sie den Code an, den Ihr PVS für diesen Standort sendet.")
      .max(MAX_LOCATION_CODE_LENGTH, `Der Code hat höchstens ${MAX_LOCATION_CODE_LENGTH} Zeichen.`)
      .refine((code) => !containsRefusedControlCharacter(code) && code.isWellFormed(), "Der Code enthält unzulässige Zeichen."),
    name: text("einen Namen für den Standort", 2, 120),
    // The address is optional: it only appears on the location's statement.
    street: optionalText(120),
    postalCode: z
      .string()
      .trim()
      .transform((value) => value || null)
      .pipe(
        postalCodeSchema
          .superRefine((postalCode, context) => {
            const problem = postalCodeProblem(country, postalCode);
            if (problem) context.addIssue({ code: "custom", message: problem });
          })
          .nullable(),
      ),
    city: optionalText(80),
  });

export type LocationInput = z.output<ReturnType<typeof locationSchema>>;

export interface PracticeLocation extends LocationInput {
  id: string;
  /** Messages booked there; a location with messages can be renamed, not deleted. */
  messageCount: number;
  /** API keys bound to it. */
  apiKeyCount: number;
}

export async function listLocations(db: Database, actor: Actor): Promise<PracticeLocation[]> {
  assertMainUser(actor);
  const rows = await selectRows<Omit<PracticeLocation, "messageCount" | "apiKeyCount"> & { messageCount: string | number; apiKeyCount: string | number }>(
    db,
    sql`select l.id, l.code, l.name, l.street, l.postal_code as "postalCode", l.city,
               (select count(*) from messages m where m.location_id = l.id) as "messageCount",
               (select count(*) from api_keys k where k.location_id = l.id) as "apiKeyCount"
        from locations l where l.practice_id = ${actor.practiceId} order by l.name, l.code`,
  );
  return rows.map((row) => ({ ...row, messageCount: Number(row.messageCount), apiKeyCount: Number(row.apiKeyCount) }));
}

const codeTaken = (input: Record<string, string>): SaveResult => ({
  ok: false,
  error: new z.ZodError([{ code: "custom", path: ["code"], message: "Diesen Code hat schon ein anderer Standort Ihrer Praxis.", input: input.code }]),
});

async function practiceCountry(db: Database, practiceId: string): Promise<string> {
  const [row] = await selectRows<{ country: string }>(db, sql`select country from practices where id = ${practiceId}`);
  if (!row) throw new DomainError("not_found");
  return row.country;
}

export async function addLocation(db: Database, actor: Actor, input: Record<string, string>, now = new Date()): Promise<SaveResult & { id?: string }> {
  assertMainUser(actor);
  const parsed = locationSchema(await practiceCountry(db, actor.practiceId)).safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return db.transaction(async (tx) => {
    const [added] = await tx
      .insert(locations)
      .values({ practiceId: actor.practiceId, ...parsed.data, createdAt: now })
      .onConflictDoNothing({ target: [locations.practiceId, locations.code] })
      .returning({ id: locations.id });
    if (!added) return codeTaken(input);
    await recordAudit(
      tx,
      { practiceId: actor.practiceId, action: "location.added", actor: auditActor(actor), origin: actor.origin, details: { ...parsed.data } },
      now,
    );
    return { ok: true, changed: [...LOCATION_FIELDS], id: added.id };
  });
}

/** Edits a location (code, name, address). Its messages stay booked there under the new name. */
export async function updateLocation(db: Database, actor: Actor, locationId: string, input: Record<string, string>, now = new Date()): Promise<SaveResult> {
  assertMainUser(actor);
  assertId(locationId);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ code: locations.code, name: locations.name, street: locations.street, postalCode: locations.postalCode, city: locations.city })
      .from(locations)
      .where(and(eq(locations.id, locationId), eq(locations.practiceId, actor.practiceId)))
      .for("update");
    if (!current) throw new DomainError("not_found");
    const parsed = locationSchema(await practiceCountry(tx, actor.practiceId)).safeParse(input);
    if (!parsed.success) return { ok: false, error: parsed.error };
    const changes = diffFields<Record<string, unknown>>(current, parsed.data, LOCATION_FIELDS);
    const changed = Object.keys(changes);
    if (changed.length === 0) return { ok: true, changed };
    if (changes.code) {
      const [clash] = await tx
        .select({ id: locations.id })
        .from(locations)
        .where(and(eq(locations.practiceId, actor.practiceId), eq(locations.code, parsed.data.code)));
      if (clash) return codeTaken(input);
    }
    await tx.update(locations).set(parsed.data).where(and(eq(locations.id, locationId), eq(locations.practiceId, actor.practiceId)));
    await recordAudit(
      tx,
      { practiceId: actor.practiceId, action: "location.changed", actor: auditActor(actor), origin: actor.origin, details: { location: current.code, ...changes } },
      now,
    );
    return { ok: true, changed };
  });
}

/**
 * Deletes a location without messages and without API keys bound to it. One with messages is
 * renamed instead (its statements name it); deleting one with a key would silently make the key
 * practice-wide. The row lock waits for a message being accepted for it right now.
 */
export async function deleteLocation(db: Database, actor: Actor, locationId: string, now = new Date()): Promise<void> {
  assertMainUser(actor);
  assertId(locationId);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ code: locations.code, name: locations.name })
      .from(locations)
      .where(and(eq(locations.id, locationId), eq(locations.practiceId, actor.practiceId)))
      .for("update");
    if (!current) throw new DomainError("not_found");
    const [usage] = await selectRows<{ used: boolean }>(
      tx,
      sql`select exists (select 1 from messages where location_id = ${locationId})
              or exists (select 1 from api_keys where location_id = ${locationId}) as used`,
    );
    if (usage?.used) throw new DomainError("location_in_use");
    await tx.delete(locations).where(and(eq(locations.id, locationId), eq(locations.practiceId, actor.practiceId)));
    await recordAudit(
      tx,
      { practiceId: actor.practiceId, action: "location.removed", actor: auditActor(actor), origin: actor.origin, details: { code: current.code, name: current.name } },
      now,
    );
  });
}
