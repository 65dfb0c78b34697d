import { randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "../auth/secret-box";

// A webhook endpoint's signing secrets. We must read them back to sign, so they are sealed
// with the installation's encryption key rather than hashed like API keys.

/** After a rotation the old secret keeps signing for this long, so the PVS can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A new secret as the Standard Webhooks spec writes it: `whsec_` and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function sealWebhookSecret(secret: string, encryptionKey: string): string {
  return sealSecret(secret, encryptionKey);
}

interface SealedSecrets {
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretUntil: Date | null;
}

/** The secrets that sign at `now`: the current one, and the previous one during the overlap. */
export function signingSecrets(endpoint: SealedSecrets, encryptionKey: string, now: Date): string[] {
  const sealed = [endpoint.secretSealed];
  if (endpoint.previousSecretSealed && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now) sealed.push(endpoint.previousSecretSealed);
  return sealed.map((value) => {
    const secret = openSecret(value, encryptionKey);
    if (!secret) throw new Error("webhook secret cannot be opened with this AUTH_ENCRYPTION_KEY");
    return secret;
  });
}
