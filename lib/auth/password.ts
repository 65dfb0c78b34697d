import "server-only";
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// No 0/O or 1/l/I: an operator may have to read the password out over the phone.
const READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password of four groups, e.g. "h7Kq-2mPz-Wx4a-9tRe". */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    while (group.length < 4) {
      const [byte] = randomBytes(1);
      if (byte < 220) group += READABLE[byte % READABLE.length];
    }
    groups.push(group);
  }
  return groups.join("-");
}
