/**
 * Scoring shared by every evaluation section: precision, recall and F1 over spans,
 * exact (same start and end) or lenient (overlapping, each gold span matched once).
 */

export interface Scored {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface SpanLike {
  readonly start: number;
  readonly end: number;
  /** Optional label that must also agree (a document id, a kind). */
  readonly key?: string;
}

/** Builds P/R/F1 from counts. Nothing predicted and nothing gold scores 1. */
export function prf(tp: number, fp: number, fn: number): Scored {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Adds counts of several scores. */
export function sum(scores: readonly Scored[]): Scored {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return prf(tp, fp, fn);
}

/** Exact match: a prediction counts when a gold span has the same start, end and key. */
export function scoreExact(gold: readonly SpanLike[], pred: readonly SpanLike[]): Scored {
  const g = new Map<string, number>();
  for (const s of gold) {
    const k = `${s.key ?? ''}|${s.start}|${s.end}`;
    g.set(k, (g.get(k) ?? 0) + 1);
  }
  let tp = 0;
  for (const s of pred) {
    const k = `${s.key ?? ''}|${s.start}|${s.end}`;
    const n = g.get(k) ?? 0;
    if (n > 0) {
      tp++;
      g.set(k, n - 1);
    }
  }
  return prf(tp, pred.length - tp, gold.length - tp);
}

/**
 * Lenient match: a prediction counts when it overlaps a not yet matched gold span with the
 * same key. Greedy in start order, which is optimal for interval overlap on sorted input.
 */
export function scoreLenient(gold: readonly SpanLike[], pred: readonly SpanLike[]): Scored {
  const byKey = new Map<string, SpanLike[]>();
  for (const s of gold) {
    const k = s.key ?? '';
    let a = byKey.get(k);
    if (!a) byKey.set(k, (a = []));
    a.push(s);
  }
  for (const a of byKey.values()) a.sort((x, y) => x.start - y.start || x.end - y.end);
  const used = new Map<string, Uint8Array>();
  let tp = 0;
  const sortedPred = [...pred].sort((x, y) => x.start - y.start || x.end - y.end);
  for (const p of sortedPred) {
    const k = p.key ?? '';
    const a = byKey.get(k);
    if (!a) continue;
    let u = used.get(k);
    if (!u) used.set(k, (u = new Uint8Array(a.length)));
    for (let i = 0; i < a.length && a[i].start < p.end; i++) {
      if (!u[i] && a[i].end > p.start) {
        u[i] = 1;
        tp++;
        break;
      }
    }
  }
  return prf(tp, pred.length - tp, gold.length - tp);
}

/** Share of items judged right; an empty set scores 1 only when nothing was expected. */
export function accuracy(right: number, total: number): number {
  return total === 0 ? 1 : right / total;
}
