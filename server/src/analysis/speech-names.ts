/**
 * People named only where they speak or are spoken to: a capitalised word as the subject of a
 * verb of speech right next to a quotation, or called by name at a quotation's edge.
 *
 * ```
 * “All he lacks is a spot-light,” Cal returned.   -> Cal (a person)
 * “Aw,” fleered Happy Jack, “he ain't...”          -> Happy Jack
 * Holmes said: “Come in.”                         -> Holmes
 * “What do you make of it, Watson?”               -> Watson
 * ```
 *
 * The name finder reads each line on its own and leaves a single unknown capitalised word
 * without a kind (it may only open a sentence): these places say it is a person. A word the
 * name finder gave a kind keeps it (`“...,” Moscow said` stays a place); a word of the
 * lexicons (places, organisations), a title, a common word or an acronym is never taken.
 *
 * Reads each line on its own, only a few words around each quotation mark, so the names of a
 * stretch of lines are those the whole text gives there (the incremental analysis relies on it).
 */

import { cueLength } from './cues';
import { CALENDAR, NON_NAMES, STOPWORDS } from './lexicon-words';
import { HONORIFICS, TITLES } from './lexicon-titles';
import { LEX_DEMONYMS, lexiconKind } from './name-kinds';
import { FIRST_NAMES } from './lexicon-names';
import type { NameCandidate } from './pipeline-types';
import { detach, type LineIndex } from './text';
import { tokenize, type Token } from './attribution-tokens';

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
  for (let li = from; li < to; li++) scanLine(text, lines.starts[li], lines.ends[li], hits);
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
    const c = ci < names.length ? names[ci] : undefined;
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

function scanLine(text: string, ls: number, le: number, hits: number[]): void {
  lineOpening(text, ls, le, hits);
  let open = false;
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    let closing: boolean;
    if (c === 0x201c) closing = false;
    else if (c === 0x201d) closing = true;
    else if (c === 0x22) closing = open;
    else {
      // A comma inside a quotation: `“It is, Watson, a ...”`.
      if (c === 44 && open) vocativeAfterComma(text, i, le, hits);
      continue;
    }
    open = !closing;
    if (!closing) vocativeAfterOpen(text, i + 1, le, hits);
    if (closing) {
      afterClose(text, i + 1, Math.min(le, i + 1 + REACH), hits);
      vocativeBeforeClose(text, Math.max(ls, i - REACH), i, hits);
    } else beforeOpen(text, Math.max(ls, i - REACH), i, hits);
  }
}

/** `” said Holmes`, `” Cal returned`. */
function afterClose(text: string, from: number, to: number, hits: number[]): void {
  if (from >= to) return;
  const toks = tokenize(text, from, to, 10);
  let i = 0;
  while (i < toks.length && !toks[i].word && (toks[i].w === ',' || toks[i].w === '—' || toks[i].w === '-')) i++;
  if (i >= toks.length || !toks[i].word) return;
  const words = toks.map((t) => (t.word ? t.w : ''));
  if (!toks[i].cap) {
    const n = speechVerb(words, i);
    if (n === 0) return;
    const e = capitalRun(toks, i + n);
    if (e > i + n && !possessiveAt(toks, e - 1, e)) push(text, toks, i + n, e, hits, true);
    return;
  }
  const e = capitalRun(toks, i);
  if (e > i && e < toks.length && toks[e].word && !toks[e].cap && speechVerb(words, e) > 0) push(text, toks, i, e, hits, true);
}

/**
 * A line that opens with a name and a verb of speech that ends the clause (`Irish laughed.`,
 * `Cal returned, ...`): where each sentence is a line, the words after a quotation that ended
 * its line. Only verbs that report speech next to a quotation (`laughed`, `exclaimed`), none
 * that an organisation does (`said`, `announced`: the name finder reads those).
 */
