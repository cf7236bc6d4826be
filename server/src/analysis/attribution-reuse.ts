/**
 * What attribution keeps from one run to the next, and what of it still holds after an edit.
 *
 * ```
 * “Where were you?” asked Nora.     first pass: own nora        (kept: nothing near it changed)
 * “At the mill.”                    first pass: bare, flip      (kept)
 * “Sit down, Abel.”                 first pass: bare, flip      (read again: the edit is here)
 * ```
 *
 * Attribution runs in two passes (attribution.ts). The first reads each top-level quote by
 * itself: what it reads lies in a bounded window around the quote, plus what the quote before
 * it left (`Previous`), the turn it lies in, and what every actor shows (genders, titles). A
 * quote keeps its first reading when the quote is the same, nothing in its window changed, the
 * quote before it left the same, and the actors show the same. The second pass decodes each
 * exchange (a run of linked quotes) from the first readings, the people named just before it,
 * the last two speakers and the narrator's name: an exchange keeps its speakers when all of
 * those are equal, compared by value, so the run after an edit costs a comparison per quote
 * and fresh readings only near the edit.
 */
import type { Slot } from './attribution-dialogue';
import type { DescriptionIndex, Gender } from './attribution-resolve';
import type { Actor, AttributionVia, Quote, Span, SpeakerLabel, Turn } from './model';
import { firstPlacedAt, type ActorResolution, type ListPositions, type RawQuote } from './pipeline-types';
import { sameActorForms } from './actor-compare';
import { firstStartingAt } from './spans';

/** The first pass's reading of one top-level quote, and what it leaves for the quote after it. */
export interface Local {
  readonly quote: RawQuote;
  /** The speaker the quote's own attribution named (see `Slot.own`). */
  readonly own: string | null | undefined;
  /** End of the quote or of its attribution after it. */
  readonly attrEnd: number;
  readonly endLine: number;
  /** Introduced by a colon (`Quell said: “...”`): a block quotation that may run on. */
  readonly colon: boolean;
  /**
   * The quote as its own attribution names its speaker, before the exchange is read; null
   * when that is the final attribution (the run's quote).
   */
  first: Quote | null;
  readonly slot: Slot;
  /** The reading of the quote before it, as this one was read with. */
  readonly before: Local | null;
  /**
   * The descriptions the reading matched against every actor's roles, names and titles, and
   * what each named (null when it matched none).
   */
  readonly lookups: readonly DescriptionLookup[] | null;
  /** The actors whose gender the reading asked for (null when none). */
  readonly genders: readonly string[] | null;
  /** The speaker of the turn the quote lies in, and that label's name (null when none). */
  readonly turnSpeaker: string | null;
  readonly turnName: Span | null;
}

/** A description matched against every actor (`DescriptionIndex.find`) and the actor it named. */
export interface DescriptionLookup {
  readonly words: readonly string[];
  /** Where the actor's last mention was looked for before, relative to the quote's start. */
  readonly at: number;
  readonly id: string | null;
  readonly kind: string | null;
}

/** An exchange as it was decoded: the run's slots `from..to`. */
export interface Exchange {
  readonly from: number;
  readonly to: number;
  /** The people named in the narration just before it. */
  readonly people: readonly string[];
  /** The last two speakers before it. */
  readonly lastSpeaker: string | null;
  readonly otherSpeaker: string | null;
  readonly narrator: string | null;
  readonly who: readonly (string | null)[];
  /** The actors whose gender decoding it asked for (null when none). */
  readonly genders: readonly string[] | null;
}

