// The 600-character limit counts Unicode code points: "ü" is one, "😀" is one, a flag
// (two regional indicators) is two and a family emoji joined by ZWJ counts each of its
// code points. Code points are what every JavaScript engine and database agree on;
// grapheme clusters (Intl.Segmenter) change with the ICU version, so the browser, the
// API and billing could disagree on the same text.
export const MAX_CHARACTERS = 600;

/** Number of Unicode code points; a lone surrogate counts as one. */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

export function exceedsCharacterLimit(text: string): boolean {
  return countCharacters(text) > MAX_CHARACTERS;
}
