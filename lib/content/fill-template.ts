import type { PlaceholderKey } from "./template-types";

/** Puts values in for {Platzhalter}; unknown placeholders stay as they are. */
export function fillTemplate(text: string, values: Partial<Record<PlaceholderKey, string>>): string {
  return text.replace(/\{([A-Za-zÄÖÜäöüß]+)\}/g, (match, key: string) => values[key as PlaceholderKey] ?? match);
}
