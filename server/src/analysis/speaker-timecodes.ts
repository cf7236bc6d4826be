/**
 * Timecodes: `02:47`, `00:12:03`, `00:00:01.500`, bare or in `[...]` / `(...)`, and clock
 * times such as `12:52 P.M. EST`. Every reader here works at a given offset with char-code
 * checks and returns the offset after what it read, or -1.
 */
import { isAsciiLetter, isDigit, isHSpace } from './chars';
import type { Span } from './model';

/** Skips horizontal white space from `i` up to `end`. */
export function skipHSpace(text: string, i: number, end: number): number {
  while (i < end && isHSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads `m:ss`, `mm:ss`, `h:mm:ss` or `hh:mm:ss`, optionally with `.fff` / `,fff`.
 * Fails when a digit or a letter sticks to either end (`2254`, `9:25a`).
 */
export function readTimecode(text: string, i: number, end: number): number {
  if (i > 0 && (isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 58)) return -1;
  let j = i;
  while (j < end && j - i < 2 && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return -1;
  let groups = 0;
  while (groups < 2 && j + 2 < end && text.charCodeAt(j) === 58 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))) {
    j += 3;
    groups++;
  }
  if (groups === 0) return -1;
  if (j < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && k - j <= 3 && isDigit(text.charCodeAt(k))) k++;
    j = k;
  }
  if (j < end) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || c === 58 || sticksToTime(c)) return -1;
  }
  return j;
}

/** A character that, written right after a time, makes it part of a word: an ASCII letter or `_`. */
function sticksToTime(c: number): boolean {
  return isAsciiLetter(c) || c === 95;
}

/** A timecode read at an offset: the whole token (brackets included) and the time inside. */
export interface TimecodeToken {
  /** After the token, closing bracket included. */
  readonly end: number;
  /** The time without brackets. */
  readonly time: Span;
  /** A second time of a cue range (`00:01.000 --> 00:04.000`), or null. */
  readonly rangeEnd: Span | null;
}

/** Reads a bare or bracketed timecode (`[00:12:03]`, `(01:20)`, `21:00:00`), with an optional ` --> ` range. */
export function readTimecodeToken(text: string, i: number, end: number): TimecodeToken | null {
  const open = text.charCodeAt(i);
  const close = open === 91 ? 93 : open === 40 ? 41 : -1;
  const t0 = close === -1 ? i : i + 1;
  const t1 = readTimecode(text, t0, end);
  if (t1 < 0) return null;
  let j = t1;
  let rangeEnd: Span | null = null;
  const arrow = skipHSpace(text, j, end);
  if (arrow + 2 < end && text.charCodeAt(arrow) === 45 && text.charCodeAt(arrow + 1) === 45 && text.charCodeAt(arrow + 2) === 62) {
    const r0 = skipHSpace(text, arrow + 3, end);
    const r1 = readTimecode(text, r0, end);
    if (r1 > 0) {
      rangeEnd = { start: r0, end: r1 };
      j = r1;
    }
  }
  if (close !== -1) {
    if (j >= end || text.charCodeAt(j) !== close) return null;
    j++;
  }
  return { end: j, time: { start: t0, end: t1 }, rangeEnd };
}

/**
 * After a bare time, reads a clock suffix: `P.M.`, `AM`, `p.m. EST`. Returns the end of
 * the suffix (zone included) or -1 when there is none.
 */
export function readClockSuffix(text: string, i: number, end: number): number {
  let j = skipHSpace(text, i, end);
  const c = text.charCodeAt(j) | 0x20;
  if (j >= end || (c !== 97 && c !== 112)) return -1;
  j++;
  if (j < end && text.charCodeAt(j) === 46) j++;
  if (j >= end || (text.charCodeAt(j) | 0x20) !== 109) return -1;
  j++;
  if (j < end && text.charCodeAt(j) === 46) j++;
  if (j < end && sticksToTime(text.charCodeAt(j))) return -1;
  // An optional time zone of two to four capitals (EST, EDT, GMT, UTC, CEST).
  const z0 = skipHSpace(text, j, end);
  let z = z0;
  while (z < end && z - z0 < 5 && text.charCodeAt(z) >= 65 && text.charCodeAt(z) <= 90) z++;
  if (z - z0 >= 2 && z - z0 <= 4 && (z === end || !sticksToTime(text.charCodeAt(z)))) return z;
  return j;
}
