/**
 * Layouts read from the name itself: capitals (`MS. HALVORSEN:`, `WOLF BLITZER, CNN ANCHOR:`,
 * `ANGELA MERKEL GERMAN CHANCELLOR "..."`), hearings (`Mr. FENWICK.`) and mixed case
 * (`Chris Wallace:`, `Daily Courier:`).
 */
import type { Span } from './model';
import {
  ACRONYMS,
  CALENDAR,
  CAPS_REJECT,
  HEARING_TITLES,
  NAME_PARTICLES,
  NON_LABEL_KEYS,
  PLACE_WORDS,
  ROLE_KEYS,
  ROLE_WORDS,
  SMALL_WORDS,
  STARTERS,
  UNIDENTIFIED_FIRST,
  UNIDENTIFIED_KEYS,
  isAcronymShape,
} from './speaker-lexicon';
import { type Draft, draft, finishAfterColon, readNameWords, readRole, trailingTimecode } from './speaker-draft';
import { ROLE_MODIFIERS } from './lexicon-titles';
import { isDigit, isHSpace } from './chars';
import { readTimecode, readTimecodeToken, skipHSpace } from './speaker-timecodes';
import { WordClass, classifyWord, countLetters, isAfterTerminator, isLowerCode, isNameParticle, isUpperCode, nextWordStart, readWord } from './speaker-words';

