/**
 * Binary searches over lists of spans sorted by start (speaker labels, quotes, mentions).
 * Each returns an index in `0..items.length`; `items.length` when no item qualifies.
 */
import type { Span } from './model';

/** Index of the first item starting at or after `pos`. */
export function firstStartingAt<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting after `pos`: the items before it start at or before `pos`. */
export function firstStartingAfter<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item ending after `pos`, in a list whose ends are sorted too (no overlaps). */
export function firstEndingAfter<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Moves a span of the incremental analyser's own lists `d` characters, in place: a model that
 * already holds it sees it moved (see `ListPositions`).
 */
export function moveSpan(s: Span, d: number): void {
  if (d === 0) return;
  const w = s as { start: number; end: number };
  w.start += d;
  w.end += d;
}
