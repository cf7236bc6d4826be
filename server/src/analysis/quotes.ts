import { isDigit, isPlainBlank, isSpaceCode, isWordCode } from './chars';
import { isCueVerb, reportsPhrase } from './cues';
import type { Diagnostic } from './model';
import type { RawQuote } from './pipeline-types';
import { detach, isBlankLine, type LineIndex } from './text';

/**
 * Pairs quotation marks into quotes, in one pass over the char codes.
 *
 * ```
 * “He called it ‘a deal’,” she said.     -> outer quote (depth 0), inner quote (depth 1)
 * Russia’s stance, the ’90s, rock 'n' roll -> apostrophes, no quote
 * ```
 *
 * Whether a mark opens or closes is decided by the characters on each side of it (a letter on
 * both sides is an apostrophe); a straight mark with space on both sides (tokenised text)
 * closes the open quote of its family or else opens one. A quote still open at the end of a
 * line goes on when the next line is the same paragraph and closes it, or when the next
 * paragraph opens with a mark (a quote over several paragraphs); otherwise it closes at the
 * end of its paragraph with an `unclosed-quote` warning, so a stray mark never swallows the
 * rest of the text.
 */
export function pairQuotes(text: string, lines: LineIndex): { quotes: RawQuote[]; diagnostics: Diagnostic[] } {
  const run = pairQuoteLines(text, lines, 0, lines.starts.length, newQuoteState());
  sortQuotes(run.quotes);
  setDepths(run.quotes);
  run.diagnostics.sort((a, b) => a.start - b.start);
  return { quotes: run.quotes, diagnostics: run.diagnostics };
}

/**
 * Pairing state between two lines: the quote still open (at most one once a line has ended),
 * and the marks and lines a continuation decided on ahead.
 */
export interface QuoteState {
  stack: OpenMark[];
  /** Position of a mark that reopens the open quote in a new paragraph, or -1. */
  skipAt: number;
  /** The open quote is known to run on up to this line (-1: none). */
  contThrough: number;
}

export function newQuoteState(): QuoteState {
  return { stack: [], skipAt: -1, contThrough: -1 };
}

/** What pairing a run of lines gave, and how far past its last line it had to read. */
export interface QuoteRun {
  /** In the order they closed; depths are not set yet. */
  readonly quotes: RawQuote[];
  readonly diagnostics: Diagnostic[];
  /** Offset up to which the text was read (at least the end of the last line). */
  readonly readTo: number;
  /** The reading depended on where the text ends. */
  readonly readToEnd: boolean;
}

/**
 * Pairs the marks of lines `from..to` (exclusive) from `state`, which is left as it stands
 * after the last line. Looks past `to` only when a quote is open at a line's end (to decide
 * whether it runs on); `readTo` tells how far. `pairQuotes` is this over every line.
 */
export function pairQuoteLines(text: string, lines: LineIndex, from: number, to: number, state: QuoteState): QuoteRun {
  const p = new QuotePairer(text, lines, state);
  p.runLines(from, to);
  const last = to - 1;
  const readTo = Math.max(p.readTo, last >= 0 ? (last + 1 < lines.starts.length ? lines.starts[last + 1] : text.length) : 0);
  return { quotes: p.quotes, diagnostics: p.diagnostics, readTo, readToEnd: p.readToEnd || to >= lines.starts.length };
}

