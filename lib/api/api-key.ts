import { createHash, randomBytes } from "node:crypto";

/** Live keys send real SMS; test keys (sandbox) go to the simulator and are never billed. */
export const KEY_PREFIXES = { live: "pb_live_", test: "pb_test_" } as const;
export type ApiKeyMode = keyof typeof KEY_PREFIXES;
// Both prefixes have 8 characters, so every stored prefix is 14 long.
const VISIBLE_LENGTH = KEY_PREFIXES.live.length + 6;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export interface NewApiKey {
  /** Shown to the practice once; never stored. */
  key: string;
  /** The first characters, stored and shown so staff can tell keys apart. */
  prefix: string;
  hash: string;
}

/** A new key: 32 random base62 characters (≈190 bits) behind a recognisable prefix. */
export function generateApiKey(mode: ApiKeyMode = "live"): NewApiKey {
  const bytes = randomBytes(32);
  let secret = "";
  // 248 is the largest multiple of 62 below 256: rejecting larger bytes keeps it unbiased.
  for (const byte of bytes) if (byte < 248) secret += ALPHABET[byte % 62];
  while (secret.length < 32) {
    const [byte] = randomBytes(1);
    if (byte < 248) secret += ALPHABET[byte % 62];
  }
  const key = KEY_PREFIXES[mode] + secret.slice(0, 32);
  return { key, prefix: key.slice(0, VISIBLE_LENGTH), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
