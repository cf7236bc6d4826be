/**
 * A speaker label while it is being read, and the small readers every layout shares: the
 * speech after the colon, a trailing timecode, a role after a comma, a run of name words.
 */
import type { SpeakerLayout, Span } from './model';
import { isDigit, isHSpace } from './chars';
import { readTimecodeToken, skipHSpace } from './speaker-timecodes';
import { WordClass, classifyWord, countLetters, isLowerCode, isNameParticle, isOpeningQuote, nextWordStart, readWord } from './speaker-words';

/** A label before it becomes a SpeakerLabel; role offsets are -1 when there is none. */
export interface Draft {
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  roleStart: number;
  roleEnd: number;
  time: Span | null;
  layout: SpeakerLayout;
  bodyStart: number;
  anonymous: boolean;
  /** A mixed-case `Name:` label, kept only with other labels around it. */
  weak: boolean;
}

export interface ScanState {
  /** A `Q` label was seen, so `A` followed by spaces answers it. */
  sawQuestion: boolean;
  /** The previous line is blank, absent, or ends a sentence. */
  paragraphStart: boolean;
}

export function draft(start: number, end: number, layout: SpeakerLayout, bodyStart: number, time: Span | null): Draft {
  return { start, end, nameStart: start, nameEnd: end, roleStart: -1, roleEnd: -1, time, layout, bodyStart, anonymous: false, weak: false };
}

/**
 * After a label's ':' (at `k`): an optional timecode (`Chris Wallace: (01:20)`), then the
 * speech. Sets `d.time` when the label has none yet and returns the draft.
 */
export function finishAfterColon(text: string, d: Draft, k: number, le: number): Draft {
  let b = skipHSpace(text, k, le);
  const c = text.charCodeAt(b);
  if (b < le && (c === 40 || c === 91 || isDigit(c))) {
    const tok = readTimecodeToken(text, b, le);
    const after = tok ? skipHSpace(text, tok.end, le) : -1;
    if (tok && (c !== 40 && c !== 91 ? after === le : true) && !d.time) {
      d.time = tok.time;
      b = after;
    }
  }
  d.bodyStart = b;
  return d;
}

/** `Name  0:01` with the speech on the next line (transcription services). */
export function trailingTimecode(text: string, k: number, le: number): Span | null {
  if (k + 1 >= le || !isHSpace(text.charCodeAt(k))) return null;
  const b = skipHSpace(text, k, le);
  const c = text.charCodeAt(b);
  const tok = c === 40 || c === 91 || isDigit(c) ? readTimecodeToken(text, b, le) : null;
  if (!tok || skipHSpace(text, tok.end, le) !== le) return null;
  return tok.time;
}

/** Up to five name words (capitals or capitalised, with particles and initials). */
export function readNameWords(text: string, i: number, end: number, anyCase: boolean): { end: number; words: number } | null {
  let j = i;
  let words = 0;
  let last = -1;
  while (j < end && words < 6) {
    const w = readWord(text, j, end);
    const cls = classifyWord(text, j, w);
    const ok =
      cls === WordClass.Caps ||
      cls === WordClass.Initial ||
      (anyCase && cls === WordClass.Cap) ||
      (words > 0 && cls === WordClass.Lower && isNameParticle(text, j, w));
    if (!ok) break;
    words++;
    last = w;
    const next = nextWordStart(text, w, end);
    if (next < 0) break;
    j = next;
  }
  return words > 0 ? { end: last, words } : null;
}

/**
 * A role after a comma, up to ':' (or an opening quotation mark, or the line end):
 * `CNN ANCHOR`, `deputy mayor of the city`. Fails on sentence punctuation or speech verbs.
 */
export function readRole(text: string, i: number, end: number): { start: number; end: number; stop: number; closed: boolean } | null {
  const s = skipHSpace(text, i, end);
  let k = s;
  let words = 0;
  let inWord = false;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === 58 || isOpeningQuote(c)) break;
    if (c === 63 || c === 33 || c === 59 || c === 0x201d) return null;
    if (c === 46 && k + 1 < end && isHSpace(text.charCodeAt(k + 1)) && isLowerCode(text.charCodeAt(skipHSpace(text, k + 1, end)))) return null;
    if (isHSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 12) return null;
      const w = readWord(text, k, end);
      const word = text.slice(k, w);
      if (w > k && (ROLE_STOP.has(word.toLowerCase()) || /^I['’]/.test(word))) return null;
    }
    k++;
  }
  let e = k;
  while (e > s && (isHSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  if (e === s || countLetters(text, s, e) === 0) return null;
  return { start: s, end: e, stop: k, closed: k < end };
}

/** Words that mark prose, not a role, after `Name,` (`Lavrov, however, said:`). */
const ROLE_STOP: ReadonlySet<string> = new Set(
  'said says told asked added noted explained wrote replied continued argued insisted warned stated declared announced tweeted posted however though too meanwhile who which that when where while because if is was were are will would has have had i we you he she they it this'.split(
    ' ',
  ),
);
