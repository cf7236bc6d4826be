import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-types';
import type { Quote, Span, SpeakerLabel, TranscriptModel, Turn } from '../analysis/model';
import { combine, narrowOver, type ItemSense, type ModelEdit } from './change';
import { lineAt, type LineIndex } from '../analysis/text';
import { actorById } from './lookup';

/** One entry of the outline, before conversion to protocol symbols. */
export interface OutlineNode {
  readonly kind: 'turn' | 'quote';
  readonly name: string;
  readonly detail: string;
  /** The whole range of the entry. */
  readonly span: Span;
  /** The part to reveal and select (the label, or the quote's opening). */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

const NAME_LENGTH = 60;

/**
 * Speaker turns with their quotes as children; quotes outside any turn at the top level,
 * all in document order.
 *
 * ```
 * ANGELA MERKEL GERMAN CHANCELLOR "It's a work meeting..."
 *   -> Angela Merkel (German Chancellor) > “It's a work meeting...” (Angela Merkel)
 * ```
 */
export function getOutline(model: TranscriptModel): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = new OutlineWalk(model, topQuotes(model), 0, 0);
  for (let n = walk.next(); n !== null; n = walk.next()) out.push(n);
  return out;
}

/** The top-level quotes of a model (the outline shows no nested quote). */
function topQuotes(model: TranscriptModel): Quote[] {
  const quotes: Quote[] = [];
  for (const q of model.quotes) if (q.depth === 0) quotes.push(q);
  return quotes;
}

/**
 * The outline's top-level entries one by one, from turn `ti` and top-level quote `qi` on: the
 * quotes before a turn's label, then the turn with the quotes inside it, and so on.
 */
class OutlineWalk {
  constructor(
    private readonly model: TranscriptModel,
    readonly quotes: readonly Quote[],
    public ti: number,
    public qi: number,
  ) {}

  /** Where the next entry starts (Infinity when none is left). */
  nextStart(): number {
    const q = this.qi < this.quotes.length ? this.quotes[this.qi].start : Infinity;
    const l = this.ti < this.model.turns.length ? this.model.speakers[this.model.turns[this.ti].label].start : Infinity;
    return q < l ? q : l;
  }

  next(): OutlineNode | null {
    const { model, quotes } = this;
    if (this.ti >= model.turns.length) return this.qi < quotes.length ? quoteNode(model, quotes[this.qi++]) : null;
    const turn = model.turns[this.ti];
    const label = model.speakers[turn.label];
    if (this.qi < quotes.length && quotes[this.qi].start < label.start) return quoteNode(model, quotes[this.qi++]);
    this.ti++;
    const children: OutlineNode[] = [];
    while (this.qi < quotes.length && quotes[this.qi].start < Math.max(turn.end, label.end)) children.push(quoteNode(model, quotes[this.qi++]));
    const actor = turn.speaker ? actorById(model, turn.speaker) : undefined;
    const detail = [label.role, label.time].filter(Boolean).join(' · ');
    const end = Math.max(turn.end, label.end, children.length ? children[children.length - 1].span.end : 0);
    return {
      kind: 'turn',
      name: actor ? actor.name : label.name || label.label || 'Speaker',
      detail,
      span: { start: label.start, end },
      selection: { start: label.start, end: label.end },
      children,
    };
  }
}

function quoteNode(model: TranscriptModel, q: Quote): OutlineNode {
  const who = q.speaker ? actorById(model, q.speaker) : undefined;
  const flat = flatStart(q.text, NAME_LENGTH + 1);
  const short = flat.length > NAME_LENGTH ? flat.slice(0, NAME_LENGTH - 1) + '…' : flat;
  const detail = q.kind === 'scare' ? 'scare quote' : who ? who.name : q.described ? `${q.described} (not named)` : 'unattributed';
  return {
    kind: 'quote',
    name: `“${short || ' '}”`,
    detail,
    span: { start: q.start, end: q.end },
    selection: { start: q.start, end: Math.min(q.end, q.start + 1) },
    children: [],
  };
}

const SPACE = /\s/;

/**
 * The start of `s` with white space runs read as one space and the ends trimmed, up to `max`
 * characters: what `s.replace(/\s+/g, ' ').trim().slice(0, max)` gives, without reading a long quote whole.
 */
