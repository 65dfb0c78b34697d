import type { AnalysedCharacter } from "@/lib/sms/analyse";
import { codePointLabel, displayCharacter, explainCharacter } from "./character-notes";

/** Each character that drives the cost, once, with how often it occurs and why. */
export function CostlyCharacters({ characters }: { characters: AnalysedCharacter[] }) {
  const counts = new Map<string, { character: AnalysedCharacter; count: number }>();
  for (const character of characters) {
    if (character.kind === "basic") continue;
    const entry = counts.get(character.char);
    if (entry) entry.count++;
    else counts.set(character.char, { character, count: 1 });
  }
  if (counts.size === 0) {
    return <p className="text-sm text-slate-600">Keine kostentreibenden Zeichen – alles im GSM-Standardzeichensatz.</p>;
  }
  return (
    <ul className="space-y-2 text-sm" aria-label="Kostentreibende Zeichen">
      {[...counts.values()].map(({ character, count }) => (
        <li key={character.char} className="flex gap-3">
          <span
            className={`inline-flex h-7 min-w-7 shrink-0 items-center justify-center rounded px-1 font-mono ${
              character.kind === "extension" ? "bg-amber-200 text-amber-950" : "bg-rose-200 text-rose-950"
            }`}
            aria-hidden="true"
          >
            {displayCharacter(character.char)}
          </span>
          <span>
            <span className="font-medium">
              {character.kind === "extension" ? "Zählt doppelt" : "Erzwingt Unicode"}
              {count > 1 ? ` (${count}×)` : ""}
            </span>{" "}
            <span className="text-slate-500">{codePointLabel(character.char)}</span>
            <br />
            {explainCharacter(character)}
          </span>
        </li>
      ))}
    </ul>
  );
}
