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
import type { Span, TranscriptModel } from '../analysis/model';
import { lineAt, type LineIndex } from '../analysis/text';
import { scanTokens } from './tokens';

/** A change of the model: equal outside `[from, to)` of the new text, moved after it. */
export interface TokenChange {
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly lineDelta: number;
}

export interface EncodedTokens {
  readonly resultId: string;
  readonly data: number[];
}

export interface TokenEdits {
  readonly resultId: string;
  readonly edits: { start: number; deleteCount: number; data: number[] }[];
}

/** Pieces are stored flat: line, character, length, type, modifiers. */
const W = 5;

export class TokenEncoder {
  /** Pieces at absolute line and character, in order. */
  private pieces: Int32Array = new Int32Array(0);
  private count = 0;
  /** The protocol data of the last result, and its id. */
  private data: Uint32Array = new Uint32Array(0);
  private resultId = '';
  private serial = 0;
  /** The model the pieces are of; the change since then, when every step's change was known. */
  private model: TranscriptModel | null = null;
  private pending: TokenChange | null = null;
  private pendingKnown = true;
  /** The newest model noted: the next change must start from it. */
  private tip: TranscriptModel | null = null;

  /** Notes that the document's model went from `before` to `after`; `change` null when unknown. */
  noteChange(before: TranscriptModel | null, after: TranscriptModel, change: TokenChange | null): void {
    if (before === after) return;
    const from = this.tip ?? this.model;
    this.tip = after;
    if (this.model === null || !this.pendingKnown) return;
    if (before === null || change === null || before !== from) {
      this.pendingKnown = false;
      return;
    }
    this.pending = this.pending === null ? change : combine(this.pending, change);
  }

  /** The tokens of `model` (whose text has the lines `lines`), encoding only what changed. */
  encode(model: TranscriptModel, lines: LineIndex): EncodedTokens {
    if (model !== this.model) {
      if (this.model !== null && this.pendingKnown && this.pending !== null) this.splice(model, lines, this.pending);
      else this.full(model, lines);
      this.model = model;
      this.tip = model;
      this.pending = null;
      this.pendingKnown = true;
      this.data = this.relative();
      this.resultId = String(++this.serial);
    }
    return { resultId: this.resultId, data: Array.from(this.data) };
  }

  /** The edits from the result `previousId` to the tokens of `model`; null when that result is gone. */
  edits(previousId: string, model: TranscriptModel, lines: LineIndex): TokenEdits | EncodedTokens {
    const before = this.data;
    const known = previousId === this.resultId;
    if (model === this.model && known) return { resultId: this.resultId, edits: [] };
    const now = this.encode(model, lines);
    if (!known) return now;
    const after = this.data;
    // One edit from the first to the last number that differ.
    let s = 0;
    const n = Math.min(before.length, after.length);
    while (s < n && before[s] === after[s]) s++;
    let e = 0;
    while (e < n - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
    const deleteCount = before.length - s - e;
    const insert = Array.from(after.subarray(s, after.length - e));
    return { resultId: this.resultId, edits: deleteCount === 0 && insert.length === 0 ? [] : [{ start: s, deleteCount, data: insert }] };
  }

  /** Every piece of the model afresh. */
  private full(model: TranscriptModel, lines: LineIndex): void {
    const out = new Pieces();
    pieces(model, lines, undefined, out);
    this.pieces = out.array();
    this.count = out.count;
  }

  /** The pieces of the lines the change touched afresh; the others kept (moved by the change's lines). */
  private splice(model: TranscriptModel, lines: LineIndex, c: TokenChange): void {
    const nLines = lines.starts.length;
    const la = lineAt(lines, Math.max(0, Math.min(c.from, model.text.length)));
    // The line holding `to` is read again too: the line break that ends it lies after the
    // change, so the lines after it are the old lines, moved.
    const lastLine = lineAt(lines, Math.max(c.from, Math.min(c.to, model.text.length)));
    const lb = Math.min(nLines, lastLine + 1);
    const a = lines.starts[la];
    const b = lb < nLines ? lines.starts[lb] : model.text.length;
    const fresh = new Pieces();
    pieces(model, lines, { start: a, end: b }, fresh);
    // Old pieces: before line `la`, and from the old line of `lb` on.
    const old = this.pieces;
    const oldLb = lb < nLines ? lb - c.lineDelta : Infinity;
    let i0 = 0;
    while (i0 < this.count && old[i0 * W] < la) i0++;
    let i1 = i0;
    while (i1 < this.count && old[i1 * W] < oldLb) i1++;
    const total = i0 + fresh.count + (this.count - i1);
    const next = new Int32Array(total * W);
    next.set(old.subarray(0, i0 * W), 0);
    next.set(fresh.array(), i0 * W);
    let k = (i0 + fresh.count) * W;
    for (let i = i1 * W; i < this.count * W; i += W) {
      next[k] = old[i] + c.lineDelta;
      next[k + 1] = old[i + 1];
      next[k + 2] = old[i + 2];
      next[k + 3] = old[i + 3];
      next[k + 4] = old[i + 4];
      k += W;
    }
    this.pieces = next;
    this.count = total;
  }

  /** The protocol's relative encoding of the pieces. */
  private relative(): Uint32Array {
    const p = this.pieces;
    const out = new Uint32Array(this.count * W);
    let line = 0;
    let ch = 0;
    for (let i = 0; i < this.count * W; i += W) {
      const l = p[i];
      const c = p[i + 1];
      out[i] = l - line;
      out[i + 1] = l === line ? c - ch : c;
      out[i + 2] = p[i + 2];
      out[i + 3] = p[i + 3];
      out[i + 4] = p[i + 4];
      line = l;
      ch = c;
    }
    return out;
  }
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

/** Two changes one after the other as one change. */
function combine(a: TokenChange, b: TokenChange): TokenChange {
  const bOldTo = b.to - b.delta;
  const map = (p: number): number => (p < b.from ? p : p >= bOldTo ? p + b.delta : b.to);
  return {
    from: Math.min(b.from, map(a.from)),
    to: Math.max(b.to, map(a.to)),
    delta: a.delta + b.delta,
    lineDelta: a.lineDelta + b.lineDelta,
  };
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
