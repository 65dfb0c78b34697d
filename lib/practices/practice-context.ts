import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { locations, practices, users } from "../../db/schema";

/**
 * Who acts for which practice: a PVS with an API key, or a logged-in user of the portal.
 * Accepting a message needs only this, so a test SMS from the portal and a reminder from the
 * PVS go through the same code.
 */
export interface PracticeContext {
  practice: {
    id: string;
    name: string;
    optimiseCharacters: boolean;
    defaultSender: string | null;
    replyNumber: string | null;
    monthlyPartLimit: number | null;
  };
  /** The location the key is bound to or the user chose, if any. */
  location: { id: string; code: string } | null;
  apiKeyId: string | null;
  userId: string | null;
}

const practiceColumns = {
  id: practices.id,
  name: practices.name,
  optimiseCharacters: practices.optimiseCharacters,
  defaultSender: practices.defaultSender,
  replyNumber: practices.replyNumber,
  monthlyPartLimit: practices.monthlyPartLimit,
};

/**
 * The context of a portal user acting for their own practice; null when the user does not
 * exist or the location is not the practice's (both look alike to the caller: not found).
 */
export async function loadUserContext(db: Database, userId: string, locationId?: string): Promise<PracticeContext | null> {
  const [practice] = await db
    .select(practiceColumns)
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId));
  if (!practice) return null;
  let location: PracticeContext["location"] = null;
  if (locationId) {
    [location = null] = await db
      .select({ id: locations.id, code: locations.code })
      .from(locations)
      .where(and(eq(locations.id, locationId), eq(locations.practiceId, practice.id)));
    if (!location) return null;
  }
  return { practice, location, apiKeyId: null, userId };
}
