import { generate, generateSecret, generateURI, verify } from "otplib";

// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), as every
// authenticator app expects. One step of clock drift either way is accepted.

const STEP_SECONDS = 30;
const TOLERANCE_SECONDS = STEP_SECONDS;
const ISSUER = "Praxisbote";

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// link the QR code carries. */
export const totpUri = (secret: string, email: string): string => generateURI({ issuer: ISSUER, label: email, secret });

const epochOf = (now: Date) => Math.floor(now.getTime() / 1000);

export const totpCode = (secret: string, now = new Date()): Promise<string> => generate({ secret, epoch: epochOf(now) });

/**
 * The time step a code belongs to when it is valid now and newer than `lastStep` (a code is
 * accepted once: a code seen over someone's shoulder cannot be used again); null otherwise.
 */
export async function acceptTotpCode(secret: string, code: string, lastStep: number | null, now = new Date()): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epoch: epochOf(now), epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid) return null;
  const step = Math.floor(epochOf(now) / STEP_SECONDS) + result.delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
