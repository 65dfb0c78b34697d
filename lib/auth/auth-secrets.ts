import "server-only";
import { env } from "../env";

// Development values, so that a fresh clone can log in without configuration. A production
// start refuses to run on them (lib/config/production-check.ts lists AUTH_SECRET and
// AUTH_ENCRYPTION_KEY when they are unset).
const DEVELOPMENT_AUTH_SECRET = "praxisbote-development-auth-secret-not-for-production";
const DEVELOPMENT_ENCRYPTION_KEY = "praxisbote-development-encryption-key-not-for-production";

export const authSecret = (): string => env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET;
export const authEncryptionKey = (): string => env.AUTH_ENCRYPTION_KEY ?? DEVELOPMENT_ENCRYPTION_KEY;