/** Sorts quotes by start, an outer quote before the quotes inside it. */
export function sortQuotes(quotes: RawQuote[]): void {
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

const DOUBLE = 0;
const SINGLE = 1;

const NONE = 0;
const OPEN = 1;
const CLOSE = 2;
/** Space on both sides or on neither: closes the open quote of its family, else opens one. */
const AMBIG = 3;
/** A straight single mark that might be an apostrophe: kept only when closed on its line. */
const WEAK = 4;

/** Deeper nesting is treated as plain characters: bounds the work per character. */
const MAX_DEPTH = 8;
/** How many lines of one paragraph a quote may run over before its closing mark is found. */
const MAX_CONTINUATION_LINES = 40;
/** Scare quotes are short: longer inner text is always direct speech. */
const MAX_SCARE_CHARS = 60;

export interface OpenMark {
  readonly pos: number;
  readonly fam: number;
  /** A straight single mark that may be an apostrophe. */
  readonly weak: boolean;
  /** Opens its paragraph or a sentence (or follows a colon or comma): may run on into the next paragraph. */
  readonly paraStart: boolean;
  /** Marks that reopen the quote at the start of each further paragraph. */
  reopens: number[] | null;
}

class QuotePairer {
  readonly quotes: { -readonly [K in keyof RawQuote]: RawQuote[K] }[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly stack: OpenMark[];
  readTo = 0;
  readToEnd = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly state: QuoteState,
  ) {
    this.stack = state.stack;
  }

  /** Notes that line `k` was read (its content and where it ends). */
  private touch(k: number): void {
    const lines = this.lines;
    if (k + 1 >= lines.starts.length) {
      this.readToEnd = true;
      this.readTo = Math.max(this.readTo, this.text.length);
    } else if (lines.starts[k + 1] > this.readTo) this.readTo = lines.starts[k + 1];
  }

  runLines(from: number, to: number): void {
    const { text, lines, stack, state } = this;
    for (let l = from; l < to; l++) {
      const ls = lines.starts[l];
      const le = lines.ends[l];
      const openBefore = stack.length > 0;
      const quotesBefore = this.quotes.length;
      for (let i = ls; i < le; i++) {
        const c = text.charCodeAt(i);
        if (!isMarkCode(c)) continue;
        if (i === state.skipAt) {
          state.skipAt = -1;
          if (stack.length > 0) {
            const b = stack[0];
            (b.reopens ??= []).push(i);
            continue;
          }
        }
        this.onMark(i, c, ls, le);
      }
      if (stack.length > 0) this.endOfLine(l);
      // A line with no quotation marks may still be dialogue led by a dash.
      if (!openBefore && stack.length === 0 && this.quotes.length === quotesBefore) {
        const first = firstNonSpace(text, ls, le);
        if (isDashAt(text, first, le)) this.dashDialogue(l, ls, le, first, false);
        else {
          const dash = this.colonDash(ls, le);
          if (dash >= 0) this.dashDialogue(l, ls, le, dash, true);
        }
      }
    }
  }

  /** Where the next colon is, at or after the last line looked at (-1: none in the rest of the text). */
  private colonAt = -2;

  /**
   * The first dash of the line `ls..le` that follows a colon and blanks (`said: — `), or -1. The
   * lines are looked at in order and the search for colons goes on from the last one found, so
   * the text is searched once.
   */
  private colonDash(ls: number, le: number): number {
    const text = this.text;
    if (this.colonAt !== -1 && this.colonAt < ls) this.colonAt = text.indexOf(':', ls);
    while (this.colonAt >= 0 && this.colonAt < le) {
      const d = dashAfterColon(text, this.colonAt, le);
      if (d >= 0) return d;
      this.colonAt = text.indexOf(':', this.colonAt + 1);
    }
    return -1;
  }

  /**
   * Dialogue led by a dash instead of quotation marks, when the line itself says it is speech:
   *
   * ```
   * — Not tonight, Tom, she said quietly.    -> `— Not tonight, Tom,` (a cue after its words)
   * Nora turned and said: — Not tonight.     -> `— Not tonight.` (after a cue and a colon)
   * — Not tonight!                           -> the whole line, when the next line
   * she said.                                   opens with the cue (one sentence a line:
   *                                             `she said.`, `Nora Penn said.`)
   * ```
   *
   * A dash-led line without such a cue (a list item, `— Troops will withdraw`) is not a quote.
   * `dash` opens the line, or follows a colon (`colon`); only the line and the line after it are read.
   */
  private dashDialogue(l: number, ls: number, le: number, dash: number, colon: boolean): void {
    const text = this.text;
    const end = trimEnd(text, ls, le);
    if (colon) {
      let k = dash - 1;
      while (k >= ls && isSpaceCode(text.charCodeAt(k))) k--;
      if (!cueBeforeColon(text, ls, k)) return;
    }
    let s = text.charCodeAt(dash) === 0x2014 ? dash + 1 : dash + 2;
    if (s >= end || !isSpaceCode(text.charCodeAt(s))) return;
    s = firstNonSpace(text, s, end);
    if (s >= end || !isWordCode(text.charCodeAt(s))) return;
    let stop = cueInside(text, s, end);
    if (stop < 0) {
      if (!colon && !this.cueOpensNextLine(l, end)) return;
      stop = end;
    }
    this.quotes.push({ start: dash, end: stop, inner: { start: s, end: stop }, depth: 0, kind: 'direct', text: detach(text.slice(s, stop)) });
    // `— Sit down, he said, you poor thing!`: the words after the cue's comma go on.
    const on = stop < end ? afterCueComma(text, stop, end) : -1;
    if (on >= 0) this.quotes.push({ start: on, end, inner: { start: on, end }, depth: 0, kind: 'direct', text: detach(text.slice(on, end)) });
  }

  /**
   * The line after line `l` opens with a pronoun or a name and a verb of speech (`he said sternly.`, `Nora Penn said.`), and
   * line `l`'s words end on `!`, `?` or `,` (at `end`): text written one sentence a line.
   */
  private cueOpensNextLine(l: number, end: number): boolean {
    const { text, lines } = this;
    const p = text.charCodeAt(end - 1);
    if (p !== 33 && p !== 63 && p !== 44) return false;
    if (l + 1 >= lines.starts.length) {
      this.readToEnd = true;
      return false;
    }
    this.touch(l + 1);
    const ne = lines.ends[l + 1];
    const w = nextWord(text, lines.starts[l + 1], ne);
    // `Nora Penn said.`, `he said.`
    return w !== null && subjectThenCue(text, w, ne);
  }

  private onMark(i: number, c: number, ls: number, le: number): void {
    const fam = familyOf(c);
    const role = classifyMark(this.text, i, c, ls, le);
    const stack = this.stack;
    if (role === NONE) return;
    if (role === CLOSE) {
      if (fam === SINGLE) {
        // A closing single mark with no single quote open on top is an apostrophe (`the Joneses’`).
        const top = stack.length - 1;
        if (top >= 0 && stack[top].fam === SINGLE) this.closeAt(top, i);
        return;
      }
      const k = this.topmost(fam);
      if (k >= 0) this.closeAt(k, i);
      return;
    }
    if (role === AMBIG || role === WEAK) {
      const top = stack.length - 1;
      if (top >= 0 && stack[top].fam === fam) {
        this.closeAt(top, i);
        return;
      }
      if (fam === DOUBLE) {
        const k = this.topmost(fam);
        if (k >= 0) {
          this.closeAt(k, i);
          return;
        }
      }
    }
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ pos: i, fam, weak: role === WEAK, paraStart: opensParagraph(this.text, i, ls), reopens: null });
  }

  private topmost(fam: number): number {
    const stack = this.stack;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].fam === fam) return k;
    return -1;
  }

  /** Closes stack[k] with the mark at `i`; quotes opened inside it and still open are unclosed. */
  private closeAt(k: number, i: number): void {
    const stack = this.stack;
    while (stack.length - 1 > k) {
      const o = stack.pop()!;
      if (!o.weak) this.emitUnclosed(o, i, this.depthBelow(stack.length));
    }
    const o = stack.pop()!;
    this.emit(o, i + 1, i, this.depthBelow(k));
  }

  /** Nesting depth of a quote at stack index `k`: open quotes below it that are not apostrophes. */
  private depthBelow(k: number): number {
    let d = 0;
    for (let r = 0; r < k; r++) if (!this.stack[r].weak) d++;
    return d;
  }

  private endOfLine(l: number): void {
    const stack = this.stack;
    const { text, lines } = this;
    // Straight single marks never closed on their line were apostrophes.
    let w = 0;
    for (let r = 0; r < stack.length; r++) if (!stack[r].weak) stack[w++] = stack[r];
    stack.length = w;
    if (w === 0) return;
    const le = trimEnd(text, lines.starts[l], lines.ends[l]);
    while (stack.length > 1) {
      const o = stack.pop()!;
      this.emitUnclosed(o, le, stack.length);
    }
    if (l < this.state.contThrough) return;
    if (this.continues(l)) return;
    this.emitUnclosed(stack.pop()!, le, 0);
  }

  /** Decides whether the quote open at the end of line `l` runs on, and how far. */
  private continues(l: number): boolean {
    const { text, lines } = this;
    const b = this.stack[0];
    const nLines = lines.starts.length;
    let j = l + 1;
    let sawBlank = false;
    while (j < nLines && (this.touch(j), isBlankLine(text, lines, j))) {
      sawBlank = true;
      j++;
    }
    if (j >= nLines) {
      this.readToEnd = true;
      return false;
    }
    const first = firstNonSpace(text, lines.starts[j], lines.ends[j]);
    const fc = text.charCodeAt(first);
    if (first < lines.ends[j] && isMarkCode(fc) && familyOf(fc) === b.fam) {
      const role = classifyMark(text, first, fc, lines.starts[j], lines.ends[j]);
      if (b.paraStart && (role === OPEN || role === AMBIG)) {
        // “We are here... ⏎ “And we will stay,” she said.
        this.state.skipAt = first;
        this.state.contThrough = j;
        return true;
      }
      if (role !== CLOSE) return false;
    }
    if (sawBlank) return false;
    // Same paragraph over several lines: go on if the next mark of the family closes.
    const limit = Math.min(nLines, j + MAX_CONTINUATION_LINES);
    for (let k = j; k < limit; k++) {
      this.touch(k);
      const ks = lines.starts[k];
      const ke = lines.ends[k];
      if (k > j && isBlankLine(text, lines, k)) return false;
      for (let i = ks; i < ke; i++) {
        const c = text.charCodeAt(i);
        if (!isMarkCode(c) || familyOf(c) !== b.fam) continue;
        const role = classifyMark(text, i, c, ks, ke);
        if (role === NONE) continue;
        if (role === CLOSE || ((role === AMBIG || role === WEAK) && i !== firstNonSpace(text, ks, ke))) {
          this.state.contThrough = k;
          return true;
        }
        return false;
      }
    }
    return false;
  }

  private emitUnclosed(o: OpenMark, end: number, depth: number): void {
    this.diagnostics.push({
      start: o.pos,
      end: o.pos + 1,
      severity: 'warning',
      code: 'unclosed-quote',
      message: 'This quotation mark is never closed',
    });
    this.emit(o, Math.max(end, o.pos + 1), Math.max(end, o.pos + 1), depth);
  }

  /** Records a quote from the opening mark to `end` (exclusive); the inner text ends at `innerEnd`. */
  private emit(o: OpenMark, end: number, innerEnd: number, depth: number): void {
    const text = this.text;
    const innerStart = o.pos + 1;
    let words: string;
    if (o.reopens === null) words = detach(text.slice(innerStart, innerEnd));
    else {
      const parts: string[] = [];
      let from = innerStart;
      for (const r of o.reopens) {
        parts.push(text.slice(from, r));
        from = r + 1;
      }
      parts.push(text.slice(from, innerEnd));
      words = detach(parts.join(''));
    }
    const kind = o.reopens === null && isScare(text, o.pos, innerStart, innerEnd, end) ? 'scare' : 'direct';
    this.quotes.push({ start: o.pos, end, inner: { start: innerStart, end: innerEnd }, depth, kind, text: words });
  }
}

