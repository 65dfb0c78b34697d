import { countCharacters } from "./characters";
import { segmentSms } from "./segments";

export interface CountSummary {
  characters: number;
  segments: number;
  /** "[142 Zeichen | 1 SMS]" — the count shown beside every text, as practices know it. */
  label: string;
}

export function summariseCount(text: string): CountSummary {
  const characters = countCharacters(text);
  const { segments } = segmentSms(text);
  return { characters, segments, label: `[${characters} Zeichen | ${segments} SMS]` };
}

export function formatCountLabel(text: string): string {
  return summariseCount(text).label;
}

/** "GSM-7" stays; UCS-2 is named the way practices meet it: Unicode. */
export function encodingLabel(encoding: "GSM-7" | "UCS-2"): string {
  return encoding === "GSM-7" ? "GSM-7 (Standard)" : "Unicode (UCS-2)";
}
