/**
 * People named only where they speak or are spoken to: a capitalised word as the subject of a
 * verb of speech right next to a quotation, or called by name at a quotation's edge.
 *
 * ```
 * “All he wants is a lantern,” Brann returned.    -> Brann (a person)
 * “Aw,” jeered Lucky Sam, “he ain't...”           -> Lucky Sam
 * Fenwick said: “Come in.”                         -> Fenwick
 * “What do you make of it, Quill?”               -> Quill
 * ```
 *
 * The name finder reads each line on its own and leaves a single unknown capitalised word
 * without a kind (it may only open a sentence): these places say it is a person. A word the
 * name finder gave a kind keeps it (`“...,” Moscow said` stays a place); a word of the
 * lexicons (places, organisations), a title, a common word or an acronym is never taken;
 * except a city called by name inside a quotation (`“True, Florence, but ...”`) or opening the
 * name of the subject after a verb of speech (`” said Florence Linden`, `” demanded Florence`):
 * a person there (a city speaks for a government before its verb: `” Moscow said`).
 *
 * Reads only a few words around each quotation mark, and the opening words of a line after a
 * line that ends with a closing mark: what a stretch of lines gives depends on its text alone. The analysis reads the text in blocks cut by their content, the same blocks
 * fresh or after an edit, so an edited text gets the names a fresh reading gives it.
 */

import { cueLength } from './cues';
import { CALENDAR, NON_NAMES, STOPWORDS } from './lexicon-words';
import { HONORIFICS, TITLES } from './lexicon-titles';
import { LEX_CITIES, LEX_DEMONYMS, lexiconKind } from './name-kinds';
import { FIRST_NAMES } from './lexicon-names';
import type { NameCandidate } from './pipeline-types';
import { detach, type LineIndex } from './text';
import { tokenize, type Token } from './attribution-tokens';
import { isSpaceCode, isWordCode } from './chars';

/** How many characters around a mark are read. */
const REACH = 64;
/** At most this many capitalised words make a name here. */
const MAX_WORDS = 3;

/** Verbs that organisations and outlets do as often as people: not evidence of a person. */
const NOT_PERSONAL = new Set([
  'report', 'reports', 'reported', 'reporting', 'write', 'writes', 'wrote', 'written', 'writing', 'tweet', 'tweets', 'tweeted',
  'post', 'posts', 'posted', 'announce', 'announces', 'announced', 'state', 'states', 'stated', 'according', 'quoted',
  'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'claim', 'claims', 'claimed', 'warn', 'warns', 'warned',
  'note', 'notes', 'noted', 'add', 'adds', 'added', 'predict', 'predicts', 'predicted', 'tell', 'tells', 'told', 'call', 'calls', 'called',
]);

/** Words spoken to that are no one in the text (`“Oh, Lord!”`). */
const NOT_ADDRESSEES = new Set(['god', 'lord', 'heaven', 'heavens', 'jesus', 'christ', 'gracious', 'goodness', 'sir', 'madam', 'ma', 'mamma', 'papa']);

/**
 * The names of lines `from..to` with the people found where they speak added: `names` (the
 * name finder's candidates for those lines, sorted by start) with such words given the kind
 * `person`, or added when the finder has none there. Returns `names` itself when nothing changes.
 */
