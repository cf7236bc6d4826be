/**
 * Incremental analysis: one analyser per open document keeps what each block of the text
 * gave and, after an edit, reads again only the blocks the edit touched; the steps that
 * need the whole text then reuse what they can.
 *
 * ```
 * const a = new IncrementalAnalyzer();
 * a.update('MS. KOWAL: Good afternoon.\n\nQ    Thank you.');   // reads every block
 * a.update('MS. KOWAL: Good afternoon!\n\nQ    Thank you.');   // reads the first block only
 * ```
 *
 * The model is always the one `analyze` gives for the same text (a test holds the two equal
 * after hundreds of random edits): `analyze` itself is this analyser with nothing kept.
 */
import { resolveActors } from './actors';
import { attributeQuotesFrom, type AttributionRun } from './attribution';
import { AddressMemo, joinAddressed } from './actor-address';
import { actorsAlike } from './attribution-reuse';
import { splitBlocks, splitBlocksAfter } from './blocks';
import { sameActorForms } from './actor-compare';
import { firstStartingAt, moveSpan } from './spans';
import type { Actor, AnalyzeOptions, Diagnostic, Mention, Quote, SpeakerLabel, Span, TranscriptModel, Turn } from './model';
import { findNamesInLines } from './names';
import { withSpeechNames } from './speech-names';
import { firstPlacedAt, listPositions, type ActorResolution, type ListPositions, type NameCandidate, type RawQuote } from './pipeline-types';
import { newQuoteState, pairQuoteLines, QUOTE_LOOK_BEHIND, setDepths, sortQuotes, type OpenMark, type QuoteState } from './quotes';
import { findTimecodesIn, keepLabels, scanSpeakerLines, type ScanState, type ScannedLabels } from './speakers';
import { compareActors, IncrementalActors, joined, type NameBlock } from './incremental-actors';
import { detach, lineAt, scanLines, type LineIndex } from './text';

/** What one block gave, at the offsets it had when it was read (`base`). */
interface Block {
  start: number;
  end: number;
  /** Offset of the block when its results were made; results are moved when it changes. */
  base: number;
  // Speaker labels: the state they were read from and the state after the last line.
  spIn: number;
  spOut: number;
  labels: SpeakerLabel[];
  weak: boolean[];
  strong: number;
  timecodes: Span[];
  // Quotes: the state they were paired from (null: an open quote came in; never reused),
  // the state after the last line (relative), and what was read past the block's end.
  qIn: string | null;
  /** A quote was open when the block began: its quotes may start in blocks before. */
  qSpans: boolean;
  qOut: RelQuoteState;
  qLook: string;
  qToEnd: boolean;
  quotes: RawQuote[];
  diagnostics: Diagnostic[];
  // Names: read from the block's lines and the labels kept on them (label indices relative to
  // the block's first label), at the offset `nBase` the block had then (they are not moved);
  // nKeep -1: not read with the labels the block has now.
  nKeep: number;
  names: NameCandidate[];
  nBase: number;
}

/** A quote pairing state with offsets relative to a block's start and lines to its first line. */
interface RelQuoteState {
  readonly stack: readonly OpenMark[];
  readonly skipAt: number;
  readonly contThrough: number;
}

const EMPTY_REL: RelQuoteState = { stack: [], skipAt: -1, contThrough: -1 };

/** What the whole-text steps gave last time, to reuse when their input has not changed. */
interface GlobalState {
  readonly speakers: readonly SpeakerLabel[];
  readonly resolution: ActorResolution;
  /** Where the resolution's mentions and roles stood (the next update moves those it keeps, in place). */
  readonly at: ListPositions;
  readonly raw: readonly RawQuote[];
  readonly attribution: AttributionRun;
  readonly lineCount: number;
}

/** See `IncrementalAnalyzer.lastChange`. */
export interface ModelChange {
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly lineDelta: number;
}

/** The edit between two texts: offsets before `from` and after the `tail` last characters are unchanged. */
interface Change {
  readonly from: number;
  /** Length of the unchanged end of both texts. */
  readonly tail: number;
  /** New length minus old length. */
  readonly delta: number;
}

/**
 * Above this many characters the analysis is reduced: labels, timecodes and quotes only; no
 * names, actors or attribution (the model says `reduced`, the editor shows it).
 */
export const REDUCED_CHARS = 16 * 1024 * 1024;

