// The public list of the character optimisation (/zeichenoptimierung), split by what really
// happens to a character: the API refuses some control characters outright, so the table's
// "removed" never takes effect for them and the page must not promise it.
import { containsRefusedControlCharacter } from "../sms/control-characters";
import { GSM_REPLACEMENTS, type CharacterReplacement } from "../sms/optimise";

export interface OptimisationList {
  /** Characters the optimisation replaces or drops. */
  replaced: CharacterReplacement[];
  /** Characters in the table that the API refuses before any optimisation. */
  refused: CharacterReplacement[];
}

export function buildOptimisationList(table: readonly CharacterReplacement[] = GSM_REPLACEMENTS): OptimisationList {
  const refused = table.filter((entry) => containsRefusedControlCharacter(entry.from));
  return { replaced: table.filter((entry) => !refused.includes(entry)), refused };
}
