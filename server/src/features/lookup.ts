import type { Actor, Mention, Quote, SpeakerLabel, TranscriptModel } from '../analysis/model';
import { firstEndingAfter, firstStartingAfter } from '../analysis/spans';
import { scanLines, type LineIndex } from '../analysis/text';

/** The mention under `offset` (the end of a word counts, as editors place the cursor there). */
export function mentionAt(model: TranscriptModel, offset: number): Mention | undefined {
  const i = firstEndingAfter(model.mentions, offset - 1);
  const m = model.mentions[i];
  return m && m.start <= offset && offset <= m.end ? m : undefined;
}

/** The speaker label whose name or role lies under `offset`. */
export function speakerAt(model: TranscriptModel, offset: number): { label: SpeakerLabel; index: number } | undefined {
  const i = firstEndingAfter(model.speakers, offset - 1);
  const s = model.speakers[i];
  return s && s.start <= offset && offset <= s.end ? { label: s, index: i } : undefined;
}

/** The innermost quote under `offset`. Quotes are sorted by start; nested ones follow their outer quote. */
export function quoteAt(model: TranscriptModel, offset: number): Quote | undefined {
  const qs = model.quotes;
  const lo = firstStartingAfter(qs, offset);
  // Walk back over quotes starting at or before offset; the deepest enclosing one wins.
  let best: Quote | undefined;
  for (let i = lo - 1, steps = 0; i >= 0 && steps < 64; i--, steps++) {
    const q = qs[i];
    if (q.start <= offset && offset < q.end && (!best || q.depth > best.depth)) best = q;
    if (q.depth === 0 && q.end <= offset && best) break;
    if (q.depth === 0 && q.start <= offset) break;
  }
  return best;
}

/** The quote after (dir 1) or before (dir -1) `offset`, top-level quotes only. */
export function adjacentQuote(model: TranscriptModel, offset: number, dir: 1 | -1): Quote | undefined {
  const qs = model.quotes.filter((q) => q.depth === 0);
  if (dir === 1) return qs.find((q) => q.start > offset);
  for (let i = qs.length - 1; i >= 0; i--) if (qs[i].start < offset) return qs[i];
  return undefined;
}

const actorMaps = new WeakMap<TranscriptModel, Map<string, Actor>>();

/** The actor with this id (a map built once per model). */
export function actorById(model: TranscriptModel, id: string): Actor | undefined {
  let map = actorMaps.get(model);
  if (!map) {
    map = new Map(model.actors.map((a) => [a.id, a]));
    actorMaps.set(model, map);
  }
  return map.get(id);
}

const lineIndexes = new WeakMap<TranscriptModel, LineIndex>();

/**
 * Records the line index the analysis already has for the model's text. The incremental
 * analyser writes over a line index two updates later: a model older than the one before the
 * newest must not be asked for its lines.
 */
export function rememberLines(model: TranscriptModel, lines: LineIndex): void {
  lineIndexes.set(model, lines);
}

/** The model's line index (built once per model, on first need). */
export function linesOf(model: TranscriptModel): LineIndex {
  let lines = lineIndexes.get(model);
  if (!lines) {
    lines = scanLines(model.text);
    lineIndexes.set(model, lines);
  }
  return lines;
}