export class IncrementalAnalyzer {
  private text = '';
  /**
   * Lines of the text of the last update. Its lists are written over two updates later (the
   * lines of a text are read while it is the newest or the one before): keep a copy to hold them longer.
   */
  lines: LineIndex = scanLines('');
  /** The lines before those of the last update: their lists are written over by the next one. */
  private spareLines: LineIndex | null = null;
  private blocks: Block[] = [];
  /** The first line of every block (see `splitBlocks`), of the text of the last update. */
  private firsts: number[] = [];
  private global: GlobalState | null = null;
  /** Actors kept across edits (unless pinned actors are given). */
  private actors = new IncrementalActors();
  private address = new AddressMemo();
  private model: TranscriptModel | null = null;
  /** The stretch of the new text whose blocks were read again (the rest was reused). */
  private dirtyFrom = 0;
  private dirtyTo = 0;
  /**
   * What the last update changed: the model equals the one before outside `[from, to)` of the
   * new text (moved by `delta` characters and `lineDelta` lines after it); null when anything
   * may have changed (the first update, new actors, new pinned actors).
   */
  lastChange: ModelChange | null = null;
  /** Where the text itself changed in the last update (null after the first). */
  lastEdit: ModelChange | null = null;
  /** Milliseconds each part of the last update took (for the benchmark). */
  readonly timings: Record<string, number> = {};
  /** When set (by the benchmark), bytes of heap in use, read around each part into `allocations`. */
  heapProbe: (() => number) | null = null;
  /** Heap growth of each part of the last update, when `heapProbe` is set. */
  readonly allocations: Record<string, number> = {};
  /** How many quotes the last update attributed afresh; how many blocks it read again. */
  stats = { quotesAttributed: 0, blocksRead: 0, blocks: 0, sameNames: false, namesMerged: 0, reuse: false, actorsChanged: 0 };

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /**
   * The model of `text`, reusing what the previous text gave. `bound`, when given, says that the
   * first `from` and the last `tail` characters of `text` are those of the previous text (as the
   * editor's edits tell), so only the stretch between is compared.
   */
  update(text: string, bound?: EditBound): TranscriptModel {
    try {
      return this.read(text, bound);
    } catch (e) {
      // What was kept may be half changed: the next update reads everything afresh.
      this.text = '';
      this.lines = scanLines('');
      this.spareLines = null;
      this.blocks = [];
      this.firsts = [];
      this.global = null;
      this.actors = new IncrementalActors();
      this.address = new AddressMemo();
      this.model = null;
      this.lastChange = this.lastEdit = null;
      throw e;
    }
  }

