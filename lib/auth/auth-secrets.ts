import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

// The portal's two secrets. Set them in the environment where several instances share a
// database server (a production start there refuses to run without them). Unset — a laptop,
// the embedded database — each is generated once per installation and kept in DATA_DIR, so no
// secret is ever a value anyone can read in our repository.

interface StoredSecrets {
  authSecret: string;
  encryptionKey: string;
}

let stored: StoredSecrets | undefined;

function installationSecrets(): StoredSecrets {
  if (stored) return stored;
  const file = path.join(env.DATA_DIR, "auth-secrets.json");
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as StoredSecrets;
  } catch {
    const fresh = { authSecret: randomBytes(32).toString("base64url"), encryptionKey: randomBytes(32).toString("base64url") };
    mkdirSync(env.DATA_DIR, { recursive: true });
    // "wx": of two processes starting at once, the second reads what the first wrote.
    try {
      writeFileSync(file, JSON.stringify(fresh), { mode: 0o600, flag: "wx" });
      chmodSync(file, 0o600);
      stored = fresh;
    } catch {
      stored = JSON.parse(readFileSync(file, "utf8")) as StoredSecrets;
    }
  }
  return stored!;
}

export const authSecret = (): string => env.AUTH_SECRET ?? installationSecrets().authSecret;
export const authEncryptionKey = (): string => env.AUTH_ENCRYPTION_KEY ?? installationSecrets().encryptionKey;
