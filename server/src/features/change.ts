/**
 * Changes between two models of one document, as the features that keep answers across edits
 * (semantic tokens, the outline) see them.
 */

/** Equal outside `[from, to)` of the new text (moved by `delta` characters and `lineDelta` lines after it). */
export interface ModelEdit {
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly lineDelta: number;
}

/** Two changes one after the other as one change. */
export function combine(a: ModelEdit, b: ModelEdit): ModelEdit {
  const bOldTo = b.to - b.delta;
  const map = (p: number): number => (p < b.from ? p : p >= bOldTo ? p + b.delta : b.to);
  return {
    from: Math.min(b.from, map(a.from)),
    to: Math.max(b.to, map(a.to)),
    delta: a.delta + b.delta,
    lineDelta: a.lineDelta + b.lineDelta,
  };
}

/**
 * How a feature sees one item of a sorted list: its extent, and whether an item `a` of the
 * model before reads the same as `b` of the model after, `d` characters before it, or, when
 * `a === b`, as the same item the analysis moved in place (see `ListPositions`).
 */
export interface ItemSense<T> {
  lo(x: T): number;
  hi(x: T): number;
  same(a: T, b: T, d: number): boolean;
}

/**
 * Widens `r` over the items of two lists sorted by start that are not the same: those before
 * the edit compared in place, those after it moved; the ones between lie in the stretch.
 */
export function narrowOver<T>(a: readonly T[], b: readonly T[], sense: ItemSense<T>, edit: ModelEdit, r: { from: number; to: number }): void {
  const oldTo = edit.to - edit.delta;
  let i = 0;
  while (i < a.length && i < b.length && sense.hi(a[i]) <= edit.from && sense.same(a[i], b[i], 0)) i++;
  let ea = a.length;
  let eb = b.length;
  // An item both lists hold stands at its new offset in both.
  while (ea > i && eb > i && sense.lo(b[eb - 1]) >= edit.to && (a[ea - 1] === b[eb - 1] || sense.lo(a[ea - 1]) >= oldTo) && sense.same(a[ea - 1], b[eb - 1], edit.delta)) {
    ea--;
    eb--;
  }
  const toNew = (p: number, dflt: number): number => (p < edit.from ? p : p >= oldTo ? p + edit.delta : dflt);
  // (An item of both lists among them stands at its new offset: the loop over `b` widens over it.)
  for (let k = i; k < ea; k++) {
    r.from = Math.min(r.from, toNew(sense.lo(a[k]), edit.from));
    r.to = Math.max(r.to, toNew(sense.hi(a[k]), edit.to));
  }
  for (let k = i; k < eb; k++) {
    r.from = Math.min(r.from, sense.lo(b[k]));
    r.to = Math.max(r.to, sense.hi(b[k]));
  }
}

