import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { locations, practices, users } from "../../db/schema";
import { quietHoursOf, type QuietHours } from "../messages/quiet-hours";
import { isHomeCountry, type HomeCountry } from "../sms/phone-number";

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
    /** How national recipient numbers (without country code) are read. */
    country: HomeCountry;
    /** The sign-up address was confirmed; until then only the simulator takes its messages. */
    emailConfirmed: boolean;
    /** The sending window; messages due outside it are held until it opens. Null: none. */
    quietHours: QuietHours | null;
  };
  /** The location the key is bound to or the user chose, if any. */
  location: { id: string; code: string } | null;
  apiKeyId: string | null;
  /** Sent with a test key (pb_test_…): to the simulator, never billed; a portal user is never in the sandbox. */
  sandbox: boolean;
  userId: string | null;
}

const practiceColumns = {
  id: practices.id,
  name: practices.name,
  optimiseCharacters: practices.optimiseCharacters,
  defaultSender: practices.defaultSender,
  replyNumber: practices.replyNumber,
  monthlyPartLimit: practices.monthlyPartLimit,
  country: practices.country,
  emailConfirmedAt: practices.emailConfirmedAt,
  quietHoursStart: practices.quietHoursStart,
  quietHoursEnd: practices.quietHoursEnd,
};

/** The practice's country as stored; the column defaults to DE, and only DE and AT are offered. */
export function homeCountryOf(stored: string): HomeCountry {
  return isHomeCountry(stored) ? stored : "DE";
}

/**
 * The context of a portal user acting for their own practice; null when the user does not
 * exist or the location is not the practice's (both look alike to the caller: not found).
 */
export async function loadUserContext(db: Database, userId: string, locationId?: string): Promise<PracticeContext | null> {
  const [row] = await db
    .select(practiceColumns)
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const { emailConfirmedAt, quietHoursStart, quietHoursEnd, ...columns } = row;
  const practice = { ...columns, country: homeCountryOf(row.country), emailConfirmed: emailConfirmedAt !== null, quietHours: quietHoursOf(quietHoursStart, quietHoursEnd) };
  let location: PracticeContext["location"] = null;
  if (locationId) {
    [location = null] = await db
      .select({ id: locations.id, code: locations.code })
      .from(locations)
      .where(and(eq(locations.id, locationId), eq(locations.practiceId, practice.id)));
    if (!location) return null;
  }
  return { practice, location, apiKeyId: null, sandbox: false, userId };
}
