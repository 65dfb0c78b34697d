// GSM 03.38 default alphabet (3GPP TS 23.038, 6.2.1), in code order 0x00–0x7F.
// 0x1B is the escape to the extension table and is not a character of its own,
// so it is left out of the lookup below. 0x09 is capital Ç, as the standard says;
// many libraries wrongly put small ç there.
export const GSM_BASIC_CHARACTERS =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

// The extension table (TS 23.038, 6.2.1.1): each character is sent as ESC + code,
// so it costs two septets. U+000C is the form feed (page break).
export const GSM_EXTENSION_CHARACTERS = "\f^{}\\[~]|€";

export type GsmClass = "basic" | "extension" | "unicode";

// Septets per UTF-16 code unit: 1 basic, 2 extension, 0 not in GSM-7.
// A flat table keeps the hot loop of the segment counter free of hashing.
export const SEPTET_COST = new Uint8Array(0x10000);
for (const char of GSM_BASIC_CHARACTERS) {
  if (char !== "\u001b") SEPTET_COST[char.charCodeAt(0)] = 1;
}
for (const char of GSM_EXTENSION_CHARACTERS) SEPTET_COST[char.charCodeAt(0)] = 2;

/** Septets a UTF-16 code unit costs in GSM-7, or 0 when it forces UCS-2. */
export function septetCost(codeUnit: number): number {
  return SEPTET_COST[codeUnit];
}

/** How a single character (one code point) is encoded. */
export function classifyCharacter(char: string): GsmClass {
  if (char.length !== 1) return "unicode";
  const cost = SEPTET_COST[char.charCodeAt(0)];
  return cost === 1 ? "basic" : cost === 2 ? "extension" : "unicode";
}

export function isGsmText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (SEPTET_COST[text.charCodeAt(i)] === 0) return false;
  }
  return true;
}