  private read(text: string, bound: EditBound | undefined): TranscriptModel {
    if (this.model !== null && text === this.text) {
      this.lastChange = this.lastEdit = { from: text.length, to: text.length, delta: 0, lineDelta: 0 };
      return this.model;
    }
    const tm = this.timings;
    const probe = this.heapProbe;
    const al = this.allocations;
    let h = probe === null ? 0 : probe();
    let t = now();
    const lap = (k: string) => {
      const n = now();
      tm[k] = n - t;
      t = n;
      if (probe !== null) {
        const x = probe();
        al[k] = x - h;
        h = x;
      }
    };
    const change = diff(this.text, text, bound);
    lap('diff');
    const oldLines = this.lines;
    const lines = this.model === null ? scanLines(text) : rescanLines(this.lines, text, change.from, text.length - change.tail, change.delta, this.spareLines);
    this.lastEdit = this.model === null ? null : { from: change.from, to: text.length - change.tail, delta: change.delta, lineDelta: lines.starts.length - this.lines.starts.length };
    this.spareLines = this.model === null ? null : oldLines;
    this.lines = lines;
    lap('lines');
    const blocks = this.readBlocks(text, lines, oldLines, change);
    lap('blocks');
    this.blocks = blocks;
    this.text = text;

    // Labels: weak ones stay only when the whole text has a strong one or two labels in all.
    // Loops over every block and item run on each keystroke: indexed, as cheap as they can be
    // while the code is still cold (the first keystrokes after the text is opened).
    let strong = 0;
    let total = 0;
    for (let k = 0; k < blocks.length; k++) {
      strong += blocks[k].strong;
      total += blocks[k].labels.length;
    }
    const speakers: SpeakerLabel[] = [];
    const timecodes: Span[] = [];
    const nameBlocks: NameBlock[] = [];
    const keep = strong > 0 || total >= 2 ? 1 : 0;
    const reduced = text.length > REDUCED_CHARS;
    const labelBases: number[] = [];
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      labelBases.push(speakers.length);
      const kept = keep === 1 ? b.labels : keepLabels({ labels: b.labels, weak: b.weak, strong: b.strong }, strong, total);
      for (let i = 0; i < kept.length; i++) speakers.push(kept[i]);
      const tcs = b.timecodes;
      for (let i = 0; i < tcs.length; i++) timecodes.push(tcs[i]);
    }
    lap('labels');
    // Names are read line by line: a block's names are those of its lines and labels, read
    // again only when the block (or the labels kept on it) changed.
    if (!reduced) {
      for (let k = 0; k < blocks.length; ) {
        if (blocks[k].nKeep === keep) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < blocks.length && blocks[e].nKeep !== keep) e++;
        this.readNames(text, lines, blocks, k, e, speakers, labelBases, keep);
        k = e;
      }
      // Made afresh: cheaper than writing over an entry kept with each block (a cache miss each).
      for (let k = 0; k < blocks.length; k++) nameBlocks.push({ names: blocks[k].names, delta: blocks[k].start - blocks[k].nBase, labelBase: labelBases[k] });
    }
    lap('names');
    const { quotes: raw, diagnostics } = assembleQuotes(blocks);
    lap('assemble');

    if (reduced) {
      this.global = null;
      this.lastChange = null;
      this.model = {
        text,
        speakers,
        turns: buildTurns(text, speakers, []),
        quotes: raw.map(unattributed),
        actors: [],
        mentions: [],
        roles: [],
        timecodes,
        diagnostics,
        reduced: true,
      };
      return this.model;
    }
    const g = this.global;
    const pinned = this.options.pinned ?? [];
    const merged = pinned.length === 0 ? this.actors.update(nameBlocks, speakers) : resolveActors(text, speakers, absoluteNames(nameBlocks), pinned);
    // People addressed by a title alone, joined to the speaker addressed: when the joins are not
    // those of the analysis before, mentions away from the edit may have changed hands.
    const joinsBefore = this.address.key;
    const ta = now();
    const resolution = joinAddressed(text, speakers, merged, this.address);
    const addressMs = now() - ta;
    const joinsHeld = g !== null && this.address.key === joinsBefore;
    const same = g !== null && pinned.length === 0 && this.actors.merged === 0 && joinsHeld;
    lap('actors');
    if (pinned.length === 0) {
      tm['actors.blocks'] = this.actors.blocksMs;
      tm['actors.merge'] = this.actors.mergeMs;
      tm['actors.lists'] = this.actors.assembleMs;
    }
    tm['actors.address'] = addressMs;
    const turns = buildTurns(text, speakers, resolution.labelActors, this.model === null || this.model.reduced ? null : this.model, change.from, text.length - change.tail, change.delta);
    lap('turns');
    this.stats.sameNames = same;
    this.stats.namesMerged = pinned.length === 0 ? this.actors.merged : -1;
    let from = Math.min(this.dirtyFrom, change.from);
    let to = Math.max(this.dirtyTo, text.length - change.tail);
    // No name merged again: the mentions outside the stretch only moved, but a name inside it may be gone.
    let cmp = g === null || pinned.length > 0 || !joinsHeld ? null : same ? { around: true, all: actorsAlike(g.resolution, g.at, resolution, from, to, change.delta) } : compareActors(g.resolution, g.at, resolution, from, to, change.delta);
    let apart: Span[] = [];
    /** The model may differ from the one before here too (the mentions apart). */
    let hullFrom = from;
    let hullTo = to;
    if (g !== null && cmp !== null && !cmp.around) {
      // Names merged again changed mentions away from the edit (a surname now another person's):
      // attribution reads again only the quotes near the edit or near one of them.
      apart = changedMentions(g.resolution, g.at, resolution, from, to, change.delta);
      const wideFrom = apart.length > 0 ? Math.min(from, apart[0].start) : from;
      const wideTo = apart.length > 0 ? Math.max(to, apart[apart.length - 1].end) : to;
      // Outside the hull of them all, the mentions and roles are the same and so are the kinds.
      const again = compareActors(g.resolution, g.at, resolution, wideFrom, wideTo, change.delta);
      if (again.around) {
        cmp = again;
        hullFrom = wideFrom;
        hullTo = wideTo;
      } else if (again.otherKind !== undefined) {
        // Some actors show another kind (a name now a place's): what reads one of their mentions
        // or roles reads otherwise, and their mentions are coloured otherwise. They count as apart.
        apart = joinSpans(apart, namedBy(resolution, again.otherKind));
        cmp = { around: true, all: false };
        hullFrom = Math.min(from, apart[0].start);
        hullTo = Math.max(to, apart[apart.length - 1].end);
      }
    }
    lap('compare');
    const reuse =
      g !== null && cmp !== null && cmp.around
        ? {
            old: g.attribution,
            oldRaw: g.raw,
            from,
            to,
            delta: change.delta,
            lineDelta: lines.starts.length - g.lineCount,
            descriptionsChanged: !cmp.all || apart.length > 0,
            apart,
            changed: !cmp.all || apart.length > 0 ? changedActors(g.resolution, g.at, resolution, from, to, change.delta, apart) : null,
          }
        : null;
    const attribution = attributeQuotesFrom(text, lines, raw, speakers, turns, resolution, reuse);
    const quotes = attribution.quotes;
    this.stats.quotesAttributed = attribution.attributed;
    if (reuse !== null) {
      // Quotes of blocks read again may reach into blocks before them.
      let lo = Math.min(from, attribution.freshFrom);
      for (let k = 0; k < blocks.length; k++) {
        const b = blocks[k];
        if (b.qSpans && b.end > from && b.start < to) for (const q of b.quotes) lo = Math.min(lo, q.start);
      }
      this.lastChange = { from: Math.min(lo, hullFrom), to: Math.max(hullTo, attribution.freshTo), delta: change.delta, lineDelta: reuse.lineDelta };
    } else this.lastChange = null;
    this.stats.reuse = reuse !== null;
    this.stats.actorsChanged = reuse !== null && reuse.changed != null ? reuse.changed.size : 0;
    lap('attribution');
    this.global = { speakers, resolution, at: listPositions(resolution), raw, attribution, lineCount: lines.starts.length };
    this.model = {
      text,
      speakers,
      turns,
      quotes,
      actors: resolution.actors,
      mentions: resolution.mentions,
      roles: resolution.roles,
      timecodes,
      diagnostics,
      reduced: false,
    };
    return this.model;
  }

  /** Names of blocks `k..e` (exclusive), each read from its lines and labels, strings their own. */
  private readNames(text: string, lines: LineIndex, blocks: Block[], k: number, e: number, speakers: readonly SpeakerLabel[], labelBases: readonly number[], keep: number): void {
    const start = blocks[k].start;
    const end = blocks[e - 1].end;
    let l0 = lineAt(lines, start);
    for (let j = k; j < e; j++) {
      const b = blocks[j];
      const l1 = b.end >= text.length ? lines.starts.length : lineAt(lines, b.end);
      const labelEnd = j + 1 < blocks.length ? labelBases[j + 1] : speakers.length;
      b.names = withSpeechNames(text, lines, l0, l1, findNamesInLines(text, lines, l0, l1, speakers, labelBases[j], labelEnd, true));
      b.nBase = b.start;
      b.nKeep = keep;
      l0 = l1;
    }
    if (start < this.dirtyFrom) this.dirtyFrom = start;
    if (end > this.dirtyTo) this.dirtyTo = end;
  }

  /** Blocks of the new text: unchanged ones reused (moved), the others read again. */
  private readBlocks(text: string, lines: LineIndex, oldLines: LineIndex, change: Change): Block[] {
    const firsts = this.firsts.length > 1 && this.blocks.length > 0 ? splitBlocksAfter(text, lines, this.firsts, oldLines, change.from, text.length - change.tail, change.delta) : splitBlocks(text, lines);
    this.firsts = firsts;
    // The old blocks are sorted by start, and so are the offsets looked up: one pointer walks them.
    const oldBlocks = this.blocks;
    let oi = 0;
    const oldAt = (s: number): Block | undefined => {
      while (oi < oldBlocks.length && oldBlocks[oi].start < s) oi++;
      return oi < oldBlocks.length && oldBlocks[oi].start === s ? oldBlocks[oi] : undefined;
    };
    const n = lines.starts.length;
    const out: Block[] = [];
    const sp: ScanState = { sawQuestion: false, paragraphStart: true };
    let qs: QuoteState = newQuoteState();
    // While every block so far left the quote state the old text had there, a reused block's
    // state is not keyed again, and the state after it is made only when a block needs it.
    let settled = true;
    let after: Block | null = null;
    let afterLine = 0;
    let crossed = false;
    const changedEnd = text.length - change.tail;
    this.dirtyFrom = text.length;
    this.dirtyTo = 0;
    this.stats = { quotesAttributed: 0, blocksRead: 0, blocks: firsts.length - 1, sameNames: false, namesMerged: 0, reuse: false, actorsChanged: 0 };
    for (let k = 0; k + 1 < firsts.length; k++) {
      const l0 = firsts[k];
      const l1 = firsts[k + 1];
      const start = lines.starts[l0];
      const end = l1 < n ? lines.starts[l1] : text.length;
      // The same text as a block of the old text: wholly before the change or wholly after it.
      let prev: Block | undefined;
      /** The text the old block read past its end is surely unchanged (it lies past the edit, or wholly before it). */
      let lookSame = false;
      if (end <= change.from && end < text.length) {
        prev = oldAt(start);
        if (prev && prev.end !== end) prev = undefined;
      } else if (start >= changedEnd && start > change.from) {
        prev = oldAt(start - change.delta);
        if (prev && prev.end !== end - change.delta) prev = undefined;
        lookSame = true;
      }
      if (prev && !lookSame && !prev.qToEnd && end + prev.qLook.length <= change.from) lookSame = true;
      /** How far the old block's results moved. */
      const moves = prev ? start - prev.base : 0;
      const b: Block = prev ? moved(prev, start, end) : fresh(start, end);
      let reread = prev === undefined;

      // Speaker labels.
      const spIn = (sp.sawQuestion ? 1 : 0) | (sp.paragraphStart ? 2 : 0);
      if (prev && prev.spIn === spIn) {
        sp.sawQuestion = (b.spOut & 1) !== 0;
        sp.paragraphStart = (b.spOut & 2) !== 0;
        if (moves !== 0) moveLabels(b, moves);
      } else {
        reread = true;
        const found: ScannedLabels = scanSpeakerLines(text, lines, l0, l1, sp);
        b.spIn = spIn;
        b.spOut = (sp.sawQuestion ? 1 : 0) | (sp.paragraphStart ? 2 : 0);
        b.labels = found.labels;
        b.weak = found.weak;
        b.strong = found.strong;
        b.timecodes = findTimecodesIn(text, lines, l0, l1, found.labels);
        b.nKeep = -1;
      }

      // Quotes. Past the edit, the state is keyed again at least once.
      if (start >= change.from && !crossed) {
        crossed = true;
        settled = false;
      }
      // Its quotes may read back into the text before it (a reporting verb earlier in the
      // sentence): not the old block's when the edit lies within that reach.
      const behindSame = start < change.from || start - QUOTE_LOOK_BEHIND >= changedEnd;
      if (prev && settled && prev.qIn !== null && behindSame && (lookSame || lookStillHolds(text, end, prev.qLook, prev.qToEnd))) {
        after = b;
        afterLine = l0;
      } else {
        if (after !== null) {
          qs = absoluteState(after.qOut, after.start, afterLine);
          after = null;
        }
        const qIn = quoteKey(text, qs, start, l0);
        if (prev && qIn !== null && prev.qIn === qIn && behindSame && (lookSame || lookStillHolds(text, end, prev.qLook, prev.qToEnd))) {
          after = b;
          afterLine = l0;
          settled = true;
        } else {
          settled = false;
          reread = true;
          const spans = qs.stack.length > 0;
          const run = pairQuoteLines(text, lines, l0, l1, qs);
          sortQuotes(run.quotes);
          setDepths(run.quotes);
          run.diagnostics.sort((x, y) => x.start - y.start);
          b.qIn = qIn;
          b.qSpans = spans;
          b.quotes = run.quotes;
          b.diagnostics = run.diagnostics;
          b.qLook = run.readTo > end ? detach(text.slice(end, run.readTo)) : '';
          b.qToEnd = run.readToEnd;
          b.qOut = relativeState(qs, start, l0);
        }
      }
      if (reread) {
        this.stats.blocksRead++;
        if (start < this.dirtyFrom) this.dirtyFrom = start;
        if (end > this.dirtyTo) this.dirtyTo = end;
      }
      out.push(b);
    }
    if (this.dirtyTo < this.dirtyFrom) this.dirtyTo = this.dirtyFrom = change.from;
    return out;
  }
}

