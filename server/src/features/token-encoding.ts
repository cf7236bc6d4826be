/**
 * Semantic tokens as the protocol sends them: five numbers per token (line delta, start
 * character delta, length, type, modifier bits), one token per line piece. Kept per document,
 * so that after an edit only the lines the model changed are encoded again and a delta
 * request gets one small edit.
 *
 * ```
 * MS. KOWAL: “We will,” she said.   ->  0,0,9,speaker  0,11,9,quote  0,10,4,cue
 * ```
 */
import type { Mention, Quote, Span, SpeakerLabel, TranscriptModel } from '../analysis/model';
import { lineAt, type LineIndex } from '../analysis/text';
import { combine, narrowOver, type ItemSense, type ModelEdit } from './change';
import { scanTokens } from './tokens';

/** A change of the model: equal outside `[from, to)` of the new text, moved after it. */
export type TokenChange = ModelEdit;

export interface EncodedTokens {
  readonly resultId: string;
  readonly data: number[];
}

export interface TokenEdits {
  readonly resultId: string;
  readonly edits: { start: number; deleteCount: number; data: number[] }[];
}

/** Numbers per token: line delta, start character delta, length, type, modifiers. */
const W = 5;

/** One edit of the protocol data: `deleteCount` numbers from `start` replaced by `data`. */
interface DataEdit {
  readonly start: number;
  readonly deleteCount: number;
  readonly data: number[];
}

/**
 * The protocol data kept in place across edits. In the relative encoding an edit changes only
 * the tokens of the lines it touched and the line delta of the token after them; the tokens
 * before and after stay as they are, so they are neither moved nor copied to a new array.
 */
export class TokenEncoder {
  /** The protocol data of the last result: `count` tokens, in a buffer with room to grow. */
  private data: Uint32Array = new Uint32Array(0);
  private count = 0;
  private resultId = '';
  /** The result before the last one, and the edit from it to the last one (null when unknown). */
  private previousId = '';
  private lastEdit: DataEdit | null = null;
  private serial = 0;
  /** The model the data is of; the change since then, when every step's change was known. */
  private model: TranscriptModel | null = null;
  private pending: TokenChange | null = null;
  private pendingKnown = true;
  /** The newest model noted: the next change must start from it. */
  private tip: TranscriptModel | null = null;
  /** Scratch list for the pieces of the lines encoded again. */
  private readonly scratch = new Pieces();

  /**
   * Notes that the document's model went from `before` to `after`; `change` null when unknown.
   * `edit`, where the text changed, lets a wide or unknown change be narrowed to where the
   * tokens' sources differ.
   */
  noteChange(before: TranscriptModel | null, after: TranscriptModel, change: TokenChange | null, edit: TokenChange | null = null): void {
    if (before === after) return;
    if (before !== null && edit !== null && (change === null || change.to - change.from > NARROW_ABOVE)) {
      const narrow = tokenSourcesChange(before, after, edit);
      if (change === null || narrow.to - narrow.from < change.to - change.from) change = narrow;
    }
    const from = this.tip ?? this.model;
    this.tip = after;
    if (this.model === null || !this.pendingKnown) return;
    if (before === null || change === null || before !== from) {
      this.pendingKnown = false;
      return;
    }
    this.pending = this.pending === null ? change : combine(this.pending, change);
  }

  /** The document's model `before` was replaced by `after`, an equal one: the same tokens, nothing to encode again. */
  replaced(before: TranscriptModel, after: TranscriptModel): void {
    if (this.model === before) this.model = after;
    if (this.tip === before) this.tip = after;
  }

  /** The tokens of `model` (whose text has the lines `lines`), encoding only what changed. */
  encode(model: TranscriptModel, lines: LineIndex): EncodedTokens {
    this.update(model, lines);
    return { resultId: this.resultId, data: Array.from(this.data.subarray(0, this.count * W)) };
  }

  /** The edits from the result `previousId` to the tokens of `model`; all the tokens when that result is gone. */
  edits(previousId: string, model: TranscriptModel, lines: LineIndex): TokenEdits | EncodedTokens {
    if (previousId === this.resultId && model === this.model) return { resultId: this.resultId, edits: [] };
    const known = previousId === this.resultId || (previousId === this.previousId && model === this.model);
    this.update(model, lines);
    if (!known || this.lastEdit === null) return this.encode(model, lines);
    const e = this.lastEdit;
    return { resultId: this.resultId, edits: e.deleteCount === 0 && e.data.length === 0 ? [] : [{ start: e.start, deleteCount: e.deleteCount, data: e.data }] };
  }

  /** Brings the data to `model`: the lines the pending change touched encoded again, or everything. */
  private update(model: TranscriptModel, lines: LineIndex): void {
    if (model === this.model) return;
    const first = this.model === null;
    if (!first && this.pendingKnown && this.pending !== null) this.lastEdit = this.splice(model, lines, this.pending);
    else {
      const before = this.data.subarray(0, this.count * W);
      this.full(model, lines);
      this.lastEdit = first ? null : difference(before, this.data.subarray(0, this.count * W));
    }
    this.model = model;
    this.tip = model;
    this.pending = null;
    this.pendingKnown = true;
    this.previousId = this.resultId;
    this.resultId = String(++this.serial);
  }