/** Attribution of every quote, with what the next run may reuse. */
export interface AttributionRun {
  readonly quotes: Quote[];
  /** Per quote: the first pass's reading (top-level quotes; null for the others). */
  readonly locals: readonly (Local | null)[];
  /** The slots of the top-level quotes, in order. */
  readonly slots: readonly Slot[];
  /** Per quote that opens an exchange: the exchange (null for the others). */
  readonly exchanges: readonly (Exchange | null)[];
  /** Per top-level quote: the speaker its exchange gave it. */
  readonly decoded: readonly (string | null)[];
  /** Per top-level quote the exchange gave no one named: how its speaker is described (`describedIn`), else null. */
  readonly described: readonly (string | null)[];
  /** Per top-level quote: who spoke it for the exchanges after it, an actor id or a described newcomer's key. */
  readonly keys: readonly (string | null)[];
  /** Genders read, by actor id. */
  readonly genders: ReadonlyMap<string, Gender>;
  /** The actors the run read. */
  readonly actors: readonly Actor[];
  /** The index descriptions were matched with, if one was needed. */
  readonly descriptions: DescriptionIndex | null;
  /** How many quotes the first pass read afresh (the others were reused). */
  readonly attributed: number;
  /** The stretch of the quotes whose attribution may differ from the run before (empty when none). */
  readonly freshFrom: number;
  readonly freshTo: number;
  /**
   * Per quote: the furthest its first reading reads (`readsTo`), its attribution's end and its
   * own end, whichever is last (top-level quotes; the end of the others).
   */
  readonly reach?: Float64Array;
  /** No mention is longer than this (a bound; undefined when not worked out). */
  readonly longest?: number;
  /** The narrator's name the exchanges read (`narratorName`). */
  readonly narrator?: string | null;
  /** The actors the run read, by id. */
  readonly byId?: ReadonlyMap<string, Actor>;
  /** Raw indexes of the top-level quotes, in order; the turns and speaker labels the run read. */
  readonly tops?: readonly number[];
  readonly turns?: readonly Turn[];
  readonly speakers?: readonly SpeakerLabel[];
}

/**
 * What a run may reuse from the run before an edit: quotes whose surroundings lie outside the
 * changed stretch `[from, to)` (new offsets). Only valid when the mentions outside the stretch
 * are the same (moved), with actors of the same kinds.
 */
export interface AttributionReuse {
  readonly old: AttributionRun;
  readonly oldRaw: readonly RawQuote[];
  readonly from: number;
  readonly to: number;
  /** New length minus old length, and new line count minus old line count. */
  readonly delta: number;
  readonly lineDelta: number;
  /**
   * The actors differ beyond the stretch (an actor added or removed, roles changed): readings
   * that matched a description against every actor's roles are made again unless each
   * description names the same actor as before.
   */
  readonly descriptionsChanged: boolean;
  /**
   * Further stretches of the new text (outside `[from, to)`, sorted, apart) whose mentions or
   * roles changed away from the edit: no reading that reads them is reused.
   */
  readonly apart: readonly Span[];
  /**
   * When the actors differ (names merged again): the ids of those that may read otherwise
   * (added, gone, another kind, name, aliases or roles, or named inside the changed stretch or
   * a stretch apart). Every other actor has what it had, its mentions moved. Null otherwise.
   */
  readonly changed?: ReadonlySet<string> | null;
}

/**
 * Maps the new text's quotes and offsets onto the old run. The stretch it guards is the edit's,
 * widened to every quote that is not the same as before (new, gone, or with other marks or
 * words), since a window that holds a quote reads whether names lie inside it.
 */
export class Reuser {
  /** The stretch of the new text no reading may touch, to be reused. */
  from: number;
  to: number;
  private readonly oldTo: number;
  /** Per quote of the new text: the index of the same quote in the old run, or -1. */
  readonly match: Int32Array;

  constructor(
    private readonly r: AttributionReuse,
    raw: readonly RawQuote[],
  ) {
    this.oldTo = r.to - r.delta;
    this.from = r.from;
    // A deletion changes the reading of any window across the place where the text was.
    this.to = Math.max(r.to, r.from + 1);
    const match = new Int32Array(raw.length).fill(-1);
    const old = r.oldRaw;
    // The very quotes of the old run that lie before the edit (they reach short of it): the same, at the same places.
    const reach = r.old.reach;
    let i0 = 0;
    if (reach !== undefined) {
      const n = Math.min(raw.length, old.length, reach.length);
      while (i0 < n && raw[i0] === old[i0] && reach[i0] < r.from) {
        match[i0] = i0;
        i0++;
      }
    }
    let j = i0;
    for (let i = i0; i < raw.length; i++) {
      const q = raw[i];
      const s = this.toOld(q.start);
      if (s >= 0) {
        while (j < old.length && old[j].start < s) this.gone(old[j++]);
        if (j < old.length && old[j].start === s && (old[j] === q || this.sameQuote(q, old[j]))) {
          match[i] = j++;
          continue;
        }
      }
      this.widen(q.start, q.end);
    }
    while (j < old.length) this.gone(old[j++]);
    this.match = match;
  }

  /** The offset in the old text of `p` (new text); -1 inside the changed stretch. */
  toOld(p: number): number {
    const r = this.r;
    return p < r.from ? p : p >= r.to ? p - r.delta : -1;
  }

