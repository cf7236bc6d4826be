/**
 * Layouts opened by a fixed mark or word: caption turn marks (`>>`), WebVTT voices
 * (`<v Name>`), diarisation ids (`SPEAKER_00:`), questions (`Q`, `A:`) and shot lists
 * (`SOUNDBITE (English): NAME, role`).
 */
import type { Span } from './model';
import { NON_LABEL_KEYS, STARTERS, UNIDENTIFIED_FIRST } from './speaker-lexicon';
import { type Draft, type ScanState, draft, finishAfterColon, readNameWords, readRole, trailingTimecode } from './speaker-draft';
import { isDigit, isHSpace } from './chars';
import { skipHSpace } from './speaker-timecodes';
import { WordClass, classifyWord, isAfterTerminator, isLowerCode, isOpeningQuote, isUpperCode, nextWordStart, readWord } from './speaker-words';

/** `>> and now the weather.` (anonymous) / `>> eric: thanks, jenna.` */
export function scanCaption(text: string, p: number, end: number, le: number, time: Span | null): Draft {
  let k = p + 2;
  while (k < end && text.charCodeAt(k) === 62) k++;
  const q = skipHSpace(text, k, le);
  // A name of up to four words of any case, an optional `, role`, then ':'.
  let j = q;
  let words = 0;
  let nameEnd = -1;
  while (j < end && words < 4) {
    const w1 = readWord(text, j, end);
    const cls = classifyWord(text, j, w1);
    if (cls === WordClass.Other || w1 - j > 30) break;
    if (words === 0) {
      const key = text.slice(j, w1).toUpperCase();
      if (STARTERS.has(key) || NON_LABEL_KEYS.has(key)) break;
    }
    words++;
    nameEnd = w1;
    const next = nextWordStart(text, w1, end);
    if (next < 0) break;
    j = next;
  }
  if (nameEnd > 0) {
    let colon = nameEnd;
    let roleStart = -1;
    let roleEnd = -1;
    if (text.charCodeAt(colon) === 44) {
      const r = readRole(text, colon + 1, end);
      if (r && r.closed) {
        roleStart = r.start;
        roleEnd = r.end;
        colon = r.stop;
      }
    }
    if (text.charCodeAt(colon) === 58 && isAfterTerminator(text, colon + 1, le)) {
      const d = draft(q, roleEnd > 0 ? roleEnd : nameEnd, 'caption', colon + 1, time);
      d.nameEnd = nameEnd;
      d.roleStart = roleStart;
      d.roleEnd = roleEnd;
      d.anonymous = UNIDENTIFIED_FIRST.has(text.slice(q, readWord(text, q, end)).toUpperCase());
      return finishAfterColon(text, d, colon + 1, le);
    }
  }
  const d = draft(p, k, 'caption', q, time);
  d.anonymous = true;
  return d;
}

/** `<v Chris Wallace>Good evening` / `<v.loud Esme>` */
export function scanVoiceTag(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  let k = p + 2;
  const c = text.charCodeAt(k);
  if (c === 46) {
    while (k < end && !isHSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 62) k++;
  } else if (!isHSpace(c)) return null;
  const s = skipHSpace(text, k, end);
  const close = text.indexOf('>', s);
  if (close < 0 || close >= end) return null;
  let e = close;
  while (e > s && isHSpace(text.charCodeAt(e - 1))) e--;
  if (e === s) return null;
  const d = draft(s, e, 'webvtt', skipHSpace(text, close + 1, le), time);
  d.anonymous = /^speaker[ _]?\d/iy.test(text.slice(s, e));
  return d;
}

/** Generic words of numbered anonymous speakers (`Speaker 1`, `Participant 2`, `Caller 3`). */
const DIARISATION_WORDS: ReadonlySet<string> = new Set(['speaker', 'participant', 'respondent', 'interviewee', 'caller', 'person', 'voice', 'spk']);
/** The lengths of those words, one bit each. */
const DIARISATION_LENGTHS = [...DIARISATION_WORDS].reduce((m, w) => m | (1 << w.length), 0);
/** The first letters of those words, one bit each (`a` the lowest). */
const DIARISATION_FIRST = [...DIARISATION_WORDS].reduce((m, w) => m | (1 << (w.charCodeAt(0) - 97)), 0);