  /** Every token of the model afresh, in a new buffer. */
  private full(model: TranscriptModel, lines: LineIndex): void {
    const out = this.scratch;
    out.count = 0;
    pieces(model, lines, undefined, out);
    this.data = new Uint32Array(Math.max(out.count * W, 1024));
    this.count = out.count;
    encodeRelative(out.array(), 0, 0, this.data, 0);
  }

  /**
   * The tokens of the lines the change touched made again, in place; the edit that makes the
   * data before into the data after.
   */
  private splice(model: TranscriptModel, lines: LineIndex, c: TokenChange): DataEdit {
    const nLines = lines.starts.length;
    let la = lineAt(lines, Math.max(0, Math.min(c.from, model.text.length)));
    // The line holding `to` is read again too: the line break that ends it lies after the
    // change, so the lines after it are the old lines, moved.
    const lastLine = lineAt(lines, Math.max(c.from, Math.min(c.to, model.text.length)));
    let lb = Math.min(nLines, lastLine + 1);
    const fresh = this.scratch;
    // A token read again that runs over a line break (a name across a line wrap) has pieces on
    // the lines beside: those lines are read again too, till no token reaches past them.
    for (;;) {
      const a = lines.starts[la];
      const b = lb < nLines ? lines.starts[lb] : model.text.length;
      fresh.count = 0;
      pieces(model, lines, { start: a, end: b }, fresh);
      const q = fresh.array();
      let lo = la;
      let hi = lb - 1;
      for (let i = 0; i < q.length; i += W) {
        if (q[i] < lo) lo = q[i];
        if (q[i] > hi) hi = q[i];
      }
      if (lo >= la && hi < lb) break;
      la = lo;
      lb = Math.min(nLines, hi + 1);
    }
    // Old tokens: those before line `la` kept, those from the old line of `lb` on kept too.
    const data = this.data;
    const count = this.count;
    const oldLb = lb < nLines ? lb - c.lineDelta : Infinity;
    let i0 = 0;
    let line = 0;
    while (i0 < count && line + data[i0 * W] < la) line += data[i0++ * W];
    const prevLine = line;
    let i1 = i0;
    while (i1 < count && line + data[i1 * W] < oldLb) line += data[i1++ * W];
    const freshCount = fresh.count;
    const p = fresh.array();
    // The replacement: the fresh tokens, then the line delta of the first token kept after them.
    const ins: number[] = new Array(freshCount * W + (i1 < count ? 1 : 0));
    encodeRelative(p, prevLine, 0, ins, 0);
    const lastFresh = freshCount > 0 ? p[(freshCount - 1) * W] : prevLine;
    if (i1 < count) ins[freshCount * W] = line + data[i1 * W] + c.lineDelta - lastFresh;
    const start = i0 * W;
    const deleteCount = (i1 - i0) * W + (i1 < count ? 1 : 0);
    // The edit, without the numbers it leaves the same at either end.
    let s = 0;
    while (s < ins.length && s < deleteCount && data[start + s] === ins[s]) s++;
    let e = 0;
    while (e < ins.length - s && e < deleteCount - s && data[start + deleteCount - 1 - e] === ins[ins.length - 1 - e]) e++;
    const edit: DataEdit = { start: start + s, deleteCount: deleteCount - s - e, data: s === 0 && e === 0 ? ins : ins.slice(s, ins.length - e) };
    // Apply it in place.
    const newCount = count - (i1 - i0) + freshCount;
    let buf = data;
    if (newCount * W > buf.length) {
      buf = new Uint32Array(Math.max(newCount * W, Math.floor(buf.length * 1.5) + 1024));
      buf.set(data.subarray(0, start));
    }
    if (buf === data) buf.copyWithin((i0 + freshCount) * W, i1 * W, count * W);
    else buf.set(data.subarray(i1 * W, count * W), (i0 + freshCount) * W);
    for (let k = 0; k < ins.length; k++) buf[start + k] = ins[k];
    this.data = buf;
    this.count = newCount;
    return edit;
  }
}

/**
 * Writes pieces (absolute line and character) in the protocol's relative encoding into `out`
 * from `at`, the piece before them at `line`, `ch`.
 */
function encodeRelative(p: Int32Array, line: number, ch: number, out: { [i: number]: number }, at: number): void {
  for (let i = 0; i < p.length; i += W) {
    const l = p[i];
    const c = p[i + 1];
    out[at + i] = l - line;
    out[at + i + 1] = l === line ? c - ch : c;
    out[at + i + 2] = p[i + 2];
    out[at + i + 3] = p[i + 3];
    out[at + i + 4] = p[i + 4];
    line = l;
    ch = c;
  }
}

