import { countCharacters } from "./characters";
import { segmentSms } from "./segments";

/** "[142 Zeichen | 1 SMS]" — the count shown beside every text, as practices know it. */
export function formatCountLabel(text: string): string {
  return `[${countCharacters(text)} Zeichen | ${segmentSms(text).segments} SMS]`;
}

/** "GSM-7" stays; UCS-2 is named the way practices meet it: Unicode. */
export function encodingLabel(encoding: "GSM-7" | "UCS-2"): string {
  return encoding === "GSM-7" ? "GSM-7 (Standard)" : "Unicode (UCS-2)";
}
