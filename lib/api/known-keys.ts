import type { PracticeContext } from "../practices/practice-context";

// What `authenticate` last found for each key (by its hash), for a send in one statement
// (lib/api/known-key-send.ts). Never trusted on its own: that statement compares it with the
// database.

export interface KnownKey {
  caller: PracticeContext;
  /** The key's row as PostgreSQL wrote it as JSON. */
  settings: string;
}

const MAX_KNOWN_KEYS = 10_000;
const knownKeys = new Map<string, KnownKey>();

export function rememberKey(keyHash: string, caller: PracticeContext, settings: string): void {
  knownKeys.delete(keyHash);
  // Oldest first: a map keeps the order of insertion.
  if (knownKeys.size >= MAX_KNOWN_KEYS) knownKeys.delete(knownKeys.keys().next().value!);
  knownKeys.set(keyHash, { caller, settings });
}

export function knownKey(keyHash: string): KnownKey | undefined {
  return knownKeys.get(keyHash);
}