/**
 * Depth from the spans themselves, once all quotes are known: a quote's depth is the number of
 * quotes around it. (A straight single mark kept open as a possible apostrophe may turn out to
 * be a quote around others only when it closes.)
 */
export function setDepths(quotes: { start: number; end: number; depth: number }[]): void {
  const ends: number[] = [];
  for (const q of quotes) {
    while (ends.length > 0 && ends[ends.length - 1] <= q.start) ends.pop();
    q.depth = ends.length;
    ends.push(q.end);
  }
}

function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201e) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

function familyOf(c: number): number {
  return c === 0x27 || (c >= 0x2018 && c <= 0x201b) || c === 0x2039 || c === 0x203a ? SINGLE : DOUBLE;
}

/** Whether the mark at `i` (line content `ls..le`) opens, closes, may do either, or is an apostrophe. */
function classifyMark(text: string, i: number, c: number, ls: number, le: number): number {
  const prev = i > ls ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < le ? text.charCodeAt(i + 1) : -1;
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0xab: // «
    case 0x2039: // ‹
    case 0x201a: // ‚
    case 0x201b: // ‛
      return OPEN;
    case 0x201d: // ”
    case 0xbb: // »
    case 0x203a: // ›
      return CLOSE;
    case 0x2018: // ‘
      if (isWordCode(prev) && isWordCode(next)) return NONE;
      if (isSpaceCode(next) && !isSpaceCode(prev)) return NONE;
      if (isDigit(next) && isDecade(text, i + 1, le)) return NONE; // ‘90s written with the wrong mark
      return OPEN;
    case 0x2019: // ’
      if (isWordCode(next) && (isWordCode(prev) || isSpaceCode(prev) || opensBefore(prev))) return NONE; // don’t, ’90s, ’em
      if (isSpaceCode(prev) || opensBefore(prev)) return isSpaceCode(next) || closesAfter(next) ? CLOSE : NONE; // tokenised: ? ’
      if (prev === 115 && isPossessiveBeforeClose(text, i, le)) return NONE; // ‘the Smiths’ turn,’
      return CLOSE;
    case 0x22: {
      // "
      const pS = isSpaceCode(prev) || opensBefore(prev);
      const nS = isSpaceCode(next) || closesAfter(next);
      if (pS && !nS) return OPEN;
      if (!pS && nS) return CLOSE;
      return byLinePosition(text, i, ls, le, AMBIG);
    }
    default: {
      // ' (0x27)
      if (isWordCode(prev) && isWordCode(next)) return NONE; // don't, rock'n'roll
      const pS = isSpaceCode(prev) || opensBefore(prev);
      const nS = isSpaceCode(next) || closesAfter(next);
      if (pS && !nS) return isElision(text, i + 1, le) ? NONE : OPEN; // 'em, 'tis, tokenised I 'm
      if (!pS && nS) return CLOSE;
      return byLinePosition(text, i, ls, le, WEAK);
    }
  }
}