  /** The offset in the new text of `p` (old text); -1 inside the changed stretch. */
  toNew(p: number): number {
    const r = this.r;
    return p < r.from ? p : p >= this.oldTo ? p + r.delta : -1;
  }

  /** True when `[lo, hi)` of the new text touches the guarded stretch or one of the stretches apart. */
  touches(lo: number, hi: number): boolean {
    return (lo < this.to && hi > this.from) || this.touchesApart(lo, hi);
  }

  /** True when `[lo, hi)` of the new text touches one of the stretches apart from the edit. */
  touchesApart(lo: number, hi: number): boolean {
    const xs = this.r.apart;
    if (xs.length === 0) return false;
    // The first stretch ending after `lo` (they are sorted and apart: their ends grow too).
    let a = 0;
    let b = xs.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (xs[m].end <= lo) a = m + 1;
      else b = m;
    }
    return a < xs.length && xs[a].start < hi;
  }

  /**
   * The old first reading of quote `qi`, moved (its `first` left to `firstOf`), when it still
   * holds; the old reading itself when nothing in it moved (its `first` is then set again to
   * what it was, so the run before must not be read afterwards). The caller has found the window it reads untouched; besides, the quote before it
   * must have left the same and it must lie in the same turn.
   */
  local(
    qi: number,
    q: RawQuote,
    before: Local | null,
    turnSpeaker: string | null,
    turnName: Span | null,
    lookupsHold: ((lookups: readonly DescriptionLookup[], start: number) => boolean) | null,
  ): Local | null {
    const oi = this.match[qi];
    if (oi < 0) return null;
    const o = this.r.old.locals[oi];
    if (o === null) return null;
    if (o.turnSpeaker !== turnSpeaker || !this.sameSpan(turnName, o.turnName)) return null;
    // Descriptions changed: the reading holds when each description it matched names the same actor now.
    if (o.lookups !== null && lookupsHold !== null && !lookupsHold(o.lookups, q.start)) return null;
    // The very quote, read with the very reading before it, all before the edit: the same reading.
    if (q === o.quote && before === o.before && turnName === o.turnName && o.attrEnd < this.r.from && this.lineToNew(o.endLine, o.quote) === o.endLine) return o;
    if (!this.samePrev(before, o.before)) return null;
    const attrEnd = this.toNew(o.attrEnd);
    if (attrEnd < 0) return null;
    return {
      quote: q,
      own: o.own,
      attrEnd,
      endLine: this.lineToNew(o.endLine, o.quote),
      colon: o.colon,
      first: null,
      slot: o.slot,
      before,
      lookups: o.lookups,
      genders: o.genders,
      turnSpeaker,
      turnName,
    };
  }

  /** The old first reading of the quote that is quote `qi` now (kept by `local`), moved onto `q`. */
  firstOf(qi: number, q: RawQuote): Quote {
    const oi = this.match[qi];
    return this.moveQuote(this.r.old.locals[oi]!.first ?? this.r.old.quotes[oi], q);
  }

  /** The old first reading of the quote that is quote `qi` now differs from its final attribution. */
  firstDiffers(qi: number): boolean {
    return this.r.old.locals[this.match[qi]]!.first !== null;
  }

  /** The exchange the old run opened with the quote that is quote `qi` now, if any. */
  exchange(qi: number): Exchange | null {
    const oi = this.match[qi];
    return oi < 0 ? null : this.r.old.exchanges[oi];
  }

  /** The speaker the old run's exchange gave the quote that is quote `qi` now; undefined when none. */
  decoded(qi: number): string | null | undefined {
    const oi = this.match[qi];
    return oi < 0 ? undefined : this.r.old.decoded[oi];
  }

  /** How the old run's exchange described the unnamed speaker of the quote that is quote `qi` now; undefined when none. */
  described(qi: number): string | null | undefined {
    const oi = this.match[qi];
    return oi < 0 ? undefined : this.r.old.described[oi];
  }

  /** The old run's final attribution of the quote that is quote `qi` now (kept by `local`), moved onto `q`. */
  finalQuote(qi: number, q: RawQuote): Quote {
    return this.moveQuote(this.r.old.quotes[this.match[qi]], q);
  }

  /**
   * An old attribution at the offsets of the same quote `q` of the new text. Its spans lie in
   * the window the quote reads, or are its turn's label name, which `local` found outside the
   * stretch: they all move.
   */
  private moveQuote(old: Quote, q: RawQuote): Quote {
    const cueSpan = this.spanToNew(old.cueSpan);
    const speakerSpan = this.spanToNew(old.speakerSpan);
    if (q.start === old.start && cueSpan === old.cueSpan && speakerSpan === old.speakerSpan) return old;
    return quoteOf(q, old.speaker, old.cue, cueSpan, old.via, speakerSpan, old.described);
  }

  private spanToNew(s: Span | null): Span | null {
    if (s === null) return null;
    const a = this.toNew(s.start);
    const b = this.toNew(s.end);
    return a === s.start && b === s.end ? s : { start: a, end: b };
  }

  /** `n` (new offsets) is `o` (old offsets) moved. */
  /** A span of the new text is one of the old, moved (the very object, when the analyser moved it in place). */
  private sameSpan(n: Span | null, o: Span | null): boolean {
    if (n === null || o === null || n === o) return n === o;
    return this.toOld(n.start) === o.start && this.toOld(n.end) === o.end;
  }

  private samePrev(n: Local | null, o: Local | null): boolean {
    if (n === null || o === null) return n === o;
    if (n.own !== o.own || n.colon !== o.colon || this.toOld(n.attrEnd) !== o.attrEnd) return false;
    // A newcomer described by the quote before may be the `he` of the next (`said a diplomat. “...,” he added`).
    if (n.slot.stranger !== o.slot.stranger || n.slot.described !== o.slot.described || n.slot.describedGender !== o.slot.describedGender) return false;
    const nq = n.quote;
    const oq = o.quote;
    if (this.toOld(nq.start) !== oq.start || this.toOld(nq.end) !== oq.end || nq.text !== oq.text) return false;
    return this.lineToNew(o.endLine, oq) === n.endLine;
  }

  /** Line `line` of the old text, where quote `q` (old offsets) ends, in the new text. */
  private lineToNew(line: number, q: RawQuote): number {
    return Math.max(q.start, q.end - 1) < this.r.from ? line : line + this.r.lineDelta;
  }

  private sameQuote(q: RawQuote, o: RawQuote): boolean {
    return o.end === this.toOld(q.end) && o.kind === q.kind && o.depth === q.depth && o.text === q.text && o.inner.start === this.toOld(q.inner.start) && o.inner.end === this.toOld(q.inner.end);
  }

  /** An old quote with no like in the new text: its place (new offsets) is guarded. */
  private gone(o: RawQuote): void {
    const r = this.r;
    const lo = o.start < r.from ? o.start : o.start >= this.oldTo ? o.start + r.delta : r.from;
    const hi = o.end <= r.from ? o.end : o.end >= this.oldTo ? o.end + r.delta : r.to;
    this.widen(lo, hi);
  }

  private widen(lo: number, hi: number): void {
    if (lo < this.from) this.from = lo;
    if (hi > this.to) this.to = hi;
  }
}