/** `Speaker 1`, `SPEAKER_00`, `speaker A`, `Participant 2`: returns the end, or -1. */
function readSpeakerId(text: string, i: number, end: number): number {
  // Most lines open with no such word: its first letter tells, before any string is made.
  const f = (text.charCodeAt(i) | 0x20) - 97;
  if (i >= end || f < 0 || f > 25 || (DIARISATION_FIRST & (1 << f)) === 0) return -1;
  let w = i;
  while (w < end && w - i <= 12 && ((text.charCodeAt(w) | 0x20) >= 97 && (text.charCodeAt(w) | 0x20) <= 122)) w++;
  if (w - i < 3 || w - i > 11 || (DIARISATION_LENGTHS & (1 << (w - i))) === 0 || !DIARISATION_WORDS.has(text.slice(i, w).toLowerCase())) return -1;
  let k = w;
  const sep = text.charCodeAt(k);
  if (sep === 95 || sep === 32) k++;
  const d0 = k;
  while (k < end && k - d0 < 3 && isDigit(text.charCodeAt(k))) k++;
  if (k === d0) {
    if (!isUpperCode(text.charCodeAt(k))) return -1;
    k++;
  }
  if (k < end && (isDigit(text.charCodeAt(k)) || isUpperCode(text.charCodeAt(k)) || isLowerCode(text.charCodeAt(k)))) return -1;
  return k;
}

/** `[SPEAKER_01]:` / `(speaker 0)` */
export function scanBracketedSpeaker(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  const close = text.charCodeAt(p) === 91 ? 93 : 41;
  const k = readSpeakerId(text, p + 1, end);
  if (k < 0 || text.charCodeAt(k) !== close) return null;
  let after = k + 1;
  if (text.charCodeAt(after) === 58) after++;
  if (!isAfterTerminator(text, after, le)) return null;
  const d = draft(p + 1, k, 'diarisation', after, time);
  d.anonymous = true;
  return finishAfterColon(text, d, after, le);
}

/** `Speaker 1:` / `SPEAKER_00:` / `Speaker 2  0:01` */
export function scanSpeakerId(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  const k = readSpeakerId(text, p, end);
  if (k < 0) return null;
  const d = draft(p, k, 'diarisation', k, time);
  d.anonymous = true;
  if (text.charCodeAt(k) === 58 && isAfterTerminator(text, k + 1, le)) return finishAfterColon(text, d, k + 1, le);
  const t = trailingTimecode(text, k, le);
  if (!t) return null;
  d.time = d.time ?? t;
  d.bodyStart = le;
  return d;
}

/**
 * `Q    Thank you.` (spaces or U+00A0), `Q:` / `A:`, `Q.` / `A.`, `Question:` / `Answer:`.
 * A `Q` with a single space counts only at a paragraph start before a capital or a dash;
 * an `A` with spaces or a dot only answers an earlier `Q`.
 */
export function scanQuestion(text: string, p: number, end: number, le: number, time: Span | null, state: ScanState): Draft | null {
  const c = text.charCodeAt(p);
  const n = text.charCodeAt(p + 1);
  if ((c !== 81 && c !== 65) || (p + 1 < le && (isUpperCode(n) || isLowerCode(n)))) return scanQuestionWord(text, p, end, le, time);
  const isQ = c === 81;
  let ok = false;
  let body = p + 1;
  if (p + 1 >= le) ok = isQ && state.paragraphStart;
  else if (n === 58 && isAfterTerminator(text, p + 2, le)) {
    ok = true;
    body = p + 2;
  } else if (n === 46 && p + 2 < le && isHSpace(text.charCodeAt(p + 2))) {
    ok = isQ || state.sawQuestion;
    body = p + 2;
  } else if (n === 0xa0 || n === 9 || n === 0x202f || (n === 32 && isHSpace(text.charCodeAt(p + 2)))) {
    ok = isQ || state.sawQuestion;
  } else if (n === 32 && isQ && state.paragraphStart) {
    const m = text.charCodeAt(p + 2);
    ok = isUpperCode(m) || m === 0x2014 || m === 0x2013 || m === 45 || isOpeningQuote(m) || m === 0x2026 || m === 40;
  }
  if (!ok) return null;
  if (isQ) state.sawQuestion = true;
  const d = draft(p, p + 1, 'question', skipHSpace(text, body, le), time);
  d.anonymous = true;
  return d;
}

