import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Secrets we must read back (TOTP seeds) are kept with AES-256-GCM. The key is derived from
// AUTH_ENCRYPTION_KEY, so any length of configured secret gives a 256-bit key.

const VERSION = "v1";

const keyFrom = (secret: string) => createHash("sha256").update(secret, "utf8").digest();

export function sealSecret(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The plaintext, or null when the value was not sealed with this key or was tampered with. */
export function openSecret(value: string, secret: string): string | null {
  const [version, iv, tag, sealed] = value.split(".");
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