/** One edit from the first to the last number that differ. */
function difference(before: Uint32Array, after: Uint32Array): DataEdit {
  let s = 0;
  const n = Math.min(before.length, after.length);
  while (s < n && before[s] === after[s]) s++;
  let e = 0;
  while (e < n - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { start: s, deleteCount: before.length - s - e, data: Array.from(after.subarray(s, after.length - e)) };
}

/** A growing flat list of pieces. */
class Pieces {
  private buf = new Int32Array(1024);
  count = 0;

  push(line: number, ch: number, len: number, type: number, mods: number): void {
    if ((this.count + 1) * W > this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    const i = this.count++ * W;
    this.buf[i] = line;
    this.buf[i + 1] = ch;
    this.buf[i + 2] = len;
    this.buf[i + 3] = type;
    this.buf[i + 4] = mods;
  }

  array(): Int32Array {
    return this.buf.subarray(0, this.count * W);
  }
}

/** The tokens of the model (within `range`) cut into one piece per line, line breaks left out. */
function pieces(model: TranscriptModel, lines: LineIndex, range: Span | undefined, out: Pieces): void {
  const starts = lines.starts;
  const ends = lines.ends;
  const n = starts.length;
  let line = 0;
  scanTokens(model, range, (start, end, type, mods) => {
    if (line + 1 < n && starts[line + 1] <= start) line = lineAt(lines, start);
    let s = start;
    let l = line;
    for (;;) {
      const le = ends[l];
      const e = Math.min(end, le);
      if (e > s) out.push(l, s - starts[l], e - s, type, mods);
      if (end <= le || l + 1 >= n) break;
      l++;
      s = starts[l];
      if (s >= end) break;
    }
    line = l;
  });
}

/** A change wider than this many characters is narrowed by comparing the models. */
const NARROW_ABOVE = 65536;

const sameSpan = (a: Span | null, b: Span | null, d: number): boolean => (a === null || b === null ? a === b : a.start + d === b.start && a.end + d === b.end);
const spanLo = (x: number, s: Span | null): number => (s === null ? x : Math.min(x, s.start));
const spanHi = (x: number, s: Span | null): number => (s === null ? x : Math.max(x, s.end));

const PLAIN: ItemSense<Span> = { lo: (x) => x.start, hi: (x) => x.end, same: (a, b, d) => a === b || (a.start + d === b.start && a.end + d === b.end) };
const LABELS: ItemSense<SpeakerLabel> = {
  lo: (x) => spanLo(spanLo(Math.min(x.start, x.nameSpan.start), x.roleSpan), x.timeSpan),
  hi: (x) => spanHi(spanHi(Math.max(x.end, x.nameSpan.end), x.roleSpan), x.timeSpan),
  same: (a, b, d) => a === b || (a.start + d === b.start && a.end + d === b.end && sameSpan(a.nameSpan, b.nameSpan, d) && sameSpan(a.roleSpan, b.roleSpan, d) && sameSpan(a.timeSpan, b.timeSpan, d)),
};
const QUOTES: ItemSense<Quote> = {
  lo: (x) => spanLo(x.start, x.cueSpan),
  hi: (x) => spanHi(x.end, x.cueSpan),
  same: (a, b, d) => a.start + d === b.start && a.end + d === b.end && a.depth === b.depth && a.kind === b.kind && (a.speaker === null) === (b.speaker === null) && sameSpan(a.cueSpan, b.cueSpan, d),
};

/**
 * Where the sources of the tokens (labels, timecodes, mentions with their actors' kinds, roles,
 * quotes and cues) of `before` and `after` differ, with the text edit `edit`: outside the stretch
 * returned, every item is the same (moved by the edit after it).
 */
export function tokenSourcesChange(before: TranscriptModel, after: TranscriptModel, edit: TokenChange): TokenChange {
  const r = { from: edit.from, to: edit.to };
  const kindA = actorKinds(before);
  const kindB = actorKinds(after);
  const mentions: ItemSense<Mention> = {
    lo: (x) => x.start,
    hi: (x) => x.end,
    same: (a, b, d) => (a === b || (a.start + d === b.start && a.end + d === b.end && (a.form === 'label') === (b.form === 'label'))) && kindA.get(a.actor) === kindB.get(b.actor),
  };
  narrowOver(before.speakers, after.speakers, LABELS, edit, r);
  narrowOver(before.timecodes, after.timecodes, PLAIN, edit, r);
  narrowOver(before.mentions, after.mentions, mentions, edit, r);
  narrowOver(before.roles, after.roles, PLAIN, edit, r);
  narrowOver(before.quotes, after.quotes, QUOTES, edit, r);
  return { from: r.from, to: r.to, delta: edit.delta, lineDelta: edit.lineDelta };
}

function actorKinds(model: TranscriptModel): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of model.actors) m.set(a.id, a.kind);
  return m;
}

/** The protocol data of the tokens within `range` only (for a range request). */
export function encodeRange(model: TranscriptModel, lines: LineIndex, range: Span): number[] {
  const out = new Pieces();
  pieces(model, lines, range, out);
  const p = out.array();
  const data: number[] = [];
  let line = 0;
  let ch = 0;
  for (let i = 0; i < p.length; i += W) {
    data.push(p[i] - line, p[i] === line ? p[i + 1] - ch : p[i + 1], p[i + 2], p[i + 3], p[i + 4]);
    line = p[i];
    ch = p[i + 1];
  }
  return data;
}