export function scanCaps(text: string, p: number, end: number, le: number, time: Span | null): Draft | null {
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
  // An optional note or timecode in brackets: `(voice-over)`, `(R)`, `(01:20)`; or the holder
  // of the office the label names, or the role of the person it names (`bracketed`).
  let b = text.charCodeAt(k) === 32 ? k + 1 : k;
  let bracket: Span | null = null;
  if (text.charCodeAt(b) === 40) {
    const close = text.indexOf(')', b);
    if (close > 0 && close < end && close - b < 60) {
      const tc = readTimecode(text, b + 1, close);
      if (tc === close && !t) t = { start: b + 1, end: close };
      else if (tc !== close) bracket = { start: b + 1, end: close };
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
      // `ELMIRA NASIBOVA, STATE TELEVISION (through interpreter):`: a note in brackets after the role is none of it.
      d.roleEnd = noteBefore(text, r.start, r.end);
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
    if (bracket !== null && !unidentified) bracketed(text, d, bracket, upper, n === 1 ? ROLE_KEYS.has(key) : upper.every((w) => ROLE_WORDS.has(w)));
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
 * acronym (`CNN`) from the third word on, with the words of an office before it (`FINANCE`); without one, after two name words (plus initials and particles),
 * so `GUY HENDERSON BERLIN` gives the role `Berlin`.
 */
function roleStartIndex(words: readonly string[]): number {
  const n = words.length;
  if (n >= 3 && PLACE_WORDS.has(words[1])) return 1;
  for (let i = 2; i < n && i <= 5; i++) {
    const w = words[i];
    if (ROLE_WORDS.has(w) || PLACE_WORDS.has(w) || ACRONYMS.has(w) || isAcronymShape(w)) {
      // The words of the office before a title are the role's (`OTTO BRANDT FINANCE MINISTER`).
      while (i > 2 && ROLE_MODIFIERS.has(words[i - 1].toLowerCase())) i--;
      return i;
    }
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

/** The longest of HEARING_TITLES. */
const MAX_HEARING_TITLE = Math.max(...[...HEARING_TITLES].map((w) => w.length));

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
// Hearings: `Mr. FENWICK.`, `Chairman WHITFIELD.`, `Attorney General CORDER:`, `The CHAIRMAN.`

export function scanHearing(text: string, p: number, end: number, le: number, time: Span | null, firstEnd = -1): Draft | null {
  let j = p;
  let titles = 0;
  let honorific = false;
  // One to three title words (the first one's end, a capitalised word, given when known).
  while (titles < 3) {
    const known = j === p && firstEnd >= 0;
    const w = known ? firstEnd : readWord(text, j, end);
    if (!known && classifyWord(text, j, w) !== WordClass.Cap) break;
    const e = text.charCodeAt(w - 1) === 46 ? w - 1 : w;
    // No title is that long: no string made for most words (`Thank`, `Members`).
    if (e - j > MAX_HEARING_TITLE) break;
    const t = text.slice(j, e).toLowerCase();
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
  // An editorial note in brackets: `Mr. FENWICK [continuing].`
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

export function scanMixed(text: string, p: number, end: number, le: number, time: Span | null, firstWordEnd = -1): Draft | null {
  let j = p;
  let words = 0;
  let capWords = 0;
  let nameEnd = -1;
  let firstEnd = -1;
  while (j < end && words < 6) {
    // The first word's end and class are given when known (a capitalised word).
    const known = j === p && firstWordEnd >= 0;
    const w = known ? firstWordEnd : readWord(text, j, end);
    const cls = known ? WordClass.Cap : classifyWord(text, j, w);
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
  // A label goes on after its name with a comma (a role), a colon, or spaces and a timecode
  // (`Chris Wallace (01:20):`, `Chris Wallace  0:01`); most lines of prose do not: no strings
  // made for them.
  const after = text.charCodeAt(nameEnd);
  // `Priya Raman -- Chief Financial Officer:`: a role after a dash set off by spaces (earnings calls).
  const dashed = after === 32 ? dashedRoleStart(text, nameEnd, end) : -1;
  if (after !== 44 && after !== 58 && dashed < 0) {
    if (!isHSpace(after)) return null;
    const c = text.charCodeAt(skipHSpace(text, nameEnd, le));
    if (c !== 40 && c !== 91 && !isDigit(c)) return null;
  }
  if (text.charCodeAt(nameEnd - 1) === 46 && classifyWord(text, nameEnd - 2, nameEnd) !== WordClass.Initial) return null;
  const first = text.slice(p, firstEnd).toUpperCase();
  const key = text.slice(p, nameEnd).toUpperCase();
  if (NON_LABEL_KEYS.has(key) || NON_LABEL_KEYS.has(first)) return null;
  // `The Prime Minister (Rowan Ashby):`: an office, then its holder's name in brackets.
  // `The Chairman:`: the office alone.
  const theRole = first === 'THE' && words === 2 && ROLE_KEYS.has(key.slice(4));
  const office = first === 'THE' && words >= 2 && words <= 4 && allRoleWords(key.slice(4));
  if (STARTERS.has(first) && !theRole && !office) return null;
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
  } else if (dashed >= 0) {
    // After a dash the role may hold a comma (`Vice President, Investor Relations`) and ends at the colon.
    const r = readRole(text, dashed, end);
    if (!r || !r.closed || text.charCodeAt(r.stop) !== 58 || !isUpperCode(text.charCodeAt(r.start))) return null;
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
  // Notes in brackets after the name (`Keir Alden (Holborn and St Pancras) (Lab):`), or an
  // office's holder (`The Prime Minister (Rowan Ashby):`), at most two.
  let holder: Span | null = null;
  for (let g = 0; g < 2 && roleStart < 0 && text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 40; g++) {
    const close = bracketClose(text, k + 2, Math.min(le, k + 2 + MAX_NOTE));
    if (close < 0) break;
    if (g === 0 && office && isNameInBrackets(text, k + 2, close)) holder = { start: k + 2, end: close };
    // `Mr Garside (Head of Planning):`: the role in brackets.
    else if (g === 0 && !office && roleStart < 0 && isRoleInBrackets(text, k + 2, close)) {
      roleStart = k + 2;
      roleEnd = close;
    }
    k = close + 1;
  }
  if (office && !theRole && holder === null) return null;
  const d = draft(p, roleEnd > 0 ? roleEnd : nameEnd, 'mixed-colon', k, t);
  d.nameEnd = nameEnd;
  d.roleStart = roleStart;
  d.roleEnd = roleEnd;
  if (holder !== null) {
    d.nameStart = holder.start;
    d.nameEnd = holder.end;
    d.roleStart = p;
    d.roleEnd = nameEnd;
    d.end = k;
  }
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

/**
 * Where the role starts after ` -- `, ` — ` or ` – ` right after a label's name at `at` (a space
 * there); -1 when no such dash follows.
 */
function dashedRoleStart(text: string, at: number, end: number): number {
  let k = at + 1;
  const c = text.charCodeAt(k);
  if (c === 45) {
    if (text.charCodeAt(k + 1) !== 45) return -1;
    k += 2;
  } else if (c === 0x2014 || c === 0x2013) k++;
  else return -1;
  if (k >= end || text.charCodeAt(k) !== 32) return -1;
  return k + 1;
}

/**
 * The end of a label's role at start..end without a closing note in brackets written in lower
 * case (`(through interpreter)`, `(via video link)`); `end` when there is none or the role would be empty.
 */
function noteBefore(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return end;
  let open = end - 2;
  while (open > start && text.charCodeAt(open) !== 40) open--;
  if (open <= start || !isLowerCode(text.charCodeAt(open + 1))) return end;
  let e = open;
  while (e > start && isHSpace(text.charCodeAt(e - 1))) e--;
  return e > start ? e : end;
}

/** At most this many characters in brackets after a label's name. */
const MAX_NOTE = 60;

/** The `)` that closes brackets opened before `from`, on the line and before `to`, with no colon, bracket or quotation mark inside; -1 when none. */
function bracketClose(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return k > from ? k : -1;
    if (c === 58 || c === 40 || c === 34 || c === 0x201c || c === 0x201d || c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Two to four name words fill the brackets from `from` to `to` (`Rowan Ashby`). */
function isNameInBrackets(text: string, from: number, to: number): boolean {
  const r = readNameWords(text, from, to, true);
  return r !== null && r.end === to && r.words >= 2 && r.words <= 4;
}

/**
 * text[from, to) is an office written in title case (`Head of Planning`, `Vice-Chair`): up to six
 * words, each capitalised or a small word, one of them (or of its hyphened parts) a role word.
 */
function isRoleInBrackets(text: string, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 60 || !isUpperCode(text.charCodeAt(from))) return false;
  const words = text.slice(from, to).split(' ');
  if (words.length > 6) return false;
  let role = false;
  for (const w of words) {
    if (w.length === 0) return false;
    const c = w.charCodeAt(0);
    if (isUpperCode(c)) {
      for (let i = 0; i < w.length; i++) {
        const x = w.charCodeAt(i);
        if (!(isUpperCode(x) || isLowerCode(x) || x === 45)) return false;
      }
      for (const part of w.toUpperCase().split('-')) if (ROLE_WORDS.has(part) || ROLE_KEYS.has(part)) role = true;
    } else if (!TITLE_SMALL.has(w)) return false;
  }
  return role;
}

/** Every word of the capitals `key` is a word of an office (`PRIME MINISTER`, `HOME SECRETARY`). */
function allRoleWords(key: string): boolean {
  for (const w of key.split(' ')) if (!ROLE_WORDS.has(w) && !ROLE_KEYS.has(w) && !OFFICE_MODIFIERS.has(w)) return false;
  return true;
}

/** Words that go before an office in a label (`HOME SECRETARY`, `LEADER OF THE HOUSE`). */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['HOME', 'SHADOW', 'FIRST', 'SOLICITOR', 'OF', 'THE', 'HOUSE', 'EXCHEQUER', 'LORD']);

const TITLE_SMALL: ReadonlySet<string> = new Set('a an and as at but by for from in of on or the to with vs via'.split(' '));

/**
 * `An Interview with the 'Harbour Poet'`: three or more words, nearly all capitalised, and no
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

/** Words that open a note in brackets after a label (`(THROUGH TRANSLATOR)`, `(VOICE-OVER)`, `(ON CAMERA)`). */
const NOTE_OPENERS: ReadonlySet<string> = new Set(['THROUGH', 'VIA', 'ON', 'OFF', 'VOICE', 'VOICE-OVER', 'VO', 'CONT', "CONT'D", 'CONTINUING', 'IN', 'BY', 'FROM', 'SPEAKING', 'TRANSLATED', 'INTERPRETED', 'LAUGHS', 'CROSSTALK', 'INAUDIBLE']);

/**
 * A capitals label with words in brackets before its colon: the holder of the office it names
 * (`ANCHOR (NINA OKAFOR):`), or the role of the person it names (`BRIAN HOLLIS (COUNCIL
 * LEADER):`). A note (`(R)`, `(THROUGH TRANSLATOR)`) changes nothing.
 */
function bracketed(text: string, d: Draft, bracket: Span, label: readonly string[], labelIsRole: boolean): void {
  const words: { start: number; end: number; w: string }[] = [];
  let k = bracket.start;
  while (k < bracket.end && words.length <= 4) {
    while (k < bracket.end && isHSpace(text.charCodeAt(k))) k++;
    if (k >= bracket.end) break;
    const s = k;
    while (k < bracket.end && !isHSpace(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if (isLowerCode(c) || isDigit(c)) return;
      k++;
    }
    words.push({ start: s, end: k, w: text.slice(s, k) });
  }
  if (words.length === 0 || words.length > 4 || NOTE_OPENERS.has(words[0].w)) return;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const roleWords = words.filter((x) => ROLE_WORDS.has(x.w)).length;
  if (labelIsRole && words.length >= 2 && roleWords === 0 && words.every((x) => x.end - x.start >= 2 && !CAPS_REJECT.has(x.w) && !SMALL_WORDS.has(x.w))) {
    // The office first, its holder in brackets.
    d.end = bracket.end + 1;
    d.roleStart = d.nameStart;
    d.roleEnd = d.nameEnd;
    d.nameStart = start;
    d.nameEnd = end;
  } else if (!labelIsRole && label.length >= 2 && roleWords > 0) {
    // A name, its role in brackets.
    d.end = bracket.end + 1;
    d.roleStart = start;
    d.roleEnd = end;
  }
}