function lineOpening(text: string, ls: number, le: number, hits: number[]): void {
  let k = ls;
  while (k < le && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  if (k >= le || c < 65 || c > 90) return;
  const toks = tokenize(text, k, Math.min(le, k + REACH), MAX_WORDS + 3);
  const e = capitalRun(toks, 0);
  if (e === 0 || e >= toks.length || !toks[e].word || toks[e].cap) return;
  const words = toks.map((t) => (t.word ? t.w : ''));
  // A verb in the past (`laughed`, `began`), not a noun that may be one (`Great question.`).
  const v = words[e];
  if (speechVerb(words, e) !== 1 || cueLength(words, e, true) > 0 || !(v.endsWith('ed') || v === 'began' || v === 'spoke' || v === 'swore')) return;
  let after = e + 1;
  if (after < toks.length && toks[after].word && toks[after].w.length > 4 && toks[after].w.endsWith('ly')) after++;
  const t = toks[after];
  if (t !== undefined && (t.word || !(t.w === '.' || t.w === ',' || t.w === ';' || t.w === '!'))) return;
  push(text, toks, 0, e, hits, true);
}

/** `“Florence, ...`: a given name called at the head of a quotation. */
function vocativeAfterOpen(text: string, from: number, le: number, hits: number[]): void {
  const toks = tokenize(text, from, Math.min(le, from + REACH), 2);
  if (toks.length < 2 || !toks[0].word || !toks[0].cap || toks[1].word || (toks[1].w !== ',' && toks[1].w !== '!')) return;
  if (!FIRST_NAMES.has(toks[0].w)) return;
  push(text, toks, 0, 1, hits, false);
}

/** `Holmes said, “`, `Holmes cried: “`. */
function beforeOpen(text: string, from: number, to: number, hits: number[]): void {
  if (from >= to) return;
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
  if (s === v) return;
  push(text, toks, s, v, hits, true);
}

/** `..., Watson?”`, `..., Watson.”`: a name called at the end of the quotation. */
function vocativeBeforeClose(text: string, from: number, to: number, hits: number[]): void {
  if (from >= to) return;
  const toks = tokenize(text, from, to, 24);
  const n = toks.length;
  if (n < 3) return;
  const last = toks[n - 1];
  if (last.word || !(last.w === '?' || last.w === '!' || last.w === '.' || last.w === ',')) return;
  vocative(text, toks, n - 2, hits);
}

/** `, Watson, ` inside a quotation. */
function vocativeAfterComma(text: string, at: number, le: number, hits: number[]): void {
  const all = tokenize(text, at + 1, Math.min(le, at + 1 + REACH), 5);
  // `, my dear Watson, `
  let k = 0;
  if (k < all.length && all[k].w === 'my') k++;
  if (k < all.length && all[k].w === 'dear') k++;
  else k = 0;
  const toks = all.slice(k);
  if (toks.length < 2 || !toks[0].word || !toks[0].cap || toks[1].word || toks[1].w !== ',') return;
  // `, Watson, ` only: not a list of names (`Smith, Jones, and Brown` in a quotation).
  if (toks.length > 2 && toks[2].word && (toks[2].w === 'and' || toks[2].w === 'or' || toks[2].cap)) return;
  if (NOT_ADDRESSEES.has(toks[0].w)) return;
  push(text, toks, 0, 1, hits, false);
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
  push(text, toks, k, k + 1, hits, false);
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
function push(text: string, toks: readonly Token[], s: number, e: number, hits: number[], demonymOk: boolean): void {
  for (let k = s; k < e; k++) {
    const t = toks[k];
    const w = t.w;
    if (w.length < 2 || !isNameWord(text, w, t) || (!demonymOk && LEX_DEMONYMS.has(w))) return;
    if (k === s && (HONORIFICS.has(w.replace(/\.$/, '')) || TITLES.has(w))) return;
  }
  hits.push(toks[s].start, toks[e - 1].end);
}

function isNameWord(text: string, w: string, t: Token): boolean {
  if (STOPWORDS.has(w) || NON_NAMES.has(w) || CALENDAR.has(w) || TITLES.has(w) || lexiconKind(w) !== null) return false;
  // A dotted abbreviation or a possessive is no given name here.
  if (w.indexOf('.') >= 0 || w.indexOf('’') >= 0 || w.indexOf("'") >= 0) return false;
  // An acronym (`NATO said`): a second capital letter.
  const c = text.charCodeAt(t.start + 1);
  return !(c >= 65 && c <= 90);
}