/**
 * `a` holding the first `n` numbers of `b`; the rest is written by the caller, who sets the
 * length last (shortening a list first would give its memory back, only to take it again).
 */
function copyInto(a: number[], b: readonly number[], n: number): number[] {
  for (let i = 0; i < n; i++) put(a, i, b[i]);
  return a;
}

/** Writes `a[i]`, growing `a` by one when `i` is its length (it stays packed). */
function put(a: number[], i: number, x: number): void {
  if (i < a.length) a[i] = x;
  else a.push(x);
}

/**
 * The stretches of the new text outside `[from, to)` (the edit's, new offsets) holding a mention
 * or role that is not the same before (`a`, whose offsets then `aAt` holds) and after (`b`) the
 * edit, moved by `delta` after it; sorted, overlapping ones joined. Outside them and the edit's
 * stretch the mentions and roles are the same.
 */
function changedMentions(a: ActorResolution, aAt: ListPositions, b: ActorResolution, from: number, to: number, delta: number): Span[] {
  const found: Span[] = [];
  const oldTo = to - delta;
  const add = (lo: number, hi: number): void => {
    found.push({ start: lo, end: Math.max(hi, lo + 1) });
  };
  const over = <T extends Span>(xs: readonly T[], xAt: Int32Array, ys: readonly T[], same: (x: T, y: T) => boolean): void => {
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < xs.length && xAt[2 * i] >= from && xAt[2 * i] < oldTo) i++;
      while (j < ys.length && ys[j].start >= from && ys[j].start < to) j++;
      if (i >= xs.length && j >= ys.length) return;
      const x = i < xs.length ? xs[i] : null;
      const y = j < ys.length ? ys[j] : null;
      // Where x stood, moved as the edit moves it.
      const xd = x === null ? 0 : xAt[2 * i] >= oldTo ? delta : 0;
      const xs0 = x === null ? Infinity : xAt[2 * i] + xd;
      const xe0 = x === null ? Infinity : xAt[2 * i + 1] + xd;
      const ys0 = y === null ? Infinity : y.start;
      if (x !== null && y !== null && xs0 === ys0 && xe0 === y.end && (x === y || same(x, y))) {
        // Reaching into the stretch from before it counts as changed (as for compareActors).
        if (xAt[2 * i] < from && (xAt[2 * i + 1] > from || y.end > from)) add(y.start, Math.max(y.end, xAt[2 * i + 1]));
        i++;
        j++;
        continue;
      }
      if (xs0 <= ys0) {
        add(xs0, xe0);
        i++;
      }
      if (ys0 <= xs0) {
        add(ys0, y!.end);
        j++;
      }
    }
  };
  over(a.mentions, aAt.mentions, b.mentions, (x, y) => x.actor === y.actor && x.form === y.form);
  over(a.roles, aAt.roles, b.roles, (x, y) => x.actor === y.actor && x.role === y.role);
  return joinSpans(found, []);
}

