import { SEPTET_COST } from "./gsm-charset";

// A module-local reference: transpiled ES imports are property reads, too slow for the hot loop.
const COST = SEPTET_COST;

export type SmsEncoding = "GSM-7" | "UCS-2";

// Capacity of one SMS in septets (GSM-7) or UTF-16 code units (UCS-2). A concatenated
// message loses room to the 6-octet user data header (TS 23.040, 9.2.3.24.1).
export const PART_CAPACITY = {
  "GSM-7": { single: 160, concatenated: 153 },
  "UCS-2": { single: 70, concatenated: 67 },
} as const satisfies Record<SmsEncoding, { single: number; concatenated: number }>;

export interface SmsSegmentation {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the whole text. */
  units: number;
  /** Number of SMS parts billed; 0 for an empty text. */
  segments: number;
  /** The exact text of each part, in order. */
  parts: string[];
  /** Units still free in the last part before another part is needed. */
  remaining: number;
}

/** Encoding, length and the exact parts of an SMS text. */
export function segmentSms(text: string): SmsSegmentation {
  const { single, concatenated } = PART_CAPACITY["GSM-7"];
  // One pass does it all for GSM-7: the total, and where each concatenated part would start.
  // An escape pair that does not fit moves whole to the next part (TS 23.040 9.2.3.24.1),
  // so such a part holds 152 septets.
  let cuts: number[] | undefined;
  let septets = 0;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = COST[text.charCodeAt(i)];
    if (cost === 0) return segmentUcs2(text);
    if (used + cost > concatenated) {
      (cuts ??= []).push(i);
      used = 0;
    }
    used += cost;
    septets += cost;
  }
  if (septets <= single) {
    const empty = text.length === 0;
    return { encoding: "GSM-7", units: septets, segments: empty ? 0 : 1, parts: empty ? [] : [text], remaining: single - septets };
  }
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts ?? []) {
    parts.push(text.slice(start, cut));
    start = cut;
  }
  parts.push(text.slice(start));
  return { encoding: "GSM-7", units: septets, segments: parts.length, parts, remaining: concatenated - used };
}

function segmentUcs2(text: string): SmsSegmentation {
  const { single, concatenated } = PART_CAPACITY["UCS-2"];
  const units = text.length;
  if (units <= single) {
    return { encoding: "UCS-2", units, segments: 1, parts: [text], remaining: single - units };
  }
  const parts: string[] = [];
  let start = 0;
  while (units - start > concatenated) {
    let end = start + concatenated;
    // Never cut between the two halves of a surrogate pair: the handset would show two
    // replacement characters instead of one emoji.
    if (isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return { encoding: "UCS-2", units, segments: parts.length, parts, remaining: concatenated - (units - start) };
}

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

function isLowSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xdc00 && codeUnit <= 0xdfff;
}

/** Length of one part in the message's encoding: septets for GSM-7, UTF-16 units for UCS-2. */
export function partUnits(part: string, encoding: SmsEncoding): number {
  if (encoding === "UCS-2") return part.length;
  let septets = 0;
  for (let i = 0; i < part.length; i++) septets += COST[part.charCodeAt(i)];
  return septets;
}