/**
 * `s’` followed by a word, with another closing single mark later in the same sentence:
 * a plural possessive inside the quote (`‘It’s the Smiths’ turn,’`). Looks a bounded distance ahead.
 */
function isPossessiveBeforeClose(text: string, i: number, le: number): boolean {
  if (i + 2 >= le || text.charCodeAt(i + 1) !== 32 || !isWordCode(text.charCodeAt(i + 2))) return false;
  const stop = Math.min(le, i + 120);
  for (let k = i + 2; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 0x2018 || c === 0x201c || c === 0x201d) return false;
    // A later ’ that can close: something before it, no letter after it.
    if (c === 0x2019 && !isSpaceCode(text.charCodeAt(k - 1)) && !(k + 1 < le && isWordCode(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

/**
 * A mark with space on both sides (tokenised text) that begins its line opens a quote, and one
 * that ends its line closes one: after a wrong guess, pairing is right again on the next line.
 */
function byLinePosition(text: string, i: number, ls: number, le: number, otherwise: number): number {
  let k = i - 1;
  while (k >= ls && isSpaceCode(text.charCodeAt(k))) k--;
  const first = k < ls;
  k = i + 1;
  while (k < le && isSpaceCode(text.charCodeAt(k))) k++;
  const last = k >= le;
  if (first && !last) return OPEN;
  if (last && !first) return CLOSE;
  return otherwise;
}

/** Words written after an apostrophe that stands for left-out letters (`'em`, `'tis`, `'90s`, `'s`). */
const ELISIONS = new Set(['s', 'm', 'd', 'll', 're', 've', 't', 'em', 'tis', 'twas', 'twere', 'twill', 'n', 'cause', 'til', 'till', 'bout', 'round', 'neath', 'nuff', 'ere', 'un', 'ow', 'im', 'er', 'ee', 'ave', 'appen', 'ud']);

function isElision(text: string, from: number, le: number): boolean {
  if (from >= le) return false;
  if (isDigit(text.charCodeAt(from))) return isDecade(text, from, le);
  let k = from;
  while (k < le && k - from < 6 && isLetterCode(text.charCodeAt(k))) k++;
  if (k === from || (k < le && isWordCode(text.charCodeAt(k)))) return false;
  return ELISIONS.has(text.slice(from, k).toLowerCase());
}

/** `90s`, `60's`: two digits and an s. */
function isDecade(text: string, from: number, le: number): boolean {
  return (
    from + 2 < le &&
    isDigit(text.charCodeAt(from)) &&
    isDigit(text.charCodeAt(from + 1)) &&
    (text.charCodeAt(from + 2) === 115 || text.charCodeAt(from + 2) === 0x27 || text.charCodeAt(from + 2) === 0x2019)
  );
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** Characters after which a mark opens: brackets, dashes, a colon, another opening mark. */
function opensBefore(c: number): boolean {
  return (
    c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58 || c === 60 ||
    c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x22 || c === 0x27
  );
}

/** Characters before which a mark closes: punctuation, brackets, dashes, another closing mark. */
function closesAfter(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 ||
    c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026 || c === 0x201d || c === 0x2019 || c === 0xbb ||
    c === 0x22 || c === 0x27 || c === 62
  );
}

/** True when only white space, or a colon, stands between the line start and the mark. */
function opensParagraph(text: string, i: number, ls: number): boolean {
  let k = i - 1;
  while (k >= ls && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < ls) return true;
  // After a colon, a sentence's end or a cue's comma: `he continued. “Early action saves lives.`
  // (next paragraph) `“In 2019, ...”` is one quote.
  const c = text.charCodeAt(k);
  return c === 58 || c === 46 || c === 33 || c === 63 || c === 44;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

function trimEnd(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * A scare quote: 1-4 words without sentence punctuation, inside a sentence, with no cue verb
 * right before or after, nor one closing the sentence (`a ‘low point’`, `an “unbiased”
 * investigation`).
 */
function isScare(text: string, open: number, innerStart: number, innerEnd: number, end: number): boolean {
  if (innerEnd - innerStart > MAX_SCARE_CHARS || innerEnd <= innerStart) return false;
  let words = 0;
  let inWord = false;
  for (let k = innerStart; k < innerEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 13 || c === 0x2026) {
      // A final full stop after one or two words is still sentence punctuation.
      return false;
    }
    const w = isWordCode(c);
    if (w && !inWord) words++;
    inWord = w || (inWord && (c === 45 || c === 0x27 || c === 0x2019) && k + 1 < innerEnd && isWordCode(text.charCodeAt(k + 1)));
  }
  if (words < 1 || words > 4) return false;
  // Inside a sentence: something other than sentence punctuation comes before it on its line.
  let k = open - 1;
  while (k >= 0 && isPlainBlank(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  const p = text.charCodeAt(k);
  if (p === 10 || p === 13 || p === 46 || p === 33 || p === 63 || p === 58 || p === 59) return false;
  if (p === 0x201d || p === 0x22 || p === 0xbb) return false;
  const before = wordBefore(text, k + 1);
  if (isCueVerb(before)) return false;
  // A few words a speaker is reported to have used, not a label put on something: no
  // determiner before them (not `a ‘low point’`, `more ‘provocations’`) and a reporting verb
  // earlier in the sentence (`said the talks were “frank”`, `accused ministers of “economic
  // vandalism”`).
  // `that` before a clause of three words or more opens what was reported (`said tonight that
  // “lessons will be learned”`), not a label put on a thing (`that “reform”`).
  if ((!SCARE_BEFORE.has(before) || (before === 'that' && words >= 3)) && reportedEarlier(text, k + 1)) return false;
  // No cue right after it: `“Fine,” said Tom`, `“Fine,” he said`, `“Fine,” Tom Hale said`.
  let at = end;
  for (let n = 0; n < 3; n++) {
    const w = wordAfter(text, at);
    if (w === null) break;
    if (isCueVerb(w.word)) return false;
    const c = text.charCodeAt(w.end - w.word.length);
    if (!(c >= 65 && c <= 90) && !SUBJECT_PRONOUNS.has(w.word)) break;
    at = w.end;
  }
  // `“dead”, the union said on Monday.`, `“not ready” before winter, engineers warn`.
  if (!SCARE_BEFORE.has(before) && closedByCue(text, end)) return false;
  return true;
}

/** How far after a quote the end of its sentence is looked for (`closedByCue`). */
const CLOSING_REACH = 160;

/**
 * The sentence goes on after a quote ending at `end` to a last comma and a short clause with a
 * cue verb (`, the union said on Monday.`, `, said the minister.`, `, according to two
 * officials.`, a headline's `, engineers warn`): the quote is what was said. Reads the quote's line only, to the sentence's end.
 */
function closedByCue(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + CLOSING_REACH);
  let k = end;
  let comma = -1;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= text.length || isSpaceCode(text.charCodeAt(k + 1)))) break;
    // Another clause or quotation first.
    if (c === 59 || c === 58 || c === 0x201c || c === 0x201d || c === 0x22 || c === 0xab || c === 0xbb) return false;
    if (c === 44) comma = k;
  }
  if (comma < 0 || (k === limit && limit < text.length)) return false;
  let words = 0;
  let cueAt = 0;
  for (let i = comma + 1; i < k; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < k && (isWordCode(text.charCodeAt(j)) || ((text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2019) && j + 1 < k && isWordCode(text.charCodeAt(j + 1))))) j++;
    const w = text.slice(i, j).toLowerCase();
    words++;
    // A clause of its own (`, as they say`, `, when others were ...`, `, to call her`).
    if (words === 1 && CLAUSE_OPENERS.has(w)) return false;
    if (cueAt === 0 && (isCueVerb(w) || w === 'according')) cueAt = words;
    i = j;
  }
  // A speaker of a few words on one side of the verb or the other, a few words after it.
  return cueAt > 0 && cueAt <= CLOSING_SUBJECT_WORDS + 1 && words - cueAt <= CLOSING_SUBJECT_WORDS && words >= 2;
}

/** At most this many words before a closing cue are its speaker (`forecasters at the regional weather office`), and after it its speaker or a time. */
const CLOSING_SUBJECT_WORDS = 6;

/** Words that open a clause of its own after a comma, not a speaker and a cue. */
const CLAUSE_OPENERS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'then', 'when', 'while', 'whilst', 'as', 'if', 'unless', 'until', 'since', 'because',
  'though', 'although', 'where', 'whereas', 'which', 'who', 'whom', 'whose', 'that', 'to', 'for', 'with', 'without', 'in', 'on',
  'at', 'by', 'from', 'after', 'before', 'of', 'not', 'only', 'even', 'just', 'how', 'what', 'why',
]);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);