export function withSpeechNames(text: string, lines: LineIndex, from: number, to: number, names: NameCandidate[]): NameCandidate[] {
  const hits: number[] = [];
  CITY_HITS.clear();
  if (from >= to) return names;
  const end = lines.ends[to - 1];
  // The next quotation mark of each kind, found by `indexOf` rather than a loop over every character.
  const marks = new Marks(text, lines.starts[from], end);
  // Every pattern reads the words next to a quotation: a stretch with none has nothing to give.
  if (marks.at.length === 0) return names;
  // Only the lines with quotation marks, and the line after one that ends with a closing mark
  // (`“Haw!”` / `Big Sam interrupted.`, where each sentence is a line).
  let li = from;
  for (let pos = marks.next(0); pos < end; pos = marks.next(pos)) {
    while (li < to && lines.ends[li] < pos) li++;
    if (li >= to) break;
    const le = lines.ends[li];
    if (scanLine(text, lines.starts[li], le, marks, hits) && li + 1 < to) lineOpening(text, lines.starts[li + 1], lines.ends[li + 1], hits);
    pos = le + 1;
  }
  if (hits.length === 0) return names;
  // Hits come in text order per line, lines in order; sort pairs in case patterns overlap.
  const pairs: [number, number][] = [];
  for (let k = 0; k < hits.length; k += 2) pairs.push([hits[k], hits[k + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out: NameCandidate[] | null = null;
  let ci = 0;
  let lastEnd = -1;
  const result: NameCandidate[] = [];
  for (const [s, e] of pairs) {
    if (s < lastEnd) continue;
    while (ci < names.length && names[ci].end <= s) result.push(names[ci++]);
    let c = ci < names.length ? names[ci] : undefined;
    // A city where only a person can be: the finder's readings of those words give way.
    if (c !== undefined && c.start < e && CITY_HITS.has(s) && c.start >= s && c.label < 0) {
      let k = ci;
      while (k < names.length && names[k].start < e && names[k].end <= e && names[k].label < 0 && (names[k].kind === 'place' || names[k].kind === null)) k++;
      if (k > ci && (k >= names.length || names[k].start >= e)) {
        ci = k;
        c = undefined;
      }
    }
    if (c !== undefined && c.start < e) {
      // The finder read something here: take it as a person only when it gave no kind and read the same words.
      if (c.start === s && c.end === e && c.kind === null && c.label < 0) {
        result.push({ ...c, kind: 'person' });
        ci++;
        out = result;
      }
      lastEnd = e;
      continue;
    }
    result.push({ start: s, end: e, text: detach(text.slice(s, e)), kind: 'person', role: null, roleSpan: null, label: -1 });
    out = result;
    lastEnd = e;
  }
  if (out === null) return names;
  while (ci < names.length) result.push(names[ci++]);
  return result;
}

/** One quotation mark (`"`, `“`, `”`), searched for with `lastIndex`. */
const QUOTE_MARK = /["\u201c\u201d]/g;

/** Positions of the quotation marks of a stretch, in order. */
class Marks {
  readonly at: number[] = [];
  /** Index in `at` of the first mark not yet passed. */
  k = 0;

  constructor(text: string, from: number, end: number) {
    if (from >= end) return;
    // Found by a regular expression over the stretch alone (a slice shares the text's
    // characters): the engine's compiled search, faster than a loop over every character
    // (and than `indexOf` of a curly mark, which the engine looks for slowly in two-byte text).
    const part = text.slice(from, end);
    const re = QUOTE_MARK;
    re.lastIndex = 0;
    while (re.test(part)) this.at.push(from + re.lastIndex - 1);
  }

  /** Position of the first mark at or after `pos`, Infinity when none. Positions asked for only grow. */
  next(pos: number): number {
    const at = this.at;
    while (this.k < at.length && at[this.k] < pos) this.k++;
    return this.k < at.length ? at[this.k] : Infinity;
  }
}

/** Reads the marks of one line; true when the line ends with a closing mark. */
function scanLine(text: string, ls: number, le: number, marks: Marks, hits: number[]): boolean {
  let open = false;
  let openAt = -1;
  let lastClose = -1;
  for (let i = marks.next(ls); i < le; i = marks.next(i + 1)) {
    const c = text.charCodeAt(i);
    const closing: boolean = c === 0x201d || (c === 0x22 && open);
    if (closing && open) commasInside(text, openAt + 1, i, le, hits);
    open = !closing;
    openAt = i;
    if (!closing) vocativeAfterOpen(text, i + 1, le, hits);
    if (closing) {
      lastClose = i;
      afterClose(text, i + 1, Math.min(le, i + 1 + REACH), hits);
      vocativeBeforeClose(text, Math.max(ls, i - REACH), i, hits);
    } else beforeOpen(text, Math.max(ls, i - REACH), i, hits, ls);
  }
  // A quotation that goes on past its line.
  if (open) commasInside(text, openAt + 1, le, le, hits);
  return lastClose >= 0 && !open && skipBlanks(text, lastClose + 1, le) >= le;
}

/** The commas of a quotation between `from` and `to`: `“It is, Quill, a ...”`. */
function commasInside(text: string, from: number, to: number, le: number, hits: number[]): void {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) vocativeAfterComma(text, k, le, hits);
}

/** `” said Fenwick`, `” Brann returned`. */
function afterClose(text: string, from: number, to: number, hits: number[]): void {
  // Most closing marks are followed by narration that is no cue: look at the next letter first.
  let k = skipBlanks(text, from, to);
  const p = text.charCodeAt(k);
  if (p === 44 || p === 45 || p === 0x2014) k = skipBlanks(text, k + 1, to);
  if (k >= to || !isLetterCode(text.charCodeAt(k))) return;
  const toks = tokenize(text, from, to, 8);
  let i = 0;
  while (i < toks.length && !toks[i].word && (toks[i].w === ',' || toks[i].w === '—' || toks[i].w === '-')) i++;
  if (i >= toks.length || !toks[i].word) return;
  const words = toks.map((t) => (t.word ? t.w : ''));
  if (!toks[i].cap) {
    const n = speechVerb(words, i);
    if (n === 0) return;
    const e = capitalRun(toks, i + n);
    // Not `” said Labour | leader Rowan Ashby`: a party or body before a title and a name.
    if (e > i + n && !possessiveAt(toks, e - 1, e) && !titleAndNameAt(toks, e)) push(text, toks, i + n, e, hits, true, true);
    return;
  }
  const e = capitalRun(toks, i);
  if (e > i && e < toks.length && toks[e].word && !toks[e].cap && speechVerb(words, e) > 0) push(text, toks, i, e, hits, true);
}

/** A title in lower case at token `e` and a capitalised word after it (`leader Rowan`). */
function titleAndNameAt(toks: readonly Token[], e: number): boolean {
  return e + 1 < toks.length && toks[e].word && !toks[e].cap && TITLES.has(toks[e].w.toLowerCase()) && toks[e + 1].word && toks[e + 1].cap;
}

/** Words the name finder read as a city that only a person can be here, by start (see `withSpeechNames`). */
const CITY_HITS = new Set<number>();

/**
 * A line that opens with a name and a verb of speech that ends the clause (`Brann laughed.`,
 * `Brann returned, ...`): where each sentence is a line, the words after a quotation that ended
 * its line. Only verbs that report speech next to a quotation (`laughed`, `exclaimed`), none
 * that an organisation does (`said`, `announced`: the name finder reads those).
 */
function lineOpening(text: string, ls: number, le: number, hits: number[]): void {
  let k = skipBlanks(text, ls, le);
  const c = text.charCodeAt(k);
  if (k >= le || c < 65 || c > 90) return;
  // Capitalised words, then a word in lower case ending in `ed` (or `began`, `spoke`, `swore`),
  // read by char codes before any token is made: most lines open otherwise.
  let j = k;
  let n = 0;
  for (; n < MAX_WORDS; n++) {
    const d = text.charCodeAt(j);
    if (j >= le || d < 65 || d > 90) break;
    while (j < le && isWordCode(text.charCodeAt(j))) j++;
    j = skipBlanks(text, j, le);
  }
  if (n === 0 || j >= le) return;
  const v0 = j;
  while (j < le && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  if (j - v0 < 4) return;
  const pastEd = text.charCodeAt(j - 2) === 101 && text.charCodeAt(j - 1) === 100;
  if (!pastEd && !(j - v0 === 5 && PAST_FORMS.has(text.slice(v0, j)))) return;
  // The clause ends after the verb (and an adverb): `Brann laughed.`, `Brann returned, ...`.
  let a = skipBlanks(text, j, le);
  if (a < le && text.charCodeAt(a) >= 97 && text.charCodeAt(a) <= 122) {
    const a0 = a;
    while (a < le && text.charCodeAt(a) >= 97 && text.charCodeAt(a) <= 122) a++;
    if (!(a - a0 > 4 && text.charCodeAt(a - 2) === 108 && text.charCodeAt(a - 1) === 121)) return;
    a = skipBlanks(text, a, le);
  }
  const p = text.charCodeAt(a);
  if (a < le && p !== 46 && p !== 44 && p !== 59 && p !== 33) return;
  const toks = tokenize(text, k, Math.min(le, k + REACH), MAX_WORDS + 3);
  const e = capitalRun(toks, 0);
  if (e === 0 || e >= toks.length || !toks[e].word || toks[e].cap) return;
  const words = toks.map((t) => (t.word ? t.w : ''));
  // A verb in the past (`laughed`, `began`), not a noun that may be one (`Great question.`).
  const v = words[e];
  if (speechVerb(words, e) !== 1 || cueLength(words, e, true) > 0 || !(v.endsWith('ed') || PAST_FORMS.has(v))) return;
  let after = e + 1;
  if (after < toks.length && toks[after].word && toks[after].w.length > 4 && toks[after].w.endsWith('ly')) after++;
  const t = toks[after];
  if (t !== undefined && (t.word || !(t.w === '.' || t.w === ',' || t.w === ';' || t.w === '!'))) return;
  push(text, toks, 0, e, hits, true);
}

/** `“Florence, ...`: a given name called at the head of a quotation. */
function vocativeAfterOpen(text: string, from: number, le: number, hits: number[]): void {
  let k = skipBlanks(text, from, le);
  const c = text.charCodeAt(k);
  if (k >= le || c < 65 || c > 90) return;
  while (k < le && isWordCode(text.charCodeAt(k))) k++;
  k = skipBlanks(text, k, le);
  if (k >= le || (text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 33)) return;
  const toks = tokenize(text, from, Math.min(le, from + REACH), 2);
  if (toks.length < 2 || !toks[0].word || !toks[0].cap || toks[1].word || (toks[1].w !== ',' && toks[1].w !== '!')) return;
  if (!FIRST_NAMES.has(toks[0].w) && !LEX_CITIES.has(toks[0].w)) return;
  push(text, toks, 0, 1, hits, false, true);
}

/** `Fenwick said, “`, `Fenwick cried: “`. */
function beforeOpen(text: string, from: number, to: number, hits: number[], ls = from): void {
  if (from >= to) return;
  // `said, “` / `cried: “`: a comma or colon, then a word in lower case.
  let k = backBlanks(text, to - 1, from);
  const p = text.charCodeAt(k);
  if (k < from || (p !== 44 && p !== 58)) return;
  k = backBlanks(text, k - 1, from);
  const last = text.charCodeAt(k);
  if (k < from || last < 97 || last > 122) return;
  const toks = tokenize(text, from, to, 24);
  let n = toks.length;
  if (n < 2) return;
  if (!toks[n - 1].word && (toks[n - 1].w === ',' || toks[n - 1].w === ':')) n--;
  const v = n - 1;
  if (v < 1 || !toks[v].word || toks[v].cap) return;
  const words = toks.map((t) => (t.word ? t.w : ''));
  if (speechVerb(words, v) !== 1) return;
  let s = v;
  while (s > 0 && v - s < MAX_WORDS && toks[s - 1].word && toks[s - 1].cap) s--;
  if (s === v) {
    if (toks[v - 1].w === ',') beforeAside(text, Math.max(ls, to - ASIDE_REACH), toks[v - 1].start, hits);
    return;
  }
  push(text, toks, s, v, hits, true);
}

/** How far before a quotation's opening mark a name before a part set off by commas is read. */
const ASIDE_REACH = 200;
/** At most this many tokens in the part set off (`the council’s cabinet member for education`). */
const ASIDE_TOKENS = 14;

/**
 * `Dimitra Kouris, the council’s cabinet member for education, said: “`: the capitalised words
 * that open the sentence before a part set off by commas (closed by the comma at `close`) that
 * opens with a determiner.
 */
function beforeAside(text: string, from: number, close: number, hits: number[]): void {
  const toks = tokenize(text, from, close, 48);
  let c = toks.length - 1;
  while (c >= 0 && toks.length - c <= ASIDE_TOKENS && (toks[c].word || toks[c].w === '’' || toks[c].w === "'")) c--;
  if (c < 1 || toks[c].w !== ',' || c + 1 >= toks.length || !ASIDE_DETERMINERS.has(toks[c + 1].w)) return;
  const e = c;
  let s = e;
  while (s > 0 && e - s < MAX_WORDS && toks[s - 1].word && toks[s - 1].cap) s--;
  // Two words or more, opening the sentence: a name, not `Afterwards, the ...`.
  if (e - s < 2) return;
  if (s > 0) {
    if (toks[s - 1].word || !isSentenceEndCode(toks[s - 1].w.charCodeAt(0))) return;
  } else {
    const b = backBlanks(text, toks[s].start - 1, 0);
    if (b >= 0 && !isSentenceEndCode(text.charCodeAt(b))) return;
  }
  push(text, toks, s, e, hits, true);
}

const ASIDE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'who', 'whose']);

/** A sentence ends before it: `.`, `!`, `?`, a line break, or a closing quotation mark. */
function isSentenceEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x201d || c === 0x22 || c === 0xbb;
}

/** `..., Quill?”`, `..., Quill.”`: a name called at the end of the quotation. */
function vocativeBeforeClose(text: string, from: number, to: number, hits: number[]): void {
  if (from >= to) return;
  // `, Quill?”`: punctuation, a capitalised word, a comma or `dear`, read back by char codes.
  let k = backBlanks(text, to - 1, from);
  const p = text.charCodeAt(k);
  if (k < from || !(p === 46 || p === 63 || p === 33 || p === 44)) return;
  k = backBlanks(text, k - 1, from);
  if (k < from || !isWordCode(text.charCodeAt(k))) return;
  while (k > from && isWordCode(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k);
  if (c < 65 || c > 90) return;
  const b = backBlanks(text, k - 1, from);
  if (b < from || (text.charCodeAt(b) !== 44 && text.charCodeAt(b) !== 114)) return;
  const toks = tokenize(text, Math.max(from, b - 8), to, 8);
  const n = toks.length;
  if (n < 3) return;
  const last = toks[n - 1];
  if (last.word || !(last.w === '?' || last.w === '!' || last.w === '.' || last.w === ',')) return;
  vocative(text, toks, n - 2, hits);
}

/** `, Quill, ` inside a quotation. */
function vocativeAfterComma(text: string, at: number, le: number, hits: number[]): void {
  const w = skipBlanks(text, at + 1, le);
  const c = text.charCodeAt(w);
  if (w >= le || !((c >= 65 && c <= 90) || c === 109 || c === 100)) return;
  const all = tokenize(text, at + 1, Math.min(le, at + 1 + REACH), 5);
  // `, my dear Quill, `
  let k = 0;
  if (k < all.length && all[k].w === 'my') k++;
  if (k < all.length && all[k].w === 'dear') k++;
  else k = 0;
  const toks = all.slice(k);
  if (toks.length < 2 || !toks[0].word || !toks[0].cap || toks[1].word) return;
  // `, Quill, `; or a given name (or a city's, see `push`) ending a sentence: `, Florence. `
  if (toks[1].w !== ',' && !((toks[1].w === '.' || toks[1].w === '?' || toks[1].w === '!') && (FIRST_NAMES.has(toks[0].w) || LEX_CITIES.has(toks[0].w)))) return;
  // `, Quill, ` only: not a list of names (`Smith, Jones, and Brown` in a quotation).
  if (toks.length > 2 && toks[2].word && (toks[2].w === 'and' || toks[2].w === 'or' || toks[2].cap)) return;
  if (NOT_ADDRESSEES.has(toks[0].w)) return;
  push(text, toks, 0, 1, hits, false, !nameBefore(text, at));
}

/** The word at `k` is a name called after a comma (or `dear`). */
function vocative(text: string, toks: readonly Token[], k: number, hits: number[]): void {
  const t = toks[k];
  if (!t.word || !t.cap) return;
  const b = toks[k - 1];
  if (b.word ? b.w !== 'dear' : b.w !== ',') return;
  if (NOT_ADDRESSEES.has(t.w)) return;
  // `..., Smith, Jones.`: a list, not a name called.
  if (b.word === false && k >= 2 && toks[k - 2].word && toks[k - 2].cap && k >= 3 && !toks[k - 3].word && toks[k - 3].w === ',') return;
  // `Marta Silva, Vienna.`: a place after a name signs off a report, no one called.
  push(text, toks, k, k + 1, hits, false, !(b.word === false && nameBefore(text, b.start)));
}

const PAST_FORMS = new Set(['began', 'spoke', 'swore']);

function skipBlanks(text: string, k: number, end: number): number {
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** The last position at or before `k` (down to `from`) that is not blank; below `from` when none. */
function backBlanks(text: string, k: number, from: number): number {
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);
}

function speechVerb(words: readonly string[], at: number): number {
  if (NOT_PERSONAL.has(words[at])) return 0;
  return cueLength(words, at);
}

/** End of the run of at most MAX_WORDS capitalised words from `k`. */
function capitalRun(toks: readonly Token[], k: number): number {
  let e = k;
  while (e < toks.length && e - k < MAX_WORDS && toks[e].word && toks[e].cap) e++;
  return e;
}

function possessiveAt(toks: readonly Token[], k: number, next: number): boolean {
  const w = toks[k].w;
  if (w.endsWith('’s') || w.endsWith("'s")) return true;
  const t = toks[next];
  return t !== undefined && !t.word && (t.w === '’' || t.w === "'");
}

/** Records `toks[s..e)` as a person's name when every word may be one. */
function push(text: string, toks: readonly Token[], s: number, e: number, hits: number[], demonymOk: boolean, cityOk = false): void {
  let city = false;
  for (let k = s; k < e; k++) {
    const t = toks[k];
    const w = t.w;
    // A city as the first word only (`Florence Linden`, `Florence`), not a city after a name.
    if (cityOk && k === s && LEX_CITIES.has(w) && lexiconKind(w) === 'place' && isCityWord(text, w, t)) {
      city = true;
      continue;
    }
    if (w.length < 2 || !isNameWord(text, w, t) || (!demonymOk && LEX_DEMONYMS.has(w))) return;
    if (k === s && (HONORIFICS.has(w.replace(/\.$/, '')) || TITLES.has(w))) return;
  }
  if (city) CITY_HITS.add(toks[s].start);
  hits.push(toks[s].start, toks[e - 1].end);
}

/**
 * A capitalised word that ends a name ends right before the comma at `at` (`Marta Silva,
 * Vienna`); not one opening the quotation or sentence (`“True, Florence, ...`).
 */
function nameBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  let k = backBlanks(text, at - 1, from);
  if (k < from || !isWordCode(text.charCodeAt(k))) return false;
  while (k > from && isWordCode(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k);
  if (c < 65 || c > 90) return false;
  const p = backBlanks(text, k - 1, from);
  return p >= from && isWordCode(text.charCodeAt(p));
}

/** A city's name written as a given name: one capitalised word, no acronym, no part of a country's name. */
function isCityWord(text: string, w: string, t: Token): boolean {
  if (w.length < 3 || w.indexOf('.') >= 0 || w.indexOf(' ') >= 0) return false;
  const c = text.charCodeAt(t.start + 1);
  return !(c >= 65 && c <= 90);
}

function isNameWord(text: string, w: string, t: Token): boolean {
  if (STOPWORDS.has(w) || NON_NAMES.has(w) || CALENDAR.has(w) || TITLES.has(w) || lexiconKind(w) !== null) return false;
  // A dotted abbreviation or a possessive is no given name here.
  if (w.indexOf('.') >= 0 || w.indexOf('’') >= 0 || w.indexOf("'") >= 0) return false;
  // An acronym (`NATO said`): a second capital letter.
  const c = text.charCodeAt(t.start + 1);
  return !(c >= 65 && c <= 90);
}