/** The stretches of the mentions and roles of the actors `ids` (mentions, then roles; `joinSpans` sorts them). */
function namedBy(r: ActorResolution, ids: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  for (const m of r.mentions) if (ids.has(m.actor)) out.push({ start: m.start, end: m.end });
  for (const m of r.roles) if (ids.has(m.actor)) out.push({ start: m.start, end: m.end });
  return out;
}

/** Two lists of stretches as one, sorted, those that overlap or touch joined. */
function joinSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (last !== null && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else out.push({ start: s.start, end: Math.max(s.end, s.start + 1) });
  }
  return out;
}

/**
 * The ids of the actors an edit may have changed in what genders and descriptions read: those
 * only one side has, those with another kind, name, aliases or roles, and those named inside
 * the changed stretch or one of the stretches apart (before or after). Every other actor has
 * the same mentions, moved (the caller found the mentions outside the stretches the same).
 */
function changedActors(a: ActorResolution, aAt: ListPositions, b: ActorResolution, from: number, to: number, delta: number, apart: readonly Span[]): Set<string> {
  const out = new Set<string>();
  const before = new Map<string, Actor>();
  for (const x of a.actors) before.set(x.id, x);
  for (const y of b.actors) {
    const x = before.get(y.id);
    if (x === undefined) out.add(y.id);
    else {
      before.delete(y.id);
      if (x !== y && !sameActorForms(x, y)) out.add(y.id);
    }
  }
  for (const id of before.keys()) out.add(id);
  const oldTo = to - delta;
  // Mentions that start in the stretch or reach into it, after the edit and (`namedBefore`) before it.
  const named = (ms: readonly Mention[], lo: number, hi: number): void => {
    for (let k = Math.max(0, firstStartingAt(ms, lo) - 1); k < ms.length && ms[k].start < hi; k++) if (ms[k].end > lo || ms[k].start >= lo) out.add(ms[k].actor);
  };
  const am = a.mentions;
  const ap = aAt.mentions;
  const namedBefore = (lo: number, hi: number): void => {
    for (let k = Math.max(0, firstPlacedAt(ap, lo) - 1); k < am.length && ap[2 * k] < hi; k++) if (ap[2 * k + 1] > lo || ap[2 * k] >= lo) out.add(am[k].actor);
  };
  namedBefore(from, Math.max(oldTo, from + 1));
  named(b.mentions, from, Math.max(to, from + 1));
  for (const s of apart) {
    named(b.mentions, s.start, s.end);
    // The same stretch in the old text (it lies outside the edit's).
    const lo = s.start < from ? s.start : s.start >= to ? s.start - delta : from;
    const hi = s.end <= from ? s.end : s.end >= to ? s.end - delta : oldTo;
    namedBefore(lo, Math.max(hi, lo + 1));
  }
  return out;
}


