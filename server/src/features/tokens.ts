import type { Quote, Span, TranscriptModel } from '../analysis/model';
import { firstStartingAt } from '../analysis/spans';
import { TOKEN_TYPES, type TokenModifier, type TokenType } from './legend';

/** One coloured stretch of text, before encoding. */
export interface TokenSpan extends Span {
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** Receives the tokens in order: `type` indexes TOKEN_TYPES, `modifiers` is a bit set over TOKEN_MODIFIERS. */
export type TokenSink = (start: number, end: number, type: number, modifiers: number) => void;

const NONE: readonly TokenModifier[] = [];
const UNATTRIBUTED: readonly TokenModifier[] = ['unattributed'];
const MOD_UNATTRIBUTED = 1;

const T_SPEAKER = TOKEN_TYPES.indexOf('speaker');
const T_QUOTE = TOKEN_TYPES.indexOf('quote');
const T_ROLE = TOKEN_TYPES.indexOf('role');
const T_TIMECODE = TOKEN_TYPES.indexOf('timecode');
const T_CUE = TOKEN_TYPES.indexOf('cue');
const T_KIND = { person: TOKEN_TYPES.indexOf('person'), organization: TOKEN_TYPES.indexOf('organization'), place: TOKEN_TYPES.indexOf('place') };

/**
 * Every token of the model, sorted and never overlapping. Names, roles, cues and timecodes
 * are painted over quotes; a quote token is split around them.
 *
 * ```
 * “We need evidence,” said Sergey Lavrov   -> quote, cue, person
 * ```
 */
export function collectTokens(model: TranscriptModel, range?: Span): TokenSpan[] {
  const out: TokenSpan[] = [];
  scanTokens(model, range, (start, end, type, modifiers) => {
    out.push({ start, end, type: TOKEN_TYPES[type], modifiers: modifiers & MOD_UNATTRIBUTED ? UNATTRIBUTED : NONE });
  });
  return out;
}

/**
 * The tokens of `collectTokens` handed to `sink` one by one, without building them. Each list
 * of the model is sorted by start, so the layers come as a few sorted runs (flat arrays of
 * start, end and rank-and-type) that one merge reads in order; within `range`, only the items
 * that reach into it are read.
 */
export function scanTokens(model: TranscriptModel, range: Span | undefined, sink: TokenSink): void {
  const lo = range ? range.start : 0;
  const hi = range ? range.end : model.text.length;
  const runs: number[][] = [];
  const run = (): number[] => {
    const r: number[] = [];
    runs.push(r);
    return r;
  };
  const add = (r: number[], s: Span | null, code: number): void => {
    if (s !== null && s.end > lo && s.start < hi && s.end > s.start) r.push(s.start, s.end, code);
  };

  // Labels: a label's spans lie on its line (a timecode may come before the name).
  const labels = run();
  for (let i = firstEndingAfter(model.speakers, lo); i < model.speakers.length && model.speakers[i].start < hi; i++) {
    const s = model.speakers[i];
    const at = labels.length;
    add(labels, s.nameSpan, 5 * 16 + T_SPEAKER);
    add(labels, s.roleSpan, 5 * 16 + T_ROLE);
    add(labels, s.timeSpan, 5 * 16 + T_TIMECODE);
    if (labels.length - at > 3) sortTriples(labels, at);
  }
  const times = run();
  for (let i = firstEndingAfter(model.timecodes, lo); i < model.timecodes.length && model.timecodes[i].start < hi; i++) add(times, model.timecodes[i], 4 * 16 + T_TIMECODE);
  const names = run();
  if (model.mentions.length > 0) {
    const kindOf = new Map<string, number>();
    for (const a of model.actors) kindOf.set(a.id, T_KIND[a.kind] ?? T_KIND.person);
    for (let i = firstEndingAfter(model.mentions, lo); i < model.mentions.length && model.mentions[i].start < hi; i++) {
      const m = model.mentions[i];
      if (m.form !== 'label') add(names, m, 3 * 16 + (kindOf.get(m.actor) ?? T_KIND.person));
    }
  }
  const roles = run();
  for (const r of model.roles) add(roles, r, 2 * 16 + T_ROLE);
  const cues = run();
  for (const q of model.quotes) add(cues, q.cueSpan, 1 * 16 + T_CUE);
  for (const r of runs) if (!isSorted(r)) sortTriples(r, 0);

  // Merge the runs; keep the higher-ranked (then earlier, then longer) of overlapping spans.
  const ks: number[] = [];
  const heads = runs.map(() => 0);
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      const h = heads[r];
      if (h < runs[r].length && (best < 0 || before(runs[r], h, runs[best], heads[best]))) best = r;
    }
    if (best < 0) break;
    const r = runs[best];
    const h = heads[best];
    heads[best] = h + 3;
    const start = r[h];
    const end = r[h + 1];
    const code = r[h + 2];
    const n = ks.length;
    if (n > 0 && start < ks[n - 2]) {
      if (code >> 4 > ks[n - 1] >> 4) {
        if (start > ks[n - 3]) ks[n - 2] = start;
        else ks.length = n - 3;
        ks.push(start, end, code);
      }
      continue;
    }
    ks.push(start, end, code);
  }

  // Quotes fill the gaps between kept tokens. Only depth-0 quotes: nested ones lie inside.
  // Both lists are sorted, so one merge pass emits everything in order; `done` is the end
  // of the last emitted token, and nothing starts before it.
  let k = 0;
  let done = lo;
  const emit = (start: number, end: number, type: number, mods: number): void => {
    if (end > start && end > lo && start < hi) sink(start, end, type, mods);
  };
  const emitKept = (): void => {
    emit(ks[k], ks[k + 1], ks[k + 2] & 15, 0);
    done = ks[k + 1];
    k += 3;
  };
  const quotes = model.quotes;
  for (let qi = firstQuoteEndingAfter(quotes, lo); qi < quotes.length && quotes[qi].start < hi; qi++) {
    const q = quotes[qi];
    if (q.depth !== 0 || !(q.end > lo && q.start < hi && q.end > q.start)) continue;
    const mods = q.speaker === null && q.kind === 'direct' ? MOD_UNATTRIBUTED : 0;
    const end = Math.min(q.end, hi);
    while (k < ks.length && ks[k] < Math.max(q.start, done)) emitKept();
    let pos = Math.max(q.start, lo, done);
    while (pos < end) {
      while (k < ks.length && ks[k] <= pos) {
        emitKept();
        if (done > pos) pos = done;
      }
      if (pos >= end) break;
      const next = k < ks.length ? Math.min(ks[k], end) : end;
      if (next > pos) {
        emit(pos, next, T_QUOTE, mods);
        done = next;
      }
      pos = next;
    }
  }
  while (k < ks.length) emitKept();
}