/**
 * Words before a short quote that make it a label put on something (`an “unbiased” inquiry`,
 * `amid ‘low point’`, `either “unlikely” or ...`) or a word talked about (`the term “final”`).
 */
const SCARE_BEFORE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'more', 'most',
  'some', 'any', 'no', 'such', 'so-called', 'every', 'each', 'another', 'amid', 'what', 'whose', 'which', 'either', 'neither',
  'term', 'terms', 'word', 'words', 'phrase', 'expression', 'slogan', 'label', 'name', 'title', 'headline', 'hashtag', '',
]);

/** How far back a sentence is read for its reporting verb. */
const SENTENCE_REACH = 400;
/**
 * How far before a line the quotes read on it may look (`reportedEarlier`, across the line
 * breaks of one paragraph): a block's quotes are read again when the text that far before its
 * start changed.
 */
export const QUOTE_LOOK_BEHIND = SENTENCE_REACH;

/**
 * A verb reporting speech or naming comes before `end` in its sentence: read back word by word
 * to a sentence end (`.`, `!`, `?` before a space), a blank line or a quotation mark, at most
 * `SENTENCE_REACH` characters.
 */
function reportedEarlier(text: string, end: number): boolean {
  const stop = Math.max(0, end - SENTENCE_REACH);
  let k = end;
  while (k > stop) {
    const c = text.charCodeAt(k - 1);
    if (isWordCode(c)) {
      let s = k - 1;
      while (s > stop && isWordCode(text.charCodeAt(s - 1))) s--;
      if (k - s <= 12 && reportsPhrase(text.slice(s, k).toLowerCase())) return true;
      k = s;
      continue;
    }
    if ((c === 46 || c === 33 || c === 63) && k < text.length && isSpaceCode(text.charCodeAt(k))) return false;
    if (c === 0x201c || c === 0x201d || c === 0x22 || c === 0xab || c === 0xbb) return false;
    if (c === 10 || c === 13) {
      let j = k - 2;
      while (j >= stop && isPlainBlank(text.charCodeAt(j))) j--;
      if (j < stop || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return false;
    }
    k--;
  }
  return false;
}

/** Pronouns that open a cue after dash-led dialogue, as written (`he said`, `I said`). */
const DASH_CUE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'I']);
/** How many words before a colon a verb of speech may come (`Dante cried from the car:`). */
const COLON_CUE_WORDS = 6;
/** At most this many capitalised words name the speaker in a cue (`Tobias Wren said`). */
const CUE_NAME_WORDS = 3;