/** The ends of two texts known to be the same: the first `from` characters and the last `tail`. */
export interface EditBound {
  readonly from: number;
  readonly tail: number;
}

/**
 * Where two texts differ: the common start, and the common end that does not overlap it. With
 * a bound, the stretches it says are the same are not compared (the result is the same).
 */
function diff(a: string, b: string, bound?: EditBound): Change {
  const max = Math.min(a.length, b.length);
  if (bound !== undefined && bound.from >= 0 && bound.tail >= 0 && bound.from + bound.tail <= max) {
    let from = bound.from;
    while (from < max && a.charCodeAt(from) === b.charCodeAt(from)) from++;
    let tail = Math.min(bound.tail, max - from);
    const room = max - from;
    while (tail < room && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
    return { from, tail, delta: b.length - a.length };
  }
  let from = 0;
  // Compare in chunks (native string comparison), then character by character.
  const CHUNK = 4096;
  while (from + CHUNK <= max && a.substring(from, from + CHUNK) === b.substring(from, from + CHUNK)) from += CHUNK;
  while (from < max && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let tail = 0;
  const room = max - from;
  while (tail + CHUNK <= room && a.substring(a.length - tail - CHUNK, a.length - tail) === b.substring(b.length - tail - CHUNK, b.length - tail)) tail += CHUNK;
  while (tail < room && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { from, tail, delta: b.length - a.length };
}

/**
 * The lines of `text`, made from the lines `old` of the text before an edit: the lines before
 * the edit kept, those from the first line start past it moved. `from` and `changedEnd` bound
 * the changed stretch of the new text; `delta` is new length minus old length.
 */
export function rescanLines(old: LineIndex, text: string, from: number, changedEnd: number, delta: number, into: LineIndex | null = null): LineIndex {
  const os = old.starts;
  const oe = old.ends;
  // From the start of the line before the edit's line: a line break ending there is read again.
  const k = Math.max(0, lineAt(old, from) - 1);
  // The lines read again: their ends, and the starts of the lines after them.
  const midStarts: number[] = [];
  const midEnds: number[] = [];
  const n = text.length;
  let j = -1;
  for (let i = os[k]; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    midEnds.push(i);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    const p = i + 1;
    midStarts.push(p);
    // Past the changed stretch, at a line start the old text had too: the rest is the old lines, moved.
    if (p > changedEnd) {
      const at = lineAt(old, p - delta);
      if (os[at] === p - delta && p - delta > 0) {
        j = at;
        break;
      }
    }
  }
  // Copies of the old lists (packed, about the right length), written over: the kept lines,
  // the lines read again, the old lines moved. With `into`, lists no one reads any more, the
  // copy is written into them: on 1 MB two fresh lists of ~22,000 lines cost some 0.3 ms a
  // keystroke (their memory is new to the process), written over in place some 0.05 ms.
  const rest = j < 0 ? 0 : os.length - j - 1;
  const total = k + 1 + midStarts.length + rest;
  const starts = into === null ? os.slice(0, Math.min(os.length, total)) : copyInto(into.starts as number[], os, k + 1);
  const ends = into === null ? oe.slice(0, Math.min(oe.length, total)) : copyInto(into.ends as number[], oe, k);
  let v = k + 1;
  for (let x = 0; x < midStarts.length; x++) put(starts, v++, midStarts[x]);
  let w = k;
  for (let x = 0; x < midEnds.length; x++) put(ends, w++, midEnds[x]);
  if (j < 0) put(ends, w++, n);
  else {
    for (let x = j + 1; x < os.length; x++) put(starts, v++, os[x] + delta);
    for (let x = j; x < oe.length; x++) put(ends, w++, oe[x] + delta);
  }
  starts.length = v;
  ends.length = w;
  return { starts, ends };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function unattributed(q: RawQuote): Quote {
  return { start: q.start, end: q.end, kind: q.kind, text: q.text, inner: q.inner, depth: q.depth, speaker: null, cue: null, cueSpan: null, via: null, speakerSpan: null, described: null };
}

function fresh(start: number, end: number): Block {
  return {
    start,
    end,
    base: start,
    spIn: -1,
    spOut: 0,
    labels: [],
    weak: [],
    strong: 0,
    timecodes: [],
    qIn: null,
    qSpans: false,
    qOut: EMPTY_REL,
    qLook: '',
    qToEnd: false,
    quotes: [],
    diagnostics: [],
    nKeep: -1,
    names: [],
    nBase: start,
  };
}

/**
 * The block at its new offsets, its results moved along when it moved. The block is the old
 * one, changed in place (only the analyser holds blocks; the lists it hands out are new).
 */
function moved(prev: Block, start: number, end: number): Block {
  const d = start - prev.base;
  prev.start = start;
  prev.end = end;
  if (d === 0) return prev;
  prev.base = start;
  // The block's lists are its own (the model's lists are copies): the moved quotes and
  // diagnostics written over the old (a quote open across blocks may be in the lists of several).
  const quotes = prev.quotes;
  for (let i = 0; i < quotes.length; i++) quotes[i] = shiftQuote(quotes[i], d);
  // Diagnostics made field by field (a spread is slow); a field added to them must be added here.
  const diagnostics = prev.diagnostics;
  for (let i = 0; i < diagnostics.length; i++) {
    const x = diagnostics[i];
    diagnostics[i] = { start: x.start + d, end: x.end + d, severity: x.severity, code: x.code, message: x.message };
  }
  return prev;
}

/**
 * The labels and timecodes of a block kept, moved `d` characters in place: the model before
 * holds the very objects (see `ListPositions`); only what the new model keeps is moved. A
 * label's timecode is most often one of the block's timecodes too.
 */
function moveLabels(b: Block, d: number): void {
  const timecodes = b.timecodes;
  for (let i = 0; i < timecodes.length; i++) moveSpan(timecodes[i], d);
  const labels = b.labels;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as Moving<SpeakerLabel>;
    moveSpan(l, d);
    l.bodyStart += d;
    moveSpan(l.nameSpan, d);
    if (l.roleSpan !== null) moveSpan(l.roleSpan, d);
    if (l.timeSpan !== null && !timecodes.includes(l.timeSpan)) moveSpan(l.timeSpan, d);
  }
}

type Moving<T> = { -readonly [K in keyof T]: T[K] };

function shiftSpan(s: Span | null, d: number): Span | null {
  return s === null ? null : { start: s.start + d, end: s.end + d };
}

/** The names of every block at the current offsets, label indices over the whole text. */
function absoluteNames(blocks: readonly NameBlock[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const b of blocks) {
    for (const c of b.names) {
      const d = b.delta;
      out.push(d === 0 && c.label < 0 ? c : { ...c, start: c.start + d, end: c.end + d, roleSpan: shiftSpan(c.roleSpan, d), label: c.label >= 0 ? c.label + b.labelBase : -1 });
    }
  }
  return out;
}

function shiftQuote(q: RawQuote, d: number): RawQuote {
  return { start: q.start + d, end: q.end + d, inner: { start: q.inner.start + d, end: q.inner.end + d }, depth: q.depth, kind: q.kind, text: q.text };
}

/** Longest stretch of an open quote before a block that a block's key may hold. */
const MAX_KEYED_QUOTE = 65536;

/**
 * The quote state a block starts from, as a key (offsets relative to the block). A quote open
 * from an earlier block adds its marks and its words so far, which the quote the block closes
 * is made of; null when that is too long to keep.
 */
function quoteKey(text: string, s: QuoteState, start: number, line0: number): string | null {
  const skip = s.skipAt >= start ? s.skipAt - start : -1;
  const cont = s.contThrough > line0 ? s.contThrough - line0 : -1;
  if (s.stack.length === 0) return `${skip}:${cont}`;
  let key = `${skip}:${cont}`;
  for (const o of s.stack) {
    if (start - o.pos > MAX_KEYED_QUOTE) return null;
    key += `:${o.pos - start},${o.fam},${o.weak ? 1 : 0},${o.paraStart ? 1 : 0},${o.reopens === null ? '' : o.reopens.map((r) => r - start).join(' ')}`;
  }
  return detach(`${key}|${text.slice(s.stack[0].pos, start)}`);
}

function relativeState(s: QuoteState, start: number, line0: number): RelQuoteState {
  if (s.stack.length === 0 && s.skipAt < 0 && s.contThrough < 0) return EMPTY_REL;
  return {
    stack: s.stack.map((o) => ({ ...o, pos: o.pos - start, reopens: o.reopens === null ? null : o.reopens.map((r) => r - start) })),
    skipAt: s.skipAt < 0 ? -1 : s.skipAt - start,
    contThrough: s.contThrough < 0 ? -1 : s.contThrough - line0,
  };
}

function absoluteState(s: RelQuoteState, start: number, line0: number): QuoteState {
  return {
    stack: s.stack.map((o) => ({ ...o, pos: o.pos + start, reopens: o.reopens === null ? null : o.reopens.map((r) => r + start) })),
    skipAt: s.skipAt < 0 ? -1 : s.skipAt + start,
    contThrough: s.contThrough < 0 ? -1 : s.contThrough + line0,
  };
}

/** The text a block read past its end is still there (and the text still ends there, if that counted). */
function lookStillHolds(text: string, end: number, look: string, toEnd: boolean): boolean {
  if (toEnd && text.length !== end + look.length) return false;
  return look.length === 0 || text.startsWith(look, end);
}

/** A block's quote copied at another depth over the whole text, by the block's quote. */
const depthCopies = new WeakMap<RawQuote, RawQuote>();

/** Quotes and diagnostics of every block in text order; depths over the whole text when a quote spans blocks. */
function assembleQuotes(blocks: readonly Block[]): { quotes: RawQuote[]; diagnostics: Diagnostic[] } {
  const quoteLists: RawQuote[][] = [];
  const diagnosticLists: Diagnostic[][] = [];
  let spanning = false;
  /** Quotes (diagnostics) in the order sortQuotes (the diagnostics' sort) gives. */
  let inOrder = true;
  let diagInOrder = true;
  // A block's quotes and diagnostics are sorted when read and moved as a whole: only where one
  // block's list meets the next can the order break.
  let lastQuote: RawQuote | null = null;
  let lastDiagnostic: Diagnostic | null = null;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const qs = b.quotes;
    const ds = b.diagnostics;
    if (b.qSpans && qs.length + ds.length > 0) spanning = true;
    if (qs.length > 0) {
      const q = qs[0];
      if (inOrder && lastQuote !== null && (lastQuote.start > q.start || (lastQuote.start === q.start && lastQuote.end < q.end))) inOrder = false;
      lastQuote = qs[qs.length - 1];
      quoteLists.push(qs);
    }
    if (ds.length > 0) {
      if (diagInOrder && lastDiagnostic !== null && lastDiagnostic.start > ds[0].start) diagInOrder = false;
      lastDiagnostic = ds[ds.length - 1];
      diagnosticLists.push(ds);
    }
  }
  const quotes = joined<RawQuote>([], quoteLists);
  const diagnostics = joined<Diagnostic>([], diagnosticLists);
  if (!spanning) return { quotes, diagnostics };
  // Blocks are in order and each block's quotes sorted: only the quotes that began in an earlier
  // block may be out of order (the sorts are stable: a list in order stays as it is). Depths over
  // the whole text, copied where they change.
  if (!inOrder) sortQuotes(quotes);
  const ends: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    while (ends.length > 0 && ends[ends.length - 1] <= q.start) ends.pop();
    if (q.depth !== ends.length) {
      // The copy made last time, when the depth is the same: attribution knows a quote it read by identity.
      const c = depthCopies.get(q);
      if (c !== undefined && c.depth === ends.length) quotes[i] = c;
      else {
        const copy = { ...q, depth: ends.length };
        depthCopies.set(q, copy);
        quotes[i] = copy;
      }
    }
    ends.push(q.end);
  }
  if (!diagInOrder) diagnostics.sort((x, y) => x.start - y.start);
  return { quotes, diagnostics };
}

/**
 * A turn runs from the end of one label to the start of the next (or the end of the text).
 * With the model before an edit that left the text before `from` alone, a turn that lies
 * there, between the same labels and with the same speaker, is the turn it had. With the
 * edit's end `changedEnd` too (the text from there on is the old text moved by `delta`), a turn
 * whose label lies there, up to the same next label (or the end), is the turn it had, moved.
 */
export function buildTurns(
  text: string,
  speakers: readonly SpeakerLabel[],
  labelActors: readonly (string | null)[],
  before: TranscriptModel | null = null,
  from = 0,
  changedEnd = Infinity,
  delta = 0,
): Turn[] {
  const turns: Turn[] = [];
  const old = before === null ? [] : before.turns;
  const oldSpeakers = before === null ? [] : before.speakers;
  /** Old label index minus new label index, for the labels past the edit. */
  const shift = oldSpeakers.length - speakers.length;
  for (let i = 0; i < speakers.length; i++) {
    if (i + 1 < speakers.length && i + 1 < oldSpeakers.length && speakers[i + 1].start <= from && speakers[i] === oldSpeakers[i] && speakers[i + 1].start === oldSpeakers[i + 1].start && old[i].speaker === (labelActors[i] ?? null)) {
      turns.push(old[i]);
      continue;
    }
    // Past the edit: the turn reads only text from its label on (or is empty at its start).
    const s = speakers[i];
    const oi = i + shift;
    if (s.start >= changedEnd && s.start > from && oi >= 0 && oi < oldSpeakers.length) {
      const os = oldSpeakers[oi];
      // (A label the analyser moved in place is the very object, at its new offsets.)
      const nextSame = i + 1 < speakers.length ? oi + 1 < oldSpeakers.length && (oldSpeakers[oi + 1] === speakers[i + 1] || oldSpeakers[oi + 1].start + delta === speakers[i + 1].start) : oi + 1 === oldSpeakers.length;
      if (nextSame && (os === s || (os.start + delta === s.start && os.bodyStart + delta === s.bodyStart))) {
        const ot = old[oi];
        const speaker = labelActors[i] ?? null;
        if (oi === i && ot.speaker === speaker) {
          // The same turn, moved in place (see `ListPositions`).
          moveSpan(ot, delta);
          turns.push(ot);
        } else turns.push({ start: ot.start + delta, end: ot.end + delta, label: i, speaker });
        continue;
      }
    }
    const start = speakers[i].bodyStart;
    let end = i + 1 < speakers.length ? lineStartBefore(text, speakers[i + 1].start) : text.length;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    turns.push({ start, end: Math.max(start, end), label: i, speaker: labelActors[i] ?? null });
  }
  return turns;
}

function lineStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
