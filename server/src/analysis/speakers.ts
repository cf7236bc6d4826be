/**
 * Speaker labels and timecodes.
 *
 * Labels are found only at the start of a line (after optional spaces and an optional
 * timecode), one line at a time, with char-code checks and bounded reads: linear in the
 * length of the text. The layouts are those of docs/formats.md:
 *
 * ```
 * ANGELA MERKEL GERMAN CHANCELLOR "It's a work meeting..."     caps-role
 * [21:00:00] WOLF BLITZER, CNN ANCHOR: Good evening.           caps-colon, time 21:00:00
 * Mr. LIMAN. Do you recall...                                  hearing
 * ```
 *
 * Decisions worth knowing:
 * - A key naming a kind of media, a field or a notice is never a speaker: `NOTE:`,
 *   `LENGTH: 00:00:57`, `Image: Jane Roe.`, `Photo: ...`, `Source: ...` (NON_LABEL_KEYS).
 * - A mixed-case `Name:` label is weak evidence: it is kept only when the text has at least
 *   one other label (or it carries a timecode), so a lone `Frank Roe: An Interview` heading
 *   in an article is not a speaker.
 * - Clock times (`12:52 P.M. EST`) are never labels; findTimecodes reports them when they
 *   open a line, as it does every timecode at a line start or in brackets.
 */
import type { SpeakerLabel, SpeakerLayout, Span } from './model';
import {
  ACRONYMS,
  CALENDAR,
  CAPS_REJECT,
  HEARING_TITLES,
  NON_LABEL_KEYS,
  PLACE_WORDS,
  ROLE_KEYS,
  ROLE_WORDS,
  SMALL_WORDS,
  STARTERS,
  UNIDENTIFIED_FIRST,
  UNIDENTIFIED_KEYS,
  NAME_PARTICLES,
  isAcronymShape,
  titleCaseRole,
} from './speaker-lexicon';
import { isDigit, isHSpace, readClockSuffix, readTimecode, readTimecodeToken, skipHSpace } from './speaker-timecodes';
import {
  WordClass,
  classifyWord,
  countLetters,
  isAfterTerminator,
  isLowerCode,
  isNameParticle,
  isOpeningQuote,
  isUpperCode,
  nextWordStart,
  readWord,
} from './speaker-words';
import type { LineIndex } from './text';

/** A label before it becomes a SpeakerLabel; role offsets are -1 when there is none. */
interface Draft {
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

interface ScanState {
  /** A `Q` label was seen, so `A` followed by spaces answers it. */
  sawQuestion: boolean;
  /** The previous line is blank, absent, or ends a sentence. */
  paragraphStart: boolean;
}

/** Longest label prefix looked at (name, role, notes); a line's rest is read only for checks. */
const MAX_LABEL = 160;

/** Finds every speaker label at the start of a line. */
export function findSpeakers(text: string, lines: LineIndex): SpeakerLabel[] {
  const drafts: Draft[] = [];
  const state: ScanState = { sawQuestion: false, paragraphStart: true };
  const n = lines.starts.length;
  let strong = 0;
  for (let l = 0; l < n; l++) {
    const ls = lines.starts[l];
    const le = lines.ends[l];
    const d = scanLine(text, ls, le, state);
    if (d) {
      drafts.push(d);
      if (!d.weak) strong++;
    }
    state.paragraphStart = endsParagraph(text, ls, le);
  }
  const keepWeak = strong > 0 || drafts.length >= 2;
  const out: SpeakerLabel[] = [];
  for (const d of drafts) if (keepWeak || !d.weak) out.push(toLabel(text, d));
  return out;
}

/** Finds timecodes: `02:47`, `[00:12:03]`, `(01:20)`, including those inside labels. */
export function findTimecodes(text: string, lines: LineIndex, speakers: readonly SpeakerLabel[]): Span[] {
  const found: Span[] = [];
  for (const s of speakers) if (s.timeSpan) found.push(s.timeSpan);
  const n = lines.starts.length;
  for (let l = 0; l < n; l++) {
    const le = lines.ends[l];
    const p = skipHSpace(text, lines.starts[l], le);
    const c = text.charCodeAt(p);
    if (p >= le || !(isDigit(c) || c === 91 || c === 40)) continue;
    const tok = readTimecodeToken(text, p, le);
    if (!tok) continue;
    if (c !== 91 && c !== 40) {
      const clock = readClockSuffix(text, tok.end, le);
      found.push({ start: tok.time.start, end: clock > 0 ? clock : tok.time.end });
    } else found.push(tok.time);
    if (tok.rangeEnd) found.push(tok.rangeEnd);
  }
  // Bracketed timecodes anywhere in a line: `... he said. [00:12:03] And then ...`.
  for (const open of ['[', '(']) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const tok = readTimecodeToken(text, i, Math.min(text.length, i + 40));
      if (tok) {
        found.push(tok.time);
        if (tok.rangeEnd) found.push(tok.rangeEnd);
      }
      i = text.indexOf(open, i + 1);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) if (out.length === 0 || out[out.length - 1].start !== s.start) out.push(s);
  return out;
}