/** A dash at `at` (before `le`): `—`, or `--`. */
function isDashAt(text: string, at: number, le: number): boolean {
  const c = text.charCodeAt(at);
  return at < le && (c === 0x2014 || (c === 45 && at + 1 < le && text.charCodeAt(at + 1) === 45));
}

/** The dash right after the colon at `colon` and blanks, or -1. */
function dashAfterColon(text: string, colon: number, le: number): number {
  let k = colon + 1;
  if (k >= le || !isPlainBlank(text.charCodeAt(k))) return -1;
  while (k < le && isPlainBlank(text.charCodeAt(k))) k++;
  return isDashAt(text, k, le) ? k : -1;
}

/** Forms of `be` before a verb that make it passive (`has been written:`): no one speaks. */
const PASSIVE_HELPERS = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are']);

/** A verb of speech, written in lower case and not passive, among the few words before the colon at `colon` in its sentence. */
function cueBeforeColon(text: string, ls: number, colon: number): boolean {
  let k = colon;
  for (let n = 0; n < COLON_CUE_WORDS; n++) {
    while (k > ls && (isPlainBlank(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 44)) k--;
    const e = k;
    while (k > ls && isWordCode(text.charCodeAt(k - 1))) k--;
    if (k === e) return false;
    if (isCueVerb(text.slice(k, e))) return !PASSIVE_HELPERS.has(wordBefore(text, k));
  }
  return false;
}

/** The word that starts at `from` after blanks (not crossing `end` or punctuation): its start and end, or null. */
function nextWord(text: string, from: number, end: number): { start: number; end: number } | null {
  let k = from;
  while (k < end && isPlainBlank(text.charCodeAt(k))) k++;
  const s = k;
  while (k < end && k - s < 30 && isWordCode(text.charCodeAt(k))) k++;
  return k === s ? null : { start: s, end: k };
}

/**
 * Where a cue inside a dash-led line cuts its words (`— Well done, my friend, he cried warmly.`):
 * just after the first `,` `!` or `?` followed by a pronoun or a name and a verb of speech
 * (`he cried`, `Nora Penn said`), or by a verb of speech and one of them (`said Nora`). -1 when none.
 */
function cueInside(text: string, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 33 && c !== 63) continue;
    const w = nextWord(text, i + 1, end);
    if (w === null) continue;
    if (isCueVerb(text.slice(w.start, w.end))) {
      const x = nextWord(text, w.end, end);
      if (x !== null && (DASH_CUE_PRONOUNS.has(text.slice(x.start, x.end)) || isUpperStart(text, x.start))) return i + 1;
      continue;
    }
    if (subjectThenCue(text, w, end)) return i + 1;
  }
  return -1;
}

