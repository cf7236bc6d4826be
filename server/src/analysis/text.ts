/**
 * Line scanning shared by every analysis step. Lines end at LF, CRLF or a lone CR;
 * a line's `end` excludes its line break.
 */

import { foldName } from './lexicon-translit';

export interface LineIndex {
  /** Offset where each line starts. */
  readonly starts: readonly number[];
  /** Offset where each line's content ends (before its line break). */
  readonly ends: readonly number[];
}

/**
 * Splits `text` into lines. The breaks are found with `indexOf` (the engine's fast search),
 * one search for LF and one for CR, each taken up again past the break it found.
 */
export function scanLines(text: string): LineIndex {
  const starts: number[] = [0];
  const ends: number[] = [];
  const n = text.length;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  if (lf < 0) lf = n;
  if (cr < 0) cr = n;
  while (lf < n || cr < n) {
    if (lf < cr) {
      ends.push(lf);
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
      if (lf < 0) lf = n;
    } else {
      // A CR, alone or before an LF (CRLF is one break).
      ends.push(cr);
      let next = cr + 1;
      if (lf === next && next < n) {
        next++;
        lf = text.indexOf('\n', next);
        if (lf < 0) lf = n;
      }
      starts.push(next);
      cr = text.indexOf('\r', next);
      if (cr < 0) cr = n;
    }
  }
  ends.push(n);
  return { starts, ends };
}

/** Index of the line holding `offset` (binary search). */
export function lineAt(lines: LineIndex, offset: number): number {
  const s = lines.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when the line holds only white space (including U+00A0). */
export function isBlankLine(text: string, lines: LineIndex, line: number): boolean {
  for (let i = lines.starts[line]; i < lines.ends[line]; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2007 && c !== 0x202f && c !== 0xfeff) return false;
  }
  return true;
}

/** A readable, stable slug of a name: `Vladimir Putin` -> `vladimir-putin`. */
export function slugify(name: string): string {
  const s = foldName(name).replace(/[^a-z0-9]+/g, '-');
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 45) a++;
  while (b > a && s.charCodeAt(b - 1) === 45) b--;
  return s.slice(a, b) || 'actor';
}

/**
 * A piece of the text as a string of its own. A slice of a long string points into that
 * string and keeps all of it alive; what the analysis keeps across edits (labels, quote words)
 * must not keep every earlier version of the text.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