function toLabel(text: string, d: Draft): SpeakerLabel {
  const hasRole = d.roleStart >= 0 && d.roleEnd > d.roleStart;
  return {
    start: d.start,
    end: d.end,
    label: text.slice(d.start, d.end),
    name: text.slice(d.nameStart, d.nameEnd),
    nameSpan: { start: d.nameStart, end: d.nameEnd },
    role: hasRole ? titleCaseRole(text.slice(d.roleStart, d.roleEnd)) : null,
    roleSpan: hasRole ? { start: d.roleStart, end: d.roleEnd } : null,
    time: d.time ? text.slice(d.time.start, d.time.end) : null,
    timeSpan: d.time,
    layout: d.layout,
    bodyStart: d.bodyStart,
    anonymous: d.anonymous,
  };
}

/** True when the line is blank or ends a sentence, so the next line may open a paragraph. */
function endsParagraph(text: string, ls: number, le: number): boolean {
  let k = le;
  while (k > ls && isHSpace(text.charCodeAt(k - 1))) k--;
  if (k === ls) return true;
  const c = text.charCodeAt(k - 1);
  return c === 46 || c === 63 || c === 33 || c === 34 || c === 0x201d || c === 41 || c === 0x2026 || c === 58 || c === 93;
}

// ---------------------------------------------------------------------------------------
// One line

function scanLine(text: string, ls: number, le: number, state: ScanState): Draft | null {
  let p = skipHSpace(text, ls, le);
  if (p >= le) return null;
  const end = Math.min(le, p + MAX_LABEL);
  let time: Span | null = null;
  const c = text.charCodeAt(p);
  if (isDigit(c) || c === 91 || c === 40) {
    const tok = readTimecodeToken(text, p, end);
    if (tok) {
      const bare = c !== 91 && c !== 40;
      // `12:52 P.M. EST` is a clock time, and a timecode alone on its line labels nothing.
      if (bare && readClockSuffix(text, tok.end, le) >= 0) return null;
      const q = skipHSpace(text, tok.end, end);
      if (q >= le || (bare && q === tok.end)) return null;
      time = tok.time;
      p = q;
    }
  }
  return scanLabel(text, p, end, le, time, state);
}

function scanLabel(text: string, p: number, end: number, le: number, time: Span | null, state: ScanState): Draft | null {
  const c = text.charCodeAt(p);
  if (c === 62 && text.charCodeAt(p + 1) === 62) return scanCaption(text, p, end, le, time);
  if (c === 60 && (text.charCodeAt(p + 1) | 0x20) === 118) return scanVoiceTag(text, p, end, le, time);
  if (c === 91 || c === 40) {
    const b = scanBracketedSpeaker(text, p, end, le, time);
    if (b) return b;
  }
  const q = scanQuestion(text, p, end, le, time, state);
  if (q) return q;
  const diar = scanSpeakerId(text, p, end, le, time);
  if (diar) return diar;
  const shot = scanShotList(text, p, end, le, time);
  if (shot) return shot;
  const first = classifyWord(text, p, readWord(text, p, end));
  if (first === WordClass.Caps || first === WordClass.Initial) return scanCaps(text, p, end, le, time);
  if (first === WordClass.Cap) return scanHearing(text, p, end, le, time) ?? scanMixed(text, p, end, le, time);
  return null;
}