const QUESTION_WORDS: ReadonlySet<string> = new Set(['Question', 'QUESTION', 'Answer', 'ANSWER']);

function scanQuestionWord(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  const c = text.charCodeAt(p);
  if (c !== 81 && c !== 65) return null;
  const w = readWord(text, p, end);
  const key = text.slice(p, w);
  if (!QUESTION_WORDS.has(key) || text.charCodeAt(w) !== 58 || !isAfterTerminator(text, w + 1, le)) return null;
  const d = draft(p, w, 'question', w + 1, time);
  d.anonymous = true;
  return finishAfterColon(text, d, w + 1, le);
}

// ---------------------------------------------------------------------------------------
// Shot lists

const SHOT_KEYS = ['SOUNDBITE', 'SOUND BITE', 'SOT', 'STANDUP', 'STAND UP', 'STAND-UP', 'PIECE TO CAMERA', 'VOX POP', 'INTERVIEW'];
/** Each key's second letter is a capital (a line whose second letter is not opens with no key). */
const SHOT_KEYS_CAPS = SHOT_KEYS.every((key) => isUpperCode(key.charCodeAt(1)));

/** `SOUNDBITE 2 (Spanish): MARIA LOPEZ, deputy mayor of the city` / `STANDUP (English): JOHN DOE, correspondent` */
export function scanShotList(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  const c0 = text.charCodeAt(p);
  if (!isDigit(c0) && c0 !== 40 && c0 !== 83 && c0 !== 73 && c0 !== 80 && c0 !== 86) return null;
  let k = p;
  // An optional shot number (`3. SOUNDBITE`) and an optional bracket (`(SOUNDBITE)`).
  while (k < end && k - p < 3 && isDigit(text.charCodeAt(k))) k++;
  if (k > p) {
    if (text.charCodeAt(k) !== 46) return null;
    k = skipHSpace(text, k + 1, end);
  }
  const bracketed = text.charCodeAt(k) === 40;
  if (bracketed) k++;
  let keyEnd = -1;
  // Every key is in capitals from its second letter on: most lines stop here.
  if (SHOT_KEYS_CAPS && !isUpperCode(text.charCodeAt(k + 1))) return null;
  for (const key of SHOT_KEYS) {
    if (text.startsWith(key, k) && !isUpperCode(text.charCodeAt(k + key.length)) && !isLowerCode(text.charCodeAt(k + key.length))) {
      keyEnd = k + key.length;
      break;
    }
  }
  if (keyEnd < 0) return null;
  k = keyEnd;
  if (bracketed) {
    if (text.charCodeAt(k) !== 41) return null;
    k++;
  }
  // Optional number, language in brackets and colon, in any order they come.
  for (let step = 0; step < 4; step++) {
    const s = skipHSpace(text, k, end);
    const c = text.charCodeAt(s);
    if (isDigit(c)) {
      k = s;
      while (k < end && isDigit(text.charCodeAt(k))) k++;
    } else if (c === 40) {
      const close = text.indexOf(')', s);
      if (close < 0 || close >= end) return null;
      k = close + 1;
    } else if (c === 58) k = s + 1;
    else break;
  }
  const s = skipHSpace(text, k, end);
  if (s === k && s < end) return null;
  const name = readNameWords(text, s, end, true);
  if (!name) return null;
  const d = draft(s, name.end, 'shot-list', name.end, time);
  d.anonymous = UNIDENTIFIED_FIRST.has(text.slice(s, readWord(text, s, end)).toUpperCase());
  let k2 = name.end;
  if (text.charCodeAt(k2) === 44) {
    const r = readRole(text, k2 + 1, end);
    if (r && !/^saying$/i.test(text.slice(r.start, r.end))) {
      d.roleStart = r.start;
      d.roleEnd = r.end;
      d.end = r.end;
    }
    if (r) k2 = r.stop;
  }
  if (text.charCodeAt(k2) === 58) k2++;
  d.bodyStart = skipHSpace(text, k2, le);
  return d;
}
