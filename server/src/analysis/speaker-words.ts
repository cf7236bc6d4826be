/**
 * Words of a speaker label, read with char-code checks at a known offset: `MS.`, `HALVORSEN`,
 * `McFADDEN`, `Jean-Luc`, `al-Assad`, `F.`. Bounded by the caller's line end.
 */
import { DOTTED_ABBREVIATIONS, NAME_PARTICLES } from './speaker-lexicon';
import { isDigit, isHSpace } from './chars';

export const enum WordClass {
  /** Not a name word: digits, punctuation, nothing read. */
  Other = 0,
  /** Written in capitals (`HALVORSEN`, `MS.`, `McFADDEN`, `AL-ASSAD`). */
  Caps = 1,
  /** Capitalised (`Chris`, `McDonald`, `Jean-Luc`). */
  Cap = 2,
  /** Starts with a lower-case letter (`de`, `al-Assad`, `eric`). */
  Lower = 3,
  /** One capital and a dot (`F.`). */
  Initial = 4,
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isLetterCode(c: number): boolean {
  return isUpperCode(c) || isLowerCode(c);
}

/** Characters a label word is made of: letters, digits and `. ' ’ - _ &`. */
function isLabelWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 46 || c === 39 || c === 45 || c === 95 || c === 38;
  }
  if (c === 0x2019) return true;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xfeff || c === 0x3000) return false;
  return c >= 0xc0;
}

/**
 * Reads one word from `i`. A final dot that ends the label is left out (`WHITFIELD.` ->
 * `WHITFIELD`), but kept on initials, short honorifics, dotted acronyms and known
 * abbreviations (`F.`, `MS.`, `U.S.`, `SEN.`).
 */
export function readWord(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 60 && isLabelWordCode(text.charCodeAt(j))) j++;
  if (j - i >= 4 && text.charCodeAt(j - 1) === 46) {
    const bare = text.slice(i, j - 1);
    if (bare.indexOf('.') < 0 && !DOTTED_ABBREVIATIONS.has(bare.toUpperCase())) j--;
  }
  return j;
}

/** Classifies the word `text[i..j)`. */
export function classifyWord(text: string, i: number, j: number): WordClass {
  if (j <= i) return WordClass.Other;
  const first = text.charCodeAt(i);
  let letters = 0;
  let lowers = 0;
  let k = i;
  // `Mc` / `Mac` before a capital is part of a capitals surname (`McFADDEN`).
  if (first === 77 && j - i > 3 && text.charCodeAt(i + 1) === 99) {
    if (isUpperCode(text.charCodeAt(i + 2))) {
      k = i + 2;
      letters = 2;
    } else if (text.charCodeAt(i + 2) === 97 && isUpperCode(text.charCodeAt(i + 3)) && isUpperCode(text.charCodeAt(i + 4))) {
      k = i + 3;
      letters = 3;
    }
  }
  for (; k < j; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) return WordClass.Other;
    if (isLowerCode(c)) {
      letters++;
      lowers++;
    } else if (isUpperCode(c)) letters++;
  }
  if (letters === 0) return WordClass.Other;
  if (isUpperCode(first)) {
    if (letters === 1 && text.charCodeAt(j - 1) === 46 && j - i === 2) return WordClass.Initial;
    return lowers === 0 ? WordClass.Caps : WordClass.Cap;
  }
  if (isLowerCode(first)) return WordClass.Lower;
  return WordClass.Other;
}

/** True when a lower-case word may stand inside a name: `de`, `van`, `al-Assad`, `bin`. */
export function isNameParticle(text: string, i: number, j: number): boolean {
  // Upper case is never shorter: a longer word is none of the particles (no string made).
  if (j - i <= MAX_NAME_PARTICLE && NAME_PARTICLES.has(text.slice(i, j).toUpperCase())) return true;
  // `al-Assad`: the first hyphen, within the first four characters, before a capital.
  for (let d = 0; d <= 3 && i + d < j; d++) {
    if (text.charCodeAt(i + d) === 45) return d > 0 && i + d + 1 < j && isUpperCode(text.charCodeAt(i + d + 1));
  }
  return false;
}

/** The longest of NAME_PARTICLES. */
const MAX_NAME_PARTICLE = Math.max(...[...NAME_PARTICLES].map((w) => w.length));

/** Number of letters in `text[i..j)`. */
export function countLetters(text: string, i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (isLetterCode(text.charCodeAt(k))) n++;
  return n;
}

/**
 * After a word ending at `j`, the start of the next word of the same label: exactly one
 * space (or no-break space) and then a non-space. Returns -1 otherwise.
 */
export function nextWordStart(text: string, j: number, end: number): number {
  if (j + 1 >= end || !isHSpace(text.charCodeAt(j))) return -1;
  return isHSpace(text.charCodeAt(j + 1)) ? -1 : j + 1;
}

/** Opening quotation marks that start the speech of a capitals label (`"`, `“`, `„`, `«`). */
export function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018 || c === 39;
}

/**
 * What may follow a label's ':' or '.': the end of the line, a space, a quotation mark, a
 * bracket or a dash. Never a digit, a letter or `/` (`12:52`, `http://`, `U.S.`).
 */
export function isAfterTerminator(text: string, k: number, end: number): boolean {
  if (k >= end) return true;
  const c = text.charCodeAt(k);
  return isHSpace(c) || isOpeningQuote(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026;
}
