/**
 * Character classes read by char code, shared by the scanners (quotes, speaker labels,
 * attribution). Where a scanner needs a class of its own, it keeps it under its own name.
 */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Letters and digits of any script: not punctuation, symbols, CJK punctuation, variation
 * selectors, private use, or surrogates (emoji and other astral characters are no word).
 */
export function isWordCode(c: number): boolean {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false; // surrogates (emoji and other astral symbols), private use
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors
  return c !== 0xfeff;
}

/** White space (line start or end, given as -1, counts as space). */
export function isSpaceCode(c: number): boolean {
  return (
    c === -1 ||
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Horizontal white space, including U+00A0 and the other no-break spaces. */
export function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff || c === 0x3000;
}

/** Space, tab or no-break space only: the blanks typed between words of a sentence. */
export function isPlainBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
