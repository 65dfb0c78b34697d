import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { installationSettings } from "../../db/schema";

export const SIMULATOR_SECRET_SETTING = "simulator_secret";

/**
 * The simulator's webhook secret when SIMULATOR_SECRET is unset: random, created by whichever
 * instance asks first and read by all (a report signed by one instance may reach another).
 * A public default would let anyone forge a delivery report or a patient's reply.
 */
export async function ensureSimulatorSecret(db: Database): Promise<string> {
  await db
    .insert(installationSettings)
    .values({ key: SIMULATOR_SECRET_SETTING, value: randomBytes(32).toString("hex") })
    .onConflictDoNothing({ target: installationSettings.key });
  const [row] = await db
    .select({ value: installationSettings.value })
    .from(installationSettings)
    .where(eq(installationSettings.key, SIMULATOR_SECRET_SETTING));
  return row.value;
}
