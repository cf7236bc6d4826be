/**
 * A small word reader for the few words around a quotation: attribution looks only at a
 * bounded window on each side of a quote, so reading it into tokens costs a constant per quote.
 *
 * ```
 * ,” said Sergey Lavrov, Russia’s Foreign Minister.
 *   -> `,` `”` `said` `sergey` `lavrov` `,` `russia’s` `foreign` `minister` `.`
 * ```
 */

import { isSpaceCode, isWordCode } from './chars';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased word, or the punctuation character itself. */
  readonly w: string;
  readonly word: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'gov', 'sen',
  'rep', 'prof', 'rev', 'hon', 'pres', 'messrs', 'mme', 'mlle', 'no', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'adm', 'cmdr', 'supt', 'insp', 'det', 'fr', 'sec', 'amb', 'atty', 'jan', 'feb', 'mar', 'apr',
  'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);

/** Reads at most `max` tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to && out.length < max) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      out.push({ start: i, end: i + 1, w: text[i], word: false, cap: false });
      i++;
      continue;
    }
    const s = i;
    let dotted = false;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        i++;
        continue;
      }
      // Inner apostrophes, hyphens and dots: Russia’s, al-Assad, U.S.
      if ((d === 0x27 || d === 0x2019 || d === 45 || d === 46) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) {
        if (d === 46) dotted = true;
        i += 2;
        continue;
      }
      break;
    }
    // A final full stop that belongs to the word: Mr. Jones, U.S. officials, J. Smith.
    if (i < to && text.charCodeAt(i) === 46) {
      const w = text.slice(s, i).toLowerCase();
      if (dotted || i - s === 1 || ABBREVIATIONS.has(w)) i++;
    }
    const c0 = text.charCodeAt(s);
    let w = text.slice(s, i).toLowerCase();
    // `Tom ’s hat`, as tokenised text writes it: the possessive set apart goes with its word.
    if (i + 3 <= to && text.charCodeAt(i) === 32 && (text.charCodeAt(i + 1) === 0x2019 || text.charCodeAt(i + 1) === 0x27) && text.charCodeAt(i + 2) === 115 && (i + 3 === to || !isWordCode(text.charCodeAt(i + 3)))) {
      w += text[i + 1] + 's';
      i += 3;
    }
    out.push({ start: s, end: i, w, word: true, cap: text[s] !== w[0] || (c0 >= 65 && c0 <= 90) });
  }
  return out;
}

/** Punctuation that ends the clause a cue can belong to. */
export function endsClause(t: Token): boolean {
  if (t.word) return false;
  const c = t.w.charCodeAt(0);
  return (
    c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026 || c === 0x22 || c === 0x201c || c === 0x201d ||
    c === 0x2018 || c === 0x2019 || c === 0x27 || c === 0xab || c === 0xbb || c === 40 || c === 41
  );
}

/** Punctuation that ends a sentence (a quotation mark does not). */
export function endsSentence(t: Token): boolean {
  if (t.word) return false;
  const c = t.w.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026;
}

/** Strips a possessive ending: `russia’s` -> `russia`, `joneses'` stays. */
export function stripPossessive(w: string): string {
  const n = w.length;
  if (n > 2 && (w.charCodeAt(n - 2) === 0x27 || w.charCodeAt(n - 2) === 0x2019) && w.charCodeAt(n - 1) === 115) return w.slice(0, n - 2);
  return w;
}

/** True when the word is possessive (`Lavrov’s`), or followed by a detached `'s` token. */
export function isPossessiveAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t.word && stripPossessive(t.w) !== t.w) return true;
  const n = toks[k + 1];
  const m = toks[k + 2];
  return n !== undefined && !n.word && (n.w === "'" || n.w === '’') && m !== undefined && m.word && m.w === 's';
}