function flatStart(s: string, max: number): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length && out.length < max; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(ch))) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
      if (out.length >= max) break;
    }
    out += ch;
  }
  return out;
}

/** The outline as protocol symbols (`lines`: the line index of the model's text). */
export function outlineSymbols(model: TranscriptModel, lines: LineIndex): DocumentSymbol[] {
  return getOutline(model).map((n) => toSymbol(n, lines));
}

function toSymbol(n: OutlineNode, lines: LineIndex): DocumentSymbol {
  return {
    name: n.name.trim() || '(unnamed)',
    detail: n.detail,
    kind: n.kind === 'turn' ? SymbolKind.Class : SymbolKind.String,
    range: rangeIn(lines, n.span),
    selectionRange: rangeIn(lines, n.selection),
    children: n.children.map((c) => toSymbol(c, lines)),
  };
}

function rangeIn(lines: LineIndex, s: Span): Range {
  return { start: positionIn(lines, s.start), end: positionIn(lines, s.end) };
}

function positionIn(lines: LineIndex, offset: number): Position {
  const line = lineAt(lines, offset);
  return { line, character: offset - lines.starts[line] };
}

/** A top-level symbol of the outline, the stretch of text it was made from, and the walk's place after it. */
interface Entry {
  readonly symbol: DocumentSymbol;
  readonly lo: number;
  readonly hi: number;
  readonly ti: number;
  readonly qi: number;
}

const SPEAKERS: ItemSense<SpeakerLabel> = {
  lo: (x) => x.start,
  hi: (x) => x.end,
  same: (a, b, d) => a === b || (a.start + d === b.start && a.end + d === b.end && a.name === b.name && a.label === b.label && a.role === b.role && a.time === b.time),
};
const TURNS: ItemSense<Turn> = {
  lo: (x) => x.start,
  hi: (x) => x.end,
  same: (a, b, d) => (a === b || (a.start + d === b.start && a.end + d === b.end)) && a.speaker === b.speaker,
};
const QUOTES: ItemSense<Quote> = {
  lo: (x) => x.start,
  hi: (x) => x.end,
  same: (a, b, d) => a.start + d === b.start && a.end + d === b.end && a.kind === b.kind && a.speaker === b.speaker && a.described === b.described && a.text === b.text,
};

/**
 * The outline symbols of one document, kept across edits: after an edit only the top-level
 * entries whose labels, turns or quotes changed are made again; those before are kept, those
 * after kept too (moved down or up when the edit added or removed lines).
 */
export class OutlineCache {
  private model: TranscriptModel | null = null;
  private quotes: Quote[] = [];
  private entries: Entry[] = [];
  private symbols: DocumentSymbol[] = [];
  /** The text edits since `model`, while every one is known; the newest model noted. */
  private pending: ModelEdit | null = null;
  private pendingKnown = true;
  private tip: TranscriptModel | null = null;

  /** Notes that the document's model went from `before` to `after` by the text edit `edit` (null when unknown). */
  noteChange(before: TranscriptModel | null, after: TranscriptModel, edit: ModelEdit | null): void {
    if (before === after) return;
    const from = this.tip ?? this.model;
    this.tip = after;
    if (this.model === null || !this.pendingKnown) return;
    if (before === null || edit === null || before !== from) {
      this.pendingKnown = false;
      return;
    }
    this.pending = this.pending === null ? edit : combine(this.pending, edit);
  }

  /** The document's model `before` was replaced by `after`, an equal one: the same outline. */
  replaced(before: TranscriptModel, after: TranscriptModel): void {
    if (this.model === before) this.model = after;
    if (this.tip === before) this.tip = after;
  }

  /** The outline symbols of `model` (whose text has the lines `lines`). */
  get(model: TranscriptModel, lines: LineIndex): DocumentSymbol[] {
    if (model === this.model) return this.symbols;
    const quotes = topQuotes(model);
    const entries = this.model !== null && this.pendingKnown && this.pending !== null ? this.splice(model, quotes, lines, this.pending) : null;
    this.entries = entries ?? fresh(model, quotes, lines, 0, 0, Infinity, []);
    this.symbols = this.entries.map((e) => e.symbol);
    this.model = model;
    this.quotes = quotes;
    this.tip = model;
    this.pending = null;
    this.pendingKnown = true;
    return this.symbols;
  }