/**
 * Whether the actors after an edit (`b`) are those before it (`a`) in all that descriptions and
 * genders read: the same actors in the same order, with the same ids, kinds, names, aliases and
 * roles, and the mentions inside the changed stretch (`[from, to)` new, `[from, to - delta)`
 * old; `aAt` holds where the mentions of `a` stood) naming the same actors in the same order.
 * The caller knows the mentions outside the stretch to be the same, moved.
 */
export function actorsAlike(a: ActorResolution, aAt: ListPositions, b: ActorResolution, from: number, to: number, delta: number): boolean {
  if (a.actors.length !== b.actors.length) return false;
  for (let k = 0; k < a.actors.length; k++) {
    const x = a.actors[k];
    const y = b.actors[k];
    if (x === y) continue;
    if (x.id !== y.id || !sameActorForms(x, y)) return false;
  }
  const am = a.mentions;
  const ap = aAt.mentions;
  const bm = b.mentions;
  const oldTo = to - delta;
  let i = firstPlacedAt(ap, from);
  let j = firstStartingAt(bm, from);
  for (; i < am.length && ap[2 * i] < oldTo; i++, j++) {
    if (j >= bm.length || bm[j].start >= to || bm[j].actor !== am[i].actor) return false;
  }
  return j >= bm.length || bm[j].start >= to;
}


/** A quote of the text with its attribution; every quote the attribution makes has this one shape. */
export function quoteOf(
  q: RawQuote,
  speaker: string | null,
  cue: string | null,
  cueSpan: Span | null,
  via: AttributionVia | null,
  speakerSpan: Span | null,
  described: string | null = null,
): Quote {
  return { start: q.start, end: q.end, kind: q.kind, text: q.text, inner: q.inner, depth: q.depth, speaker, cue, cueSpan, via, speakerSpan, described };
}