function draft(start: number, end: number, layout: SpeakerLayout, bodyStart: number, time: Span | null): Draft {
  return { start, end, nameStart: start, nameEnd: end, roleStart: -1, roleEnd: -1, time, layout, bodyStart, anonymous: false, weak: false };
}

/**
 * After a label's ':' (at `k`): an optional timecode (`Chris Wallace: (01:20)`), then the
 * speech. Sets `d.time` when the label has none yet and returns the draft.
 */
function finishAfterColon(text: string, d: Draft, k: number, le: number): Draft {
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
function trailingTimecode(text: string, k: number, le: number): Span | null {
  if (k + 1 >= le || !isHSpace(text.charCodeAt(k))) return null;
  const b = skipHSpace(text, k, le);
  const c = text.charCodeAt(b);
  const tok = c === 40 || c === 91 || isDigit(c) ? readTimecodeToken(text, b, le) : null;
  if (!tok || skipHSpace(text, tok.end, le) !== le) return null;
  return tok.time;
}

// ---------------------------------------------------------------------------------------
// Caption marks, WebVTT voices, diarisation, questions

/** `>> and now the weather.` (anonymous) / `>> eric: thanks, jenna.` */
function scanCaption(text: string, p: number, end: number, le: number, time: Span | null): Draft {
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
function scanVoiceTag(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
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

/** `Speaker 1`, `SPEAKER_00`, `speaker A`, `Participant 2`: returns the end, or -1. */
function readSpeakerId(text: string, i: number, end: number): number {
  let w = i;
  while (w < end && w - i <= 12 && ((text.charCodeAt(w) | 0x20) >= 97 && (text.charCodeAt(w) | 0x20) <= 122)) w++;
  if (w - i < 3 || w - i > 11 || !DIARISATION_WORDS.has(text.slice(i, w).toLowerCase())) return -1;
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
function scanBracketedSpeaker(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
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
function scanSpeakerId(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
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
function scanQuestion(text: string, p: number, end: number, le: number, time: Span | null, state: ScanState): Draft | null {
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

/** `SOUNDBITE 2 (Spanish): MARIA LOPEZ, deputy mayor of the city` / `STANDUP (English): JOHN DOE, correspondent` */
function scanShotList(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
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

/** Up to five name words (capitals or capitalised, with particles and initials). */
function readNameWords(text: string, i: number, end: number, anyCase: boolean): { end: number; words: number } | null {
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
function readRole(text: string, i: number, end: number): { start: number; end: number; stop: number; closed: boolean } | null {
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

// ---------------------------------------------------------------------------------------
// Capitals: `MS. PSAKI:`, `WOLF BLITZER, CNN ANCHOR:`, `ANGELA MERKEL GERMAN CHANCELLOR "..."`

function scanCaps(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let j = p;
  while (j < end && starts.length < 10) {
    const w = readWord(text, j, end);
    const cls = classifyWord(text, j, w);
    if (cls !== WordClass.Caps && cls !== WordClass.Initial) break;
    if (cls === WordClass.Caps && w - j === 1 && starts.length === 0) return null;
    starts.push(j);
    ends.push(w);
    const next = nextWordStart(text, w, end);
    if (next < 0) break;
    j = next;
  }
  const n = starts.length;
  if (n === 0) return null;
  const upper: string[] = [];
  for (let i = 0; i < n; i++) upper.push(text.slice(starts[i], ends[i]).toUpperCase());
  const key = upper.join(' ');
  if (NON_LABEL_KEYS.has(key) || NON_LABEL_KEYS.has(upper[0].replace(/\.$/, ''))) return null;
  if (n === 1 && CALENDAR.has(key)) return null;
  // Function words mark emphasis (`THIS IS HUGE:`), except small words inside a role
  // (`GERMAN COUNCIL ON FOREIGN RELATIONS`).
  for (let i = 0; i < n; i++) {
    if (CAPS_REJECT.has(upper[i]) && !(i > 1 && i < n - 1 && SMALL_WORDS.has(upper[i]))) return null;
  }
  const nameEnd = ends[n - 1];
  let k = nameEnd;
  let t = time;
  // An optional note or timecode in brackets: `(voice-over)`, `(R)`, `(01:20)`.
  let b = text.charCodeAt(k) === 32 ? k + 1 : k;
  if (text.charCodeAt(b) === 40) {
    const close = text.indexOf(')', b);
    if (close > 0 && close < end && close - b < 60) {
      const tc = readTimecode(text, b + 1, close);
      if (tc === close && !t) t = { start: b + 1, end: close };
      k = close + 1;
      b = k;
    }
  }
  const unidentified = UNIDENTIFIED_FIRST.has(upper[0]) || UNIDENTIFIED_KEYS.has(key);
  const c = text.charCodeAt(k);
  if (c === 44) {
    const r = readRole(text, k + 1, end);
    if (!r || !r.closed) return null;
    const stop = text.charCodeAt(r.stop);
    if (stop === 58 && isAfterTerminator(text, r.stop + 1, le)) {
      const d = draft(p, r.end, unidentified ? 'unidentified' : 'caps-colon', r.stop + 1, t);
      d.nameEnd = nameEnd;
      d.roleStart = r.start;
      d.roleEnd = r.end;
      d.anonymous = unidentified;
      return finishAfterColon(text, d, r.stop + 1, le);
    }
    if (opensSpeech(text, r.stop, le) && isCapsText(text, r.start, r.end) && quoteHasLowerCase(text, r.stop, le)) {
      const d = draft(p, r.end, 'caps-role', r.stop, t);
      d.nameEnd = nameEnd;
      d.roleStart = r.start;
      d.roleEnd = r.end;
      return d;
    }
    return null;
  }
  if (c === 58) {
    if (!isAfterTerminator(text, k + 1, le)) return null;
    if (n === 1 && !unidentified && !ROLE_KEYS.has(key) && restIsCaps(text, k + 1, le)) return null;
    const d = draft(p, nameEnd, unidentified ? 'unidentified' : 'caps-colon', k + 1, t);
    d.anonymous = unidentified;
    return finishAfterColon(text, d, k + 1, le);
  }
  // `ANGELA MERKEL GERMAN CHANCELLOR "..."`: two or more words, then the quotation.
  const q = skipHSpace(text, k, le);
  if (n >= 2 && q > k && opensSpeech(text, q, le) && quoteHasLowerCase(text, q, le)) {
    const r = roleStartIndex(upper);
    const d = draft(p, nameEnd, 'caps-role', q, t);
    d.nameEnd = ends[r - 1];
    if (r < n) {
      d.roleStart = starts[r];
      d.roleEnd = nameEnd;
    }
    return d;
  }
  const trailing = trailingTimecode(text, k, le);
  if (trailing && !t) {
    const d = draft(p, nameEnd, unidentified ? 'unidentified' : 'caps-colon', le, trailing);
    d.anonymous = unidentified;
    return d;
  }
  return null;
}

/**
 * Where the role starts in a capitals label without commas: at a demonym right after a
 * one-word name (`PUTIN RUSSIAN PRESIDENT`), else at the first title, office, place or
 * acronym (`CNN`) from the third word on; without one, after two name words (plus initials and particles),
 * so `GUY HENDERSON BERLIN` gives the role `Berlin`.
 */
function roleStartIndex(words: readonly string[]): number {
  const n = words.length;
  if (n >= 3 && PLACE_WORDS.has(words[1])) return 1;
  for (let i = 2; i < n && i <= 5; i++) {
    const w = words[i];
    if (ROLE_WORDS.has(w) || PLACE_WORDS.has(w) || ACRONYMS.has(w) || isAcronymShape(w)) return i;
  }
  let i = 2;
  while (i < n && (NAME_PARTICLES.has(words[i - 1]) || /^[A-Z]\.$/.test(words[i - 1]))) i++;
  return Math.min(i, n);
}

/**
 * A quotation mark that opens speech after a capitals label: double marks always; a single
 * mark only before a capital that starts a word (`'We`, `'I am`), never `'S GROWTH` or ` 's`.
 */
function opensSpeech(text: string, q: number, le: number): boolean {
  if (q >= le) return false;
  const c = text.charCodeAt(q);
  if (c === 34 || c === 0x201c || c === 0x201e || c === 0xab) return true;
  if (c !== 39 && c !== 0x2018) return false;
  const a = text.charCodeAt(q + 1);
  if (!isUpperCode(a)) return false;
  const b = text.charCodeAt(q + 2);
  return isUpperCode(b) || isLowerCode(b) || ((a === 73 || a === 65) && isHSpace(b));
}

function isCapsText(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isLowerCode(text.charCodeAt(k))) return false;
  return true;
}

/** The speech after a capitals label has lower-case letters: a headline in capitals has none. */
function quoteHasLowerCase(text: string, q: number, le: number): boolean {
  const e = Math.min(le, q + 80);
  for (let k = q + 1; k < e; k++) if (isLowerCode(text.charCodeAt(k))) return true;
  return false;
}

/** `WARNING: GRAPHIC CONTENT`: the rest of the line has letters, none of them lower case. */
function restIsCaps(text: string, s: number, le: number): boolean {
  const e = Math.min(le, s + 200);
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) letters++;
  }
  return letters >= 3;
}

// ---------------------------------------------------------------------------------------
// Hearings: `Mr. LIMAN.`, `Chairman HAMILTON.`, `Attorney General MEESE:`, `The CHAIRMAN.`

function scanHearing(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  let j = p;
  let titles = 0;
  let honorific = false;
  // One to three title words.
  while (titles < 3) {
    const w = readWord(text, j, end);
    if (classifyWord(text, j, w) !== WordClass.Cap) break;
    const t = text.slice(j, w).replace(/\.$/, '').toLowerCase();
    if (!HEARING_TITLES.has(t) || (t === 'the' && titles > 0)) break;
    if (t !== 'the') honorific = true;
    titles++;
    const next = nextWordStart(text, w, end);
    if (next < 0) return null;
    j = next;
  }
  if (titles === 0) return null;
  // One to three surname words in capitals.
  let surname = 0;
  let nameEnd = -1;
  while (surname < 3) {
    const w = readWord(text, j, end);
    if (classifyWord(text, j, w) !== WordClass.Caps || countLetters(text, j, w) < 2) break;
    // A surname has no inner dot: `The U.S. has`, `Senator J.D. Vance` are prose.
    const dot = text.indexOf('.', j);
    if (dot >= 0 && dot < w - 1) break;
    surname++;
    nameEnd = w;
    const next = nextWordStart(text, w, end);
    if (next < 0 || classifyWord(text, next, readWord(text, next, end)) !== WordClass.Caps) break;
    j = next;
  }
  if (surname === 0) return null;
  let k = nameEnd;
  if (text.charCodeAt(k - 1) === 46) k--;
  // An editorial note in brackets: `Mr. LIMAN [continuing].`
  if (text.charCodeAt(nameEnd) === 32 && text.charCodeAt(nameEnd + 1) === 91) {
    const close = text.indexOf(']', nameEnd);
    if (close > 0 && close < end && close - nameEnd < 40) k = close + 1;
  }
  const c = text.charCodeAt(k);
  const d = draft(p, k < nameEnd ? k : nameEnd, 'hearing', k + 1, time);
  if ((c === 46 || c === 58) && isAfterTerminator(text, k + 1, le)) return finishAfterColon(text, d, k + 1, le);
  // A dropped full stop before the speech: `Mr. ROE Can I ask...`.
  if (honorific && k === nameEnd && c === 32 && isUpperCode(text.charCodeAt(k + 1)) && countLetters(text, p, nameEnd) >= 4) {
    const w = readWord(text, k + 1, end);
    if (classifyWord(text, k + 1, w) === WordClass.Cap) {
      d.bodyStart = k + 1;
      return d;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Mixed case: `Chris Wallace:`, `Daily Courier:`, `Ana Ruiz, spokeswoman for the ministry:`

function scanMixed(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
  let j = p;
  let words = 0;
  let capWords = 0;
  let nameEnd = -1;
  let firstEnd = -1;
  while (j < end && words < 6) {
    const w = readWord(text, j, end);
    const cls = classifyWord(text, j, w);
    let ok = cls === WordClass.Cap || cls === WordClass.Initial;
    if (cls === WordClass.Caps) ok = countLetters(text, j, w) <= 5;
    if (!ok && words > 0 && cls === WordClass.Lower) ok = isNameParticle(text, j, w);
    if (!ok) break;
    if (cls !== WordClass.Lower) capWords++;
    if (words === 0) firstEnd = w;
    words++;
    nameEnd = w;
    const next = nextWordStart(text, w, end);
    if (next < 0) break;
    j = next;
  }
  if (words === 0 || capWords > 4) return null;
  if (text.charCodeAt(nameEnd - 1) === 46 && classifyWord(text, nameEnd - 2, nameEnd) !== WordClass.Initial) return null;
  const first = text.slice(p, firstEnd).toUpperCase();
  const key = text.slice(p, nameEnd).toUpperCase();
  if (NON_LABEL_KEYS.has(key) || NON_LABEL_KEYS.has(first)) return null;
  if (STARTERS.has(first) && !(first === 'THE' && words === 2 && ROLE_KEYS.has(key.slice(4)))) return null;
  if (words === 1 && CALENDAR.has(first)) return null;
  let k = nameEnd;
  let t = time;
  let roleStart = -1;
  let roleEnd = -1;
  if (text.charCodeAt(k) === 44) {
    const r = readRole(text, k + 1, end);
    if (!r || !r.closed || text.charCodeAt(r.stop) !== 58 || text.slice(r.start, r.end).indexOf(',') >= 0) return null;
    roleStart = r.start;
    roleEnd = r.end;
    k = r.stop;
  }
  // `Chris Wallace (01:20):`
  if (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 40) {
    const tok = readTimecodeToken(text, k + 1, end);
    if (tok && !t) {
      t = tok.time;
      k = tok.end;
    }
  }
  const d = draft(p, roleEnd > 0 ? roleEnd : nameEnd, 'mixed-colon', k, t);
  d.nameEnd = nameEnd;
  d.roleStart = roleStart;
  d.roleEnd = roleEnd;
  if (text.charCodeAt(k) === 58 && isAfterTerminator(text, k + 1, le)) {
    finishAfterColon(text, d, k + 1, le);
    // Speech opens with a capital; `Saudi Arabia: intelligence sharing; ...` is a list in prose.
    if (!d.time && (isLowerCode(text.charCodeAt(d.bodyStart)) || looksLikeHeadline(text, d.bodyStart, le))) return null;
    d.weak = !d.time;
    return d;
  }
  // `Chris Wallace  0:01` / `Chris Wallace (01:20)` with the speech on the next line.
  const trailing = roleStart < 0 && !d.time ? trailingTimecode(text, k, le) : null;
  if (trailing) d.time = trailing;
  if (d.time && k > nameEnd + 1 ? skipHSpace(text, k, le) === le : trailing) {
    d.bodyStart = le;
    return d;
  }
  return null;
}

const TITLE_SMALL: ReadonlySet<string> = new Set('a an and as at but by for from in of on or the to with vs via'.split(' '));

/**
 * `An Interview with the 'Mets Poet'`: three or more words, nearly all capitalised, and no
 * sentence punctuation at the end. Speech after a label is a sentence; this is a heading.
 */
function looksLikeHeadline(text: string, s: number, le: number): boolean {
  let e = le;
  while (e > s && isHSpace(text.charCodeAt(e - 1))) e--;
  if (e === s || e - s > 200) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 46 || last === 63 || last === 33 || last === 0x2026 || last === 34 || last === 0x201d) return false;
  let words = 0;
  let caps = 0;
  let k = s;
  while (k < e) {
    while (k < e && !(isUpperCode(text.charCodeAt(k)) || isLowerCode(text.charCodeAt(k)))) k++;
    const w0 = k;
    while (k < e && !isHSpace(text.charCodeAt(k))) k++;
    if (k === w0) break;
    const word = text.slice(w0, k).toLowerCase();
    if (TITLE_SMALL.has(word)) continue;
    words++;
    if (isUpperCode(text.charCodeAt(w0))) caps++;
  }
  return words >= 3 && caps >= words * 0.75;
}