  /** The entries of `model`, keeping those of the cached model outside the stretch the edit changed; null to make all afresh. */
  private splice(model: TranscriptModel, quotes: Quote[], lines: LineIndex, edit: ModelEdit): Entry[] | null {
    const old = this.model!;
    if (!sameActorNames(old, model)) return null;
    const r = { from: edit.from, to: edit.to };
    narrowOver(old.speakers, model.speakers, SPEAKERS, edit, r);
    narrowOver(old.turns, model.turns, TURNS, edit, r);
    narrowOver(this.quotes, quotes, QUOTES, edit, r);
    const entries = this.entries;
    // Before the stretch: the same entries (an item that changed may be empty, at `r.from`).
    let k = 0;
    while (k < entries.length && entries[k].hi < r.from) k++;
    const out = entries.slice(0, k);
    const ti = k > 0 ? entries[k - 1].ti : 0;
    const qi = k > 0 ? entries[k - 1].qi : 0;
    // After it, on lines after the edit's last line: the same entries, moved.
    const oldTo = r.to - edit.delta;
    let j = k;
    while (j < entries.length && entries[j].lo < oldTo) j++;
    const editLine = lineAt(lines, Math.min(edit.to, model.text.length));
    const dl = edit.lineDelta;
    const dt = model.turns.length - old.turns.length;
    const dq = quotes.length - this.quotes.length;
    fresh(model, quotes, lines, ti, qi, r.to, out, (start, walkAt) => {
      if (lineAt(lines, start) <= editLine) return false;
      while (j < entries.length && entries[j].lo + edit.delta < start) j++;
      if (j >= entries.length || entries[j].lo + edit.delta !== start) return false;
      // The walk stands where the old one stood before that entry.
      const pt = j > 0 ? entries[j - 1].ti : 0;
      const pq = j > 0 ? entries[j - 1].qi : 0;
      if (walkAt.ti !== pt + dt || walkAt.qi !== pq + dq) return false;
      for (; j < entries.length; j++) {
        const e = entries[j];
        out.push({ symbol: dl === 0 ? e.symbol : movedSymbol(e.symbol, dl), lo: e.lo + edit.delta, hi: e.hi + edit.delta, ti: e.ti + dt, qi: e.qi + dq });
      }
      return true;
    });
    return out;
  }
}

/**
 * Entries made from turn `ti` and top-level quote `qi` on, appended to `out`; from `until` on,
 * `rest(start, walk)` may take over at an entry that starts at `start` (it returns true when it did).
 */
function fresh(model: TranscriptModel, quotes: Quote[], lines: LineIndex, ti: number, qi: number, until: number, out: Entry[], rest?: (start: number, walk: OutlineWalk) => boolean): Entry[] {
  const walk = new OutlineWalk(model, quotes, ti, qi);
  for (;;) {
    const start = walk.nextStart();
    if (start === Infinity) break;
    if (start > until && rest !== undefined && rest(start, walk)) break;
    const n = walk.next()!;
    out.push({ symbol: toSymbol(n, lines), lo: n.span.start, hi: n.span.end, ti: walk.ti, qi: walk.qi });
  }
  return out;
}

function sameActorNames(a: TranscriptModel, b: TranscriptModel): boolean {
  if (a.actors === b.actors) return true;
  const names = new Map<string, string>();
  for (const x of a.actors) names.set(x.id, x.name);
  for (const y of b.actors) {
    const n = names.get(y.id);
    if (n !== undefined && n !== y.name) return false;
  }
  return true;
}

/** A symbol `dl` lines further down (up when negative). */
function movedSymbol(s: DocumentSymbol, dl: number): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    range: movedRange(s.range, dl),
    selectionRange: movedRange(s.selectionRange, dl),
    children: s.children === undefined ? undefined : s.children.map((c) => movedSymbol(c, dl)),
  };
}

function movedRange(r: Range, dl: number): Range {
  return { start: { line: r.start.line + dl, character: r.start.character }, end: { line: r.end.line + dl, character: r.end.character } };
}
