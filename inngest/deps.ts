import { getDb, type Database } from "../db/client";
import type { Carrier } from "../lib/carriers/carrier";
import { getRuntime } from "../lib/delivery/runtime";
import type { RateLimiter } from "../lib/delivery/rate-limiter";
import type { Mailer } from "../lib/email/mailer";

/**
 * What the durable functions need from the outside world. Getters, not values: the database
 * is opened and the carrier chosen on first use, never when a module is imported. Tests pass
 * their own (a test database, a fake carrier and mailer).
 */
export interface FunctionDeps {
  db: () => Promise<Database>;
  carrier: () => Carrier;
  mailer: () => Mailer;
  limiter?: () => RateLimiter;
}

export const runtimeDeps: FunctionDeps = {
  db: getDb,
  carrier: () => getRuntime().carrier,
  mailer: () => getRuntime().mailer,
  limiter: () => getRuntime().limiter,
};