/** From the word `w`: a pronoun or one to three capitalised words, then a verb of speech (`he cried`, `Nora Penn said`). */
function subjectThenCue(text: string, w: { start: number; end: number }, end: number): boolean {
  let v: { start: number; end: number } | null = w;
  if (DASH_CUE_PRONOUNS.has(text.slice(w.start, w.end))) v = nextWord(text, w.end, end);
  else {
    let n = 0;
    while (v !== null && n < CUE_NAME_WORDS && isUpperStart(text, v.start)) {
      n++;
      v = nextWord(text, v.end, end);
    }
    if (n === 0) return false;
  }
  return v !== null && isCueVerb(text.slice(v.start, v.end));
}

/** At most this many words make up a cue inside a dash-led line (`Tobias Wren said quietly to him`). */
const CUE_WORDS = 7;

/**
 * Where the words go on after the cue that starts at `from` (`he said, you silly fool!`): the
 * first word after the comma that ends the cue, when the cue is a few words and a comma ends it. -1 when not.
 */
function afterCueComma(text: string, from: number, end: number): number {
  let k = from;
  for (let n = 0; ; n++) {
    const w = nextWord(text, k, end);
    if (w === null) break;
    if (n >= CUE_WORDS) return -1;
    k = w.end;
  }
  while (k < end && isPlainBlank(text.charCodeAt(k))) k++;
  if (k >= end || text.charCodeAt(k) !== 44) return -1;
  const next = nextWord(text, k + 1, end);
  return next === null ? -1 : next.start;
}

function isUpperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** The lower-cased word ending at `end` (skipping commas and spaces), or ''. */
function wordBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 9)) k--;
  const e = k + 1;
  let n = 0;
  // A hyphen inside the word belongs to it (`so-called`).
  while (k >= 0 && (isWordCode(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && k > 0 && k + 1 < e && isWordCode(text.charCodeAt(k - 1)))) && n < 20) {
    k--;
    n++;
  }
  return text.slice(k + 1, e).toLowerCase();
}

/** The next lower-cased word after `from` on the same line, skipping spaces and commas. */
function wordAfter(text: string, from: number): { word: string; end: number } | null {
  let k = from;
  const n = text.length;
  while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
  const s = k;
  while (k < n && k - s < 20 && isWordCode(text.charCodeAt(k))) k++;
  if (k === s) return null;
  return { word: text.slice(s, k).toLowerCase(), end: k };
}
