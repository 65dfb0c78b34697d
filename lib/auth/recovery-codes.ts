import { createHash, randomBytes } from "node:crypto";

// Ten single-use codes for when the phone is lost. Stored as SHA-256: each has 50 random bits
// and is useful once, so a slow hash would add nothing but latency.

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

/** "abcde-fghjk": two groups of five, no 0/o or 1/l. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = "";
    while (code.length < 10) {
      const [byte] = randomBytes(1);
      if (byte < 248) code += ALPHABET[byte % ALPHABET.length];
    }
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Case, spaces and the dash do not matter when the code is typed in. */
export const hashRecoveryCode = (code: string): string =>
  createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, ""), "utf8").digest("hex");
