import type { Actor, ActorKind, Mention, QuoteKind, RoleMention, Span } from './model';

/** A quotation found by mark pairing, before attribution. */
export interface RawQuote extends Span {
  readonly inner: Span;
  readonly depth: number;
  readonly kind: QuoteKind;
  /** The words inside the marks. */
  readonly text: string;
}

/**
 * A capitalised name found in prose or a label, before actors are merged.
 * `Russian President Vladimir Putin` -> text `Vladimir Putin`, role `Russian President`.
 */
export interface NameCandidate extends Span {
  readonly text: string;
  /**
   * Best guess of the kind from the name itself and its line; null when only other lines
   * could confirm it is a name (a word opening a sentence, a headline word): such a
   * candidate is kept only if it matches an actor named elsewhere.
   */
  readonly kind: ActorKind | null;
  /** The role written next to the name; with a null `roleSpan`, a form of address (`Mrs.`). */
  readonly role: string | null;
  readonly roleSpan: Span | null;
  /** Index of the speaker label this name comes from, or -1 for prose. */
  readonly label: number;
}

/** Actors of a text and how each name and label maps to them. */
export interface ActorResolution {
  readonly actors: Actor[];
  readonly mentions: Mention[];
  readonly roles: RoleMention[];
  /** Actor id for each speaker label (null for anonymous labels), by label index. */
  readonly labelActors: (string | null)[];
}

/**
 * Where the mentions and role mentions of a resolution stood when it was made: start and end of
 * each, in list order (`[start0, end0, start1, end1, ...]`). After an edit the incremental
 * analyser moves a mention or role mention that only moved in place, so the resolution after
 * holds the very object at its new offsets; a comparison with the resolution before reads the
 * offsets before from here.
 */
export interface ListPositions {
  readonly mentions: Int32Array;
  readonly roles: Int32Array;
}

/** The offsets of a resolution's mentions and role mentions now (see `ListPositions`). */
export function listPositions(r: ActorResolution): ListPositions {
  return { mentions: spansAt(r.mentions), roles: spansAt(r.roles) };
}

function spansAt(xs: readonly { readonly start: number; readonly end: number }[]): Int32Array {
  const out = new Int32Array(2 * xs.length);
  for (let i = 0, k = 0; i < xs.length; i++, k += 2) {
    out[k] = xs[i].start;
    out[k + 1] = xs[i].end;
  }
  return out;
}

/** Index of the first item of `at` (a `ListPositions` list) starting at or after `pos`. */
export function firstPlacedAt(at: Int32Array, pos: number): number {
  let lo = 0;
  let hi = at.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[2 * mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