/** Layer order: by start, then higher rank, then longer. */
function before(a: number[], i: number, b: number[], j: number): boolean {
  if (a[i] !== b[j]) return a[i] < b[j];
  const ra = a[i + 2] >> 4;
  const rb = b[j + 2] >> 4;
  if (ra !== rb) return ra > rb;
  return a[i + 1] > b[j + 1];
}

function isSorted(r: number[]): boolean {
  for (let i = 3; i < r.length; i += 3) if (before(r, i, r, i - 3)) return false;
  return true;
}

/** Sorts the triples of `r` from index `from` in layer order. */
function sortTriples(r: number[], from: number): void {
  const idx: number[] = [];
  for (let i = from; i < r.length; i += 3) idx.push(i);
  idx.sort((x, y) => (before(r, x, r, y) ? -1 : before(r, y, r, x) ? 1 : 0));
  const copy = idx.map((i) => [r[i], r[i + 1], r[i + 2]]);
  for (let k = 0; k < copy.length; k++) {
    r[from + 3 * k] = copy[k][0];
    r[from + 3 * k + 1] = copy[k][1];
    r[from + 3 * k + 2] = copy[k][2];
  }
}

/**
 * Index from which to read a list sorted by start for items that reach past `offset`. The
 * lists read this way hold no overlapping items, so stepping back from the first item that
 * starts at or after `offset` stops at the first one that ends before it.
 */
function firstEndingAfter<T extends Span>(items: readonly T[], offset: number): number {
  if (offset <= 0) return 0;
  let i = firstStartingAt(items, offset);
  while (i > 0 && items[i - 1].end > offset) i--;
  return i;
}

/** The same for quotes, which nest: step back to a top-level quote that ends before `offset`. */
function firstQuoteEndingAfter(quotes: readonly Quote[], offset: number): number {
  if (offset <= 0) return 0;
  let i = firstStartingAt(quotes, offset);
  while (i > 0 && !(quotes[i - 1].depth === 0 && quotes[i - 1].end <= offset)) i--;
  return i;
}
