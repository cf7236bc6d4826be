import { narratorName, type Slot } from './attribution-dialogue';
import { decodeExchange, unnamedSideOf, unnamedSides, type RecentUnnamed } from './attribution-exchange';
import { DescriptionIndex, lastMentionBefore, titleRoles } from './attribution-resolve';
import { Reuser, type AttributionReuse, type AttributionRun, type DescriptionLookup, type Exchange, type Local } from './attribution-reuse';
import { isPlainBlank } from './chars';
import type { Actor, Quote, Span, SpeakerLabel, Turn } from './model';
import type { ActorResolution, RawQuote } from './pipeline-types';
import { firstStartingAt } from './spans';
import { lineAt, type LineIndex } from './text';
import { CONTEXT_CHARS, NEXT_LINE_CHARS, PRONOUN_AFTER_CHARS, QuoteReader, WORD_BEFORE_CHARS, readsAsBefore } from './attribution-read';

/**
 * Names the speaker of each quote.
 *
 * ```
 * “We need evidence,” said Sergey Lavrov, Russia’s Foreign Minister.  -> cue `said`, sergey-lavrov
 * Lavrov said: “Right now just words.”                                 -> colon
 * “We need evidence,” Lavrov said. “Right now just words.”            -> the second by carry-over
 * ```
 *
 * Two passes. First each quote's own attribution: a speaker label, a cue (`said he`,
 * `cried Mr. Jones`, `Jones replied`, `his wife asked`, `I said`), a turn, or the subject of the
 * sentence it sits in. Then the quotes that follow one another with nothing but punctuation or
 * one quote's attribution between them form an exchange (attribution-exchange.ts), in which a
 * bare quote after a bare quote is the reply, the person a quote calls by name answers it, and
 * `he` / `she` pick the participant of that gender.
 *
 * Looks only at a bounded window around each quote (its line, at most a few dozen words on
 * either side), so the work grows with the number of quotes, not with their distance.
 */
export function attributeQuotes(
  text: string,
  lines: LineIndex,
  raw: readonly RawQuote[],
  speakers: readonly SpeakerLabel[],
  turns: readonly Turn[],
  actors: ActorResolution,
): Quote[] {
  return attributeQuotesFrom(text, lines, raw, speakers, turns, actors, null).quotes;
}

export type { AttributionReuse, AttributionRun } from './attribution-reuse';

/**
 * `attributeQuotes`, reusing what `reuse` allows of the run before an edit, and keeping what
 * the next run may reuse (attribution-reuse.ts). With `reuse` null every quote is read afresh:
 * `attributeQuotes` is this with nothing kept.
 */
export function attributeQuotesFrom(
  text: string,
  lines: LineIndex,
  raw: readonly RawQuote[],
  speakers: readonly SpeakerLabel[],
  turns: readonly Turn[],
  actors: ActorResolution,
  reuse: AttributionReuse | null,
): AttributionRun {
  return new Attributor(text, lines, raw, speakers, turns, actors).run(reuse);
}

/**
 * How far before a quote's line its first reading may read: the narration before the line
 * (twice the window), the pronouns there looking back to their person and the sentence that
 * names it, and a few characters around each name.
 */
const READS_BEFORE = 2 * 200 + 4000 + 1200 + 100;
/** How far after a quote's end its first reading may read: the words after it. */
const READS_AFTER = 200 + 10;
/** How many of an actor's first mentions its gender reads (`genderOfActor`): the words around them. */
const GENDER_MENTIONS = 40;

class Attributor extends QuoteReader {
  /** No mention is longer than this (undefined when not worked out). */
  private longest: number | undefined = undefined;
  /** The descriptions of the actors in `nearChanged` alone. */
  private nearDescriptions: DescriptionIndex | null = null;
  /** The stretch of the quotes whose attribution was made afresh. */
  private freshFrom = Infinity;
  private freshTo = -Infinity;
  /**
   * The actors whose gender the edit changed (null when none): the readings and exchanges of the
   * run before that asked for one of them are made again, the others still hold.
   */
  private gendersChanged: Set<string> | null = null;

  run(reuse: AttributionReuse | null): AttributionRun {
    this.reuse = reuse;
    const { raw, turns } = this;
    const n = raw.length;
    const out: Quote[] = new Array<Quote>(n);
    const locals: (Local | null)[] = new Array<Local | null>(n).fill(null);
    // Names merged again: besides those named near the edit, only the actors it changed may read otherwise.
    const near = reuse === null ? null : !reuse.descriptionsChanged ? this.namedNear(reuse) : reuse.changed != null ? this.namedNear(reuse, reuse.changed) : null;
    if (reuse !== null && reuse.descriptionsChanged) this.nearChanged = near;
    if (reuse !== null) this.readGenders(reuse, near);
    const reader = reuse !== null ? new Reuser(reuse, raw) : null;
    const descriptionsChanged = reuse !== null && (reuse.descriptionsChanged || !this.sameDescriptions(reuse, near));
    /** Raw indexes of the top-level quotes, and which of them kept their first reading. */
    const tops: number[] = [];
    const kept = new Uint8Array(n);
    /** Per quote: how far its first reading (or the quote) reaches (`readsTo`, its attribution's end). */
    const reach = new Float64Array(n);
    const old = reuse !== null ? reuse.old : null;
    // The quotes before the edit whose readings reach no text it changed are the old run's, as
    // long as each is the very quote the old run read, after the very reading before it, in the
    // same turn, and the descriptions it matched name the same actors: they are taken over
    // whole, with no window or exchange compared.
    let whole = reader !== null && old!.reach !== undefined ? this.wholeBefore(reuse!, reader) : 0;
    /** How many top-level quotes were taken over whole. */
    let wholeTops = 0;
    let ti = 0;
    let before: Local | null = null;
    let attributed = 0;
    // The first of those, the very quotes of the old run in the very turns, taken over as a block:
    // the old run's lists copied, no quote or reading looked at (`block`).
    const block = whole > 0 ? this.block(reuse!, whole, descriptionsChanged) : 0;
    /** How many top-level quotes the block holds. */
    let blockTops = 0;
    if (block > 0) {
      const o = old!;
      const oldTops = o.tops!;
      for (let qi = 0; qi < block; qi++) {
        out[qi] = o.quotes[qi];
        locals[qi] = o.locals[qi];
      }
      kept.fill(1, 0, block);
      reach.set(o.reach!.subarray(0, block));
      while (blockTops < oldTops.length && oldTops[blockTops] < block) tops.push(oldTops[blockTops++]);
      wholeTops = blockTops;
      if (blockTops > 0) before = o.locals[oldTops[blockTops - 1]];
      if (block < n) {
        const at = raw[block].start;
        while (ti < turns.length && turns[ti].end <= at) ti++;
      }
    }

    /**
     * A quote's window starts after the changed stretch: so do those of the quotes after it (the
     * start of a quote's window grows with the quote's start).
     */
    let pastEdit = false;
    // 1. Each quote's own attribution.
    for (let qi = block; qi < n; qi++) {
      const q = raw[qi];
      if (qi < whole && q !== reuse!.oldRaw[qi]) whole = qi;
      if (q.depth > 0 || q.kind === 'scare') {
        // The very quote the old run read: the same quote, with no attribution.
        out[qi] = qi < whole ? old!.quotes[qi] : this.plain(q);
        reach[qi] = q.end;
        continue;
      }
      while (ti < turns.length && turns[ti].end <= q.start) ti++;
      const turn = ti < turns.length && turns[ti].start <= q.start ? turns[ti] : null;
      const turnSpeaker = turn !== null ? turn.speaker : null;
      const turnName = turn !== null && turnSpeaker !== null ? this.speakers[turn.label]?.nameSpan ?? null : null;
      if (qi < whole) {
        const o = old!.locals[qi];
        if (
          o !== null &&
          o.quote === q &&
          o.before === before &&
          o.turnSpeaker === turnSpeaker &&
          sameSpanAt(o.turnName, turnName) &&
          (o.lookups === null || !descriptionsChanged || this.lookupsHold(o.lookups, q.start)) &&
          this.gendersStand(o.genders)
        ) {
          kept[qi] = 1;
          locals[qi] = o;
          reach[qi] = old!.reach![qi];
          tops.push(qi);
          wholeTops = tops.length;
          before = o;
          continue;
        }
        whole = qi;
      }
      let local: Local | null = null;
      // Only the side of the quote's window that faces the changed stretch can touch it.
      if (
        reader !== null &&
        reader.match[qi] >= 0 &&
        (q.start >= reader.to ? pastEdit || (pastEdit = this.readsFrom(q) >= reader.to) : q.end <= reader.from && this.readsTo(q) <= reader.from) &&
        (reuse!.apart.length === 0 || !reader.touchesApart(this.readsFrom(q), this.readsTo(q)))
      ) {
        local = reader.local(qi, q, before, turnSpeaker, turnName, descriptionsChanged ? this.lookupsHold : null);
        if (local !== null && !this.gendersStand(local.genders)) local = null;
      }
      if (local !== null) kept[qi] = 1;
      else {
        local = this.read(q, qi, turn, before, turnSpeaker, turnName);
        attributed++;
        this.widenFresh(local.first!);
      }
      locals[qi] = local;
      tops.push(qi);
      before = local;
      // A quote after the edit whose window lies after it reaches as far as before, moved.
      const oi = reader !== null ? reader.match[qi] : -1;
      const readEnd = oi >= 0 && old!.reach !== undefined && q.start >= reuse!.to ? old!.reach[oi] + reuse!.delta : this.readsTo(q);
      reach[qi] = Math.max(readEnd, local.attrEnd, q.end);
    }

    // 2. Exchanges: quotes with no attribution of their own take a side of the exchange.
    const slots: Slot[] = new Array<Slot>(tops.length);
    for (let k = 0; k < blockTops; k++) slots[k] = old!.slots[k];
    for (let k = blockTops; k < tops.length; k++) slots[k] = locals[tops[k]]!.slot;
    const narrator = this.narratorOf(slots, reuse);
    const exchanges: (Exchange | null)[] = new Array<Exchange | null>(n).fill(null);
    const decoded: (string | null)[] = new Array<string | null>(n).fill(null);
    const described: (string | null)[] = new Array<string | null>(n).fill(null);
    const keys: (string | null)[] = new Array<string | null>(n).fill(null);
    const oldSlots = reuse !== null ? reuse.old.slots : [];
    let lastSpeaker: string | null = null;
    let otherSpeaker: string | null = null;
    let i0 = 0;
    if (blockTops > 0 && narrator === old!.narrator) {
      // The exchanges wholly within the block: the old run's, which opened with the same speakers
      // before them (the same quotes and exchanges before them from the start of the text).
      const o = old!;
      while (i0 < blockTops) {
        const e = o.exchanges[tops[i0]];
        if (e === null || e.from !== i0 || e.to > blockTops || !this.gendersStand(e.genders)) break;
        if (e.to === blockTops && blockTops < slots.length && slots[blockTops].link !== 'break') break;
        i0 = e.to;
      }
      for (let k = 0; k < i0; k++) {
        const qi = tops[k];
        exchanges[qi] = o.exchanges[qi];
        decoded[qi] = o.decoded[qi];
        described[qi] = o.described[qi];
        keys[qi] = o.keys[qi];
      }
      // The last two speakers after them: the last key, and the last one before it that differs.
      let k = i0 - 1;
      while (k >= 0 && keys[tops[k]] === null) k--;
      if (k >= 0) {
        lastSpeaker = keys[tops[k]];
        while (k >= 0 && (keys[tops[k]] === null || keys[tops[k]] === lastSpeaker)) k--;
        if (k >= 0) otherSpeaker = keys[tops[k]];
      }
    }
    for (let i = i0; i < slots.length; ) {
      let j = i + 1;
      while (j < slots.length && slots[j].link !== 'break') j++;
      const opener = tops[i];
      if (j <= wholeTops) {
        // Quotes taken over whole: the old exchange holds when it opened with the same speakers before it.
        const e = old!.exchanges[opener];
        if (e !== null && e.from === i && e.to === j && e.lastSpeaker === lastSpeaker && e.otherSpeaker === otherSpeaker && e.narrator === narrator && this.gendersStand(e.genders)) {
          exchanges[opener] = e;
          for (let k = i; k < j; k++) {
            const qi = tops[k];
            decoded[qi] = unnamedSideOf(e.who[k - i]) >= 0 ? null : e.who[k - i];
            described[qi] = old!.described[qi];
            const q = old!.quotes[qi];
            out[qi] = q;
            const sp = old!.keys[qi];
            keys[qi] = sp;
            if (sp !== null && sp !== lastSpeaker) {
              otherSpeaker = lastSpeaker;
              lastSpeaker = sp;
            }
          }
          i = j;
          continue;
        }
      }
      const pos = raw[opener].start;
      const oldEx = reader !== null ? reader.exchange(opener) : null;
      const people = oldEx !== null && !reader!.touches(pos - CONTEXT_CHARS, pos) ? oldEx.people : this.contextPeople(pos);
      let who: readonly (string | null)[];
      let genders: readonly string[] | null;
      // Someone the exchange's own words leave unnamed (`she said`, with no woman named): not the newcomer before it.
      const carry = !unidentifiedIn(slots, i, j);
      if (oldEx !== null && this.gendersStand(oldEx.genders) && sameExchange(oldEx, oldSlots, slots, i, j, people, lastSpeaker, otherSpeaker, narrator)) {
        who = oldEx.who;
        genders = oldEx.genders;
      } else {
        const context = withSpeakers(people, lastSpeaker, otherSpeaker);
        const reads: string[] = (this.genderReads = []);
        who = decodeExchange(slots, i, j, context, this.genderOfId, narrator, carry ? recentUnnamed(context.length, lastSpeaker, otherSpeaker) : null, recentBoth(context.length, lastSpeaker, otherSpeaker), carry);
        this.genderReads = null;
        genders = reads.length > 0 ? reads : null;
      }
      exchanges[opener] =
        oldEx !== null && who === oldEx.who && people === oldEx.people && oldEx.from === i && oldEx.to === j && oldEx.lastSpeaker === lastSpeaker && oldEx.otherSpeaker === otherSpeaker && oldEx.narrator === narrator
          ? oldEx
          : { from: i, to: j, people, lastSpeaker, otherSpeaker, narrator, who, genders };
      /** The described quotes around each quote of the exchange, worked out when first needed. */
      let around: Int32Array | null = null;
      /** For an exchange between two unnamed people: the described quotes of each, and the people before it. */
      let bySide: Int32Array | null = null;
      let recents: readonly RecentUnnamed[] | null = null;
      for (let k = i; k < j; k++) {
        const qi = tops[k];
        const local = locals[qi]!;
        const u = unnamedSideOf(who[k - i]);
        const w = u >= 0 ? null : who[k - i];
        // The unnamed side: described by a quote of the exchange, or the newcomer who spoke last.
        let d: string | null = null;
        let key: string | null = null;
        if (u >= 0) {
          // One of two unnamed people: described by a quote of theirs, else by how they were before the exchange.
          const src = describedOnSide(slots, i, k, () => (bySide ??= describedBySide(slots, i, j, who)));
          if (src !== null) {
            d = src.described;
            key = describedKey(src);
          } else {
            recents ??= recentBoth(0, lastSpeaker, otherSpeaker);
            const side = unnamedSides(slots, i, j, narrator, recents, carry, SIDE_SCRATCH.length >= j - i ? SIDE_SCRATCH : (SIDE_SCRATCH = new Int8Array(2 * (j - i))));
            const r = side !== null && side.length > u ? side[u].recent : -1;
            if (r >= 0) {
              key = recentFollowed(recents[r].key!);
              d = key.slice(3);
            }
          }
        } else if (w === null) {
          const src = describedIn(slots, i, k, () => (around ??= describedAround(slots, i, j, who)));
          if (src !== null) {
            d = src.described;
            key = describedKey(src);
          } else if (carry) {
            key = recentDescribed(slots[k], lastSpeaker, otherSpeaker);
            if (key !== null) d = key.slice(3);
          }
        }
        decoded[qi] = w;
        described[qi] = d;
        let q: Quote;
        if (kept[qi] === 1 && reader!.decoded(qi) === w && reader!.described(qi) === d) {
          // The same first reading and the same speaker from the exchange: the same attribution.
          q = reader!.finalQuote(qi, raw[qi]);
          local.first = reader!.firstDiffers(qi) ? reader!.firstOf(qi, raw[qi]) : null;
        } else {
          const first = kept[qi] === 1 ? reader!.firstOf(qi, raw[qi]) : local.first!;
          q = this.decided(local.slot, first, raw[qi], w, d);
          local.first = q === first ? null : first;
          if (kept[qi] === 1) {
            this.widenFresh(first);
            this.widenFresh(q);
          }
        }
        out[qi] = q;
        const sp = q.speaker ?? (q.described !== null ? key : null);
        keys[qi] = sp;
        if (sp !== null && sp !== lastSpeaker) {
          otherSpeaker = lastSpeaker;
          lastSpeaker = sp;
        }
      }
      i = j;
    }
    return { quotes: out, locals, slots, exchanges, decoded, described, keys, genders: this.genders, actors: this.resolution.actors, descriptions: this.descriptions, attributed, freshFrom: this.freshFrom, freshTo: this.freshTo, reach, longest: this.longest, narrator, byId: this.byId, tops, turns: this.turns, speakers: this.speakers };
  }

  /**
   * How many of the first `whole` quotes (see `wholeBefore`) are the very quotes of the old run,
   * each in the very turn it had (the same turn, of the same label). With the descriptions read
   * as before, each such quote is read as the old run read it, after the very reading before it,
   * and the exchanges they make open with the same speakers before them: the old run's. With
   * the descriptions changed, only the quotes before the first whose descriptions name other
   * actors now.
   */
  private block(reuse: AttributionReuse, whole: number, descriptionsChanged: boolean): number {
    const n = this.sameTurnsBlock(reuse, whole);
    const changed = this.gendersChanged;
    if (!descriptionsChanged && changed === null) return n;
    const { raw } = this;
    const locals = reuse.old.locals;
    for (let qi = 0; qi < n; qi++) {
      const o = locals[qi];
      if (o === null) continue;
      if (descriptionsChanged && o.lookups !== null && !this.lookupsHold(o.lookups, raw[qi].start)) return qi;
      if (changed !== null && o.genders !== null && asksAny(o.genders, changed)) return qi;
    }
    return n;
  }

  /** `block` with the descriptions read as before. */
  private sameTurnsBlock(reuse: AttributionReuse, whole: number): number {
    const { raw, turns, speakers } = this;
    const old = reuse.old;
    const oldRaw = reuse.oldRaw;
    if (old.tops === undefined || old.turns === undefined || old.speakers === undefined) return 0;
    let p = 0;
    while (p < whole && raw[p] === oldRaw[p]) p++;
    if (p === 0) return 0;
    const oldTurns = old.turns;
    const oldSpeakers = old.speakers;
    // A quote's turn is the first turn ending after its start, if it starts there: the quotes
    // before the end of the last turn that is the same (of the same label) find the same turn.
    const last = raw[p - 1].start;
    let t = 0;
    for (; t < turns.length && t < oldTurns.length; t++) {
      const x = turns[t];
      if (x !== oldTurns[t] || speakers[x.label] !== oldSpeakers[x.label]) break;
      if (x.end > last) return p;
    }
    if (t === turns.length && t === oldTurns.length) return p;
    return t === 0 ? 0 : Math.min(p, firstStartingAt(raw, turns[t - 1].end));
  }

  /**
   * The narrator's name (`narratorName`): the old run's when every slot reads as the old run's
   * slot at the same place (most edits leave the quotes' own attributions as they were).
   */
  private narratorOf(slots: readonly Slot[], reuse: AttributionReuse | null): string | null {
    const old = reuse === null ? null : reuse.old;
    if (old === null || old.narrator === undefined || old.slots.length !== slots.length) return narratorName(slots);
    const oldSlots = old.slots;
    for (let k = 0; k < slots.length; k++) if (slots[k] !== oldSlots[k] && !sameSlot(slots[k], oldSlots[k])) return narratorName(slots);
    return old.narrator;
  }

  /**
   * How many of the first quotes (the same in number before and after the edit) read no text the
   * edit or the stretches apart changed: each reaches (`reach`) short of the first of them.
   */
  private wholeBefore(reuse: AttributionReuse, reader: Reuser): number {
    const reach = reuse.old.reach!;
    const limit = Math.min(reader.from, reuse.apart.length > 0 ? reuse.apart[0].start : Infinity);
    const n = Math.min(reach.length, this.raw.length, reuse.oldRaw.length);
    let k = 0;
    while (k < n && reach[k] < limit) k++;
    return k;
  }

  /** The attribution of a quote from its first reading and the speaker its exchange gave it. */
  private decided(slot: Slot, first: Quote, q: RawQuote, w: string | null, d: string | null): Quote {
    if (w === null) {
      if (d === first.described && (first.speaker === null || slot.pronoun === null)) return first;
      // The unnamed side of the exchange, described by a quote of its own (`said a small boy`).
      return this.make(q, null, first.cueSpan, slot.own === undefined ? 'carry-over' : first.via, first.speakerSpan, d);
    }
    if (slot.own === undefined) return this.make(q, w, null, 'carry-over', null);
    // `he` / `his wife` read against the exchange, or the narrator's `I` named.
    if (w !== slot.own && (slot.pronoun !== null || slot.narrator)) return this.make(q, w, first.cueSpan, 'pronoun', first.speakerSpan);
    return first;
  }

  /** Widens the stretch of fresh attributions to the quote, its cue and its speaker's words. */
  private widenFresh(q: Quote): void {
    let lo = q.start;
    let hi = q.end;
    if (q.cueSpan !== null) {
      lo = Math.min(lo, q.cueSpan.start);
      hi = Math.max(hi, q.cueSpan.end);
    }
    if (q.speakerSpan !== null) {
      lo = Math.min(lo, q.speakerSpan.start);
      hi = Math.max(hi, q.speakerSpan.end);
    }
    if (lo < this.freshFrom) this.freshFrom = lo;
    if (hi > this.freshTo) this.freshTo = hi;
  }

  /**
   * Where the first reading of a quote may read from: the narration before its line and the
   * pronouns that narration and the cues take up (a bounded stretch back), the whole of its
   * line before it.
   */
  private readsFrom(q: RawQuote): number {
    const lineStart = this.lines.starts[lineAt(this.lines, q.start)];
    return Math.min(q.start, lineStart) - READS_BEFORE;
  }

  /** Where the first reading of a quote may read to: the words after it, the start of the next line. */
  private readsTo(q: RawQuote): number {
    const { text, lines } = this;
    const endLine = lineAt(lines, Math.max(q.start, q.end - 1));
    const le = lines.ends[endLine];
    let k = q.end;
    while (k < le && isPlainBlank(text.charCodeAt(k))) k++;
    if (k < le || endLine + 1 >= lines.starts.length) return Math.max(k + 1, q.end + READS_AFTER);
    // The next line's first words, after its blanks (`afterLimit`).
    let j = lines.starts[endLine + 1];
    const je = lines.ends[endLine + 1];
    while (j < je && isPlainBlank(text.charCodeAt(j))) j++;
    return Math.max(j + NEXT_LINE_CHARS + 1, q.end + READS_AFTER);
  }

  /**
   * The actors whose gender or titles may read text the edit changed: those named within reach
   * of the changed stretch (the words before a name, the clause after it).
   */
  private namedNear(reuse: AttributionReuse, also: ReadonlySet<string> | null = null): Set<string> {
    const ms = this.mentions;
    let longest = 0;
    if (reuse.old.longest !== undefined) {
      // The mentions outside the stretch and those apart are the old run's, moved: at most as long
      // as its longest (a bound, which only widens the reach).
      longest = reuse.old.longest;
      const over = (lo: number, hi: number): void => {
        for (let k = this.firstMentionAt(lo); k < ms.length && ms[k].start < hi; k++) if (ms[k].end - ms[k].start > longest) longest = ms[k].end - ms[k].start;
      };
      over(reuse.from, Math.max(reuse.to, reuse.from + 1));
      for (const x of reuse.apart) over(x.start, x.end);
    } else for (let k = 0; k < ms.length; k++) if (ms[k].end - ms[k].start > longest) longest = ms[k].end - ms[k].start;
    this.longest = longest;
    const lo = reuse.from - PRONOUN_AFTER_CHARS - longest - 1;
    const hi = Math.max(reuse.to, reuse.from + 1) + WORD_BEFORE_CHARS + 1;
    const out = new Set<string>(also);
    for (let k = this.firstMentionAt(lo); k < ms.length && ms[k].start < hi; k++) out.add(ms[k].actor);
    return out;
  }

  /**
   * Takes over the genders the old run read that the actors still show, and notes those that
   * changed (`gendersChanged`). With the same actors and mentions (moved), only those named near
   * the edit can show another.
   */
  private readGenders(reuse: AttributionReuse, near: ReadonlySet<string> | null): void {
    const old = reuse.old.genders;
    if (near === null) {
      // An actor read as before (see `readsAsBefore`) shows the gender it showed.
      const before = new Map<string, Actor>();
      for (const a of reuse.old.actors) before.set(a.id, a);
      for (const [id, g] of old) {
        const a = this.byId.get(id);
        const o = before.get(id);
        if (a === undefined) this.genderChanged(id);
        else if (o !== undefined && readsAsBefore(o, a, reuse, GENDER_MENTIONS)) this.genders.set(id, g);
        else if (this.genderOf(a) !== g) this.genderChanged(id);
      }
      return;
    }
    for (const [id, g] of old) if (this.byId.has(id)) this.genders.set(id, g);
    const oldById = reuse.old.byId;
    for (const id of near) {
      const g = old.get(id);
      if (g === undefined) continue;
      const a = this.byId.get(id);
      // Named near the edit, but read as before where its gender reads (its first mentions lie away from it).
      const o = oldById === undefined || a === undefined ? undefined : oldById.get(id);
      if (o !== undefined && readsAsBefore(o, a!, reuse, GENDER_MENTIONS)) continue;
      this.genders.delete(id);
      if (a === undefined || this.genderOf(a) !== g) this.genderChanged(id);
    }
  }

  /** Actor `id` no longer shows the gender the run before read (or is gone). */
  private genderChanged(id: string): void {
    (this.gendersChanged ??= new Set<string>()).add(id);
  }

  /** No actor a reading or exchange of the run before asked the gender of (`genders`) shows another now. */
  private gendersStand(genders: readonly string[] | null): boolean {
    return genders === null || this.gendersChanged === null || !asksAny(genders, this.gendersChanged);
  }

  /**
   * The descriptions read as the old run's did: the same actors in what they read (the caller
   * knows), and the same titles written before their names, which only those named near the
   * edit can have changed. Takes over the old run's index, moved.
   */
  private sameDescriptions(reuse: AttributionReuse, near: ReadonlySet<string> | null): boolean {
    const old = reuse.old.descriptions;
    if (old === null) return true;
    if (near === null) return false;
    for (const id of near) {
      const a = this.byId.get(id);
      if (a === undefined || a.kind !== 'person') continue;
      if (titleRoles(a, this.text).join(',') !== (old.titles.get(id) ?? '')) return false;
    }
    this.descriptions = old.moved(this.resolution.actors);
    return this.descriptions !== null;
  }

  /**
   * The descriptions a reading of the quote at `start` matched name the same actors now: the
   * reading holds as far as the descriptions go.
   */
  private readonly lookupsHold = (lookups: readonly DescriptionLookup[], start: number): boolean => {
    this.descriptions ??= this.newDescriptionIndex();
    for (const l of lookups) {
      const stands = this.lookupStands(l, start + l.at);
      if (stands === STANDS) continue;
      if (stands === FALLS) return false;
      const actor = this.descriptions.find(l.words, start + l.at);
      if (actor === null ? l.id !== null : actor.id !== l.id || actor.kind !== l.kind) return false;
    }
    return true;
  };

  /**
   * After names merged again, whether a description matched at `at` names what it named
   * (STANDS), names another now (FALLS) or must be matched against every actor to tell (neither),
   * without matching it against every actor. No actor the edit changed (or named near it) is
   * what it named. It named no one: it stands when none of those matches it now (no other actor
   * has other words now), else it falls. It named an actor mentioned before `at`: every other
   * actor that matches has its mentions, moved, so the one mentioned last of them is still that
   * one (unless another mention starts there too); of those the edit changed, the one mentioned
   * last that matches now takes its place when mentioned later.
   */
  private lookupStands(l: DescriptionLookup, at: number): number {
    const near = this.nearChanged;
    if (near === null || (l.id !== null && near.has(l.id))) return UNKNOWN;
    if (this.nearDescriptions === null) {
      const actors: Actor[] = [];
      for (const id of near) {
        const a = this.byId.get(id);
        if (a !== undefined) actors.push(a);
      }
      this.nearDescriptions = new DescriptionIndex(actors, this.text);
    }
    const rival = this.nearDescriptions.find(l.words, at);
    if (l.id === null) return rival === null ? STANDS : FALLS;
    const a = this.byId.get(l.id);
    if (a === undefined || a.kind !== l.kind) return UNKNOWN;
    const last = lastMentionBefore(a.mentions, at);
    if (last < 0) return UNKNOWN;
    const ms = this.mentions;
    const k = firstStartingAt(ms, last);
    if (k + 1 < ms.length && ms[k + 1].start === last) return UNKNOWN;
    // No other mention starts at `last`: a rival is mentioned before it or after it.
    return rival === null || lastMentionBefore(rival.mentions, at) < last ? STANDS : FALLS;
  }
}

/** What `lookupStands` tells of a description's match after names merged again. */
const STANDS = 1;
const FALLS = 2;
const UNKNOWN = 0;

/** The context of an exchange: the people named before it, then the last two speakers. */
function withSpeakers(people: readonly string[], lastSpeaker: string | null, otherSpeaker: string | null): string[] {
  const out = people.slice();
  if (lastSpeaker !== null && !isUnnamedKey(lastSpeaker) && !out.includes(lastSpeaker)) out.push(lastSpeaker);
  if (otherSpeaker !== null && !isUnnamedKey(otherSpeaker) && !out.includes(otherSpeaker)) out.push(otherSpeaker);
  return out;
}

/**
 * The key of a described newcomer (`a Western diplomat`) among the last two speakers: after a
 * character no actor id starts with, their gender (`m`, `f`, `?`), how many exchanges back
 * their own words described them (`0`, `1`), and the description.
 */
const UNNAMED_KEY = '\u0000';
/** A newcomer the text stops describing is followed into one exchange after their own, no further. */
const UNNAMED_CARRIES = 1;

/**
 * Someone in a dialogue the text calls only by what they are (`said the man`, the narrator's `I`)
 * is followed into the next exchanges as a named speaker is, up to `DESCRIBED_CARRIES`: their
 * count starts that much lower.
 */
const DESCRIBED_CARRIES = 5;
const DESCRIBED_COUNT = String.fromCharCode(48 + UNNAMED_CARRIES - DESCRIBED_CARRIES);

function isUnnamedKey(k: string): boolean {
  return k.charCodeAt(0) === 0;
}

/** A described newcomer among the last two speakers who may still go on (`UNNAMED_CARRIES`), or null. */
function recentKey(lastSpeaker: string | null, otherSpeaker: string | null): string | null {
  const k = lastSpeaker !== null && isUnnamedKey(lastSpeaker) ? lastSpeaker : otherSpeaker !== null && isUnnamedKey(otherSpeaker) ? otherSpeaker : null;
  return k !== null && k.charCodeAt(2) - 48 < UNNAMED_CARRIES ? k : null;
}

/** The described person among the last two speakers, as the exchange's unnamed one (after `context`'s named people). */
function recentUnnamed(known: number, lastSpeaker: string | null, otherSpeaker: string | null): RecentUnnamed | null {
  const k = recentKey(lastSpeaker, otherSpeaker);
  if (k === null) return null;
  return { gender: keyGender(k), rank: k === lastSpeaker ? known : known + 1 };
}

/** The described people among the last two speakers who may still go on, last first, each with their key. */
function recentBoth(known: number, lastSpeaker: string | null, otherSpeaker: string | null): readonly RecentUnnamed[] {
  const last = carried(lastSpeaker);
  const other = carried(otherSpeaker);
  if (!last && !other) return NO_RECENT;
  const out: RecentUnnamed[] = [];
  if (last) out.push(recentOf(lastSpeaker!, known));
  if (other) out.push(recentOf(otherSpeaker!, known + 1));
  return out;
}

const NO_RECENT: readonly RecentUnnamed[] = [];

/** The key of a described person who may still go on (`UNNAMED_CARRIES`). */
function carried(k: string | null): boolean {
  return k !== null && isUnnamedKey(k) && k.charCodeAt(2) - 48 < UNNAMED_CARRIES;
}

function recentOf(k: string, rank: number): RecentUnnamed {
  return { gender: keyGender(k), rank, described: k.slice(3), key: k };
}

/** The sex a described person's key keeps (`n`: the narrator's `I`). */
function keyGender(k: string): 'm' | 'f' | 'n' | null {
  const g = k.charAt(1);
  return g === 'm' || g === 'f' || g === 'n' ? g : null;
}

/**
 * The key under which the speaker the quote `src` describes goes on among the last speakers:
 * a newcomer (`one resident`) into one exchange after their own; someone described whom no
 * one named stands for (`said the man`, the narrator's `I`) into the next exchanges, as a named
 * speaker would; null when a named person stands for the description.
 */
function describedKey(src: Slot): string | null {
  if (src.stranger) return UNNAMED_KEY + (src.describedGender ?? '?') + '0' + src.described;
  if (src.own === null) return UNNAMED_KEY + (src.narrator ? 'n' : (src.pronoun ?? '?')) + DESCRIBED_COUNT + src.described;
  return null;
}

/** Scratch for `unnamedSides` when the descriptions of an exchange's two unnamed people are read. */
let SIDE_SCRATCH = new Int8Array(64);

/** The key of a described person followed into one more exchange. */
function recentFollowed(k: string): string {
  return k.slice(0, 2) + String.fromCharCode(k.charCodeAt(2) + 1) + k.slice(3);
}

/**
 * For each quote `k` of the exchange `slots[from..to)` between two unnamed people (`who` gives
 * each its side): the nearest quote before it, then after it, of the same side whose attribution
 * describes its speaker; -1 when none. One pass each way.
 */
function describedBySide(slots: readonly Slot[], from: number, to: number, who: readonly (string | null)[]): Int32Array {
  const n = to - from;
  const out = new Int32Array(2 * n);
  const lastOf = [-1, -1];
  for (let x = from; x < to; x++) {
    const u = unnamedSideOf(who[x - from]);
    if (u < 0) continue;
    out[2 * (x - from)] = lastOf[u];
    if (slots[x].described !== null) lastOf[u] = x;
  }
  lastOf[0] = lastOf[1] = -1;
  for (let x = to - 1; x >= from; x--) {
    const u = unnamedSideOf(who[x - from]);
    if (u < 0) continue;
    out[2 * (x - from) + 1] = lastOf[u];
    if (slots[x].described !== null) lastOf[u] = x;
  }
  return out;
}

/** The slot whose words describe the unnamed speaker of quote `k`, one of two unnamed people (`describedBySide`). */
function describedOnSide(slots: readonly Slot[], from: number, k: number, around: () => Int32Array): Slot | null {
  if (slots[k].described !== null) return slots[k];
  if (slots[k].own === null && slots[k].pronoun === null) return null;
  const near = around();
  const before = near[2 * (k - from)];
  if (before >= 0) return slots[before];
  const after = near[2 * (k - from) + 1];
  return after >= 0 ? slots[after] : null;
}

/** A quote of the exchange `slots[from..to)` names someone it cannot identify and does not describe (`she said`, `I said`). */
function unidentifiedIn(slots: readonly Slot[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (slots[k].own === null && slots[k].described === null) return true;
  return false;
}

/** For a quote with no attribution of its own: the key of a described newcomer among the last two speakers. */
function recentDescribed(slot: Slot, lastSpeaker: string | null, otherSpeaker: string | null): string | null {
  if (slot.own === null || slot.described !== null) return null;
  const k = recentKey(lastSpeaker, otherSpeaker);
  return k === null ? null : k.slice(0, 2) + String.fromCharCode(k.charCodeAt(2) + 1) + k.slice(3);
}

/** Two spans before an edit, the same by place. */
function sameSpanAt(a: Span | null, b: Span | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.end === b.end;
}

/**
 * The exchange `slots[from..to)` reads as `old` (over `oldSlots`) did: the same slots, the same
 * people before it and last speakers, and the same narrator if the narrator speaks in it or a
 * pronoun names a speaker.
 */
function sameExchange(
  old: Exchange,
  oldSlots: readonly Slot[],
  slots: readonly Slot[],
  from: number,
  to: number,
  people: readonly string[],
  lastSpeaker: string | null,
  otherSpeaker: string | null,
  narrator: string | null,
): boolean {
  if (old.to - old.from !== to - from || old.lastSpeaker !== lastSpeaker || old.otherSpeaker !== otherSpeaker) return false;
  if (old.people !== people) {
    if (old.people.length !== people.length) return false;
    for (let k = 0; k < people.length; k++) if (old.people[k] !== people[k]) return false;
  }
  let speaks = false;
  for (let k = from; k < to; k++) {
    const a = slots[k];
    const b = oldSlots[old.from + k - from];
    if (a !== b && !sameSlot(a, b)) return false;
    // The narrator's name reads the narrator's `I`, and rules the narrator out of a `he`.
    if (a.narrator || a.pronoun !== null) speaks = true;
  }
  return !speaks || old.narrator === narrator;
}

function sameSlot(a: Slot, b: Slot): boolean {
  return (
    a.link === b.link && a.own === b.own && a.addressed === b.addressed && a.subject === b.subject && a.pronoun === b.pronoun &&
    a.narrator === b.narrator && a.alt === b.alt && a.reply === b.reply && a.states === b.states && a.described === b.described && a.describedGender === b.describedGender && a.stranger === b.stranger &&
    (a.selfNamed ?? null) === (b.selfNamed ?? null)
  );
}

/**
 * For each quote `k` of the exchange `slots[from..to)` (at `2 * (k - from)` and the next place):
 * the nearest quote before it, then after it, that the exchange gave to no one named and whose
 * attribution describes its speaker; -1 when none. One pass each way, whatever the exchange's length.
 */
function describedAround(slots: readonly Slot[], from: number, to: number, who: readonly (string | null)[]): Int32Array {
  // Per quote: nearest before and after of any side, then nearest before and after on its own
  // side (the side turns at each reply: `flip`, or a cue that says it answers).
  const n = to - from;
  const out = new Int32Array(4 * n);
  const side = new Uint8Array(n);
  for (let x = from + 1; x < to; x++) side[x - from] = side[x - from - 1] ^ (slots[x].link === 'flip' || slots[x].reply ? 1 : 0);
  let last = -1;
  const lastOf = [-1, -1];
  for (let x = from; x < to; x++) {
    out[4 * (x - from)] = last;
    out[4 * (x - from) + 2] = lastOf[side[x - from]];
    if (who[x - from] === null && slots[x].described !== null) last = lastOf[side[x - from]] = x;
  }
  last = -1;
  lastOf[0] = lastOf[1] = -1;
  for (let x = to - 1; x >= from; x--) {
    out[4 * (x - from) + 1] = last;
    out[4 * (x - from) + 3] = lastOf[side[x - from]];
    if (who[x - from] === null && slots[x].described !== null) last = lastOf[side[x - from]] = x;
  }
  return out;
}

/**
 * The slot whose words describe the unnamed speaker of quote `k` of the exchange that starts at
 * `from`: its own attribution (`said a small boy`), else, when it has none, by the nearest quote of
 * the exchange before it, then after it, that the exchange also gave to no one named and whose
 * attribution describes its speaker (`around` gives them, from `describedAround`). Null when none does.
 */
function describedIn(slots: readonly Slot[], from: number, k: number, around: () => Int32Array): Slot | null {
  if (slots[k].described !== null) return slots[k];
  // An attribution that names someone we cannot tell, in words that describe no person (`said a voice` does).
  if (slots[k].own === null && slots[k].pronoun === null) return null;
  const near = around();
  // A quote on the same side of the exchange first: in `“...?” asked a girl. “...” “...”`, the
  // second bare quote is the girl's, the first the other one's.
  const sideBefore = near[4 * (k - from) + 2];
  if (sideBefore >= 0) return slots[sideBefore];
  const sideAfter = near[4 * (k - from) + 3];
  if (sideAfter >= 0) return slots[sideAfter];
  const before = near[4 * (k - from)];
  if (before >= 0) return slots[before];
  const after = near[4 * (k - from) + 1];
  return after >= 0 ? slots[after] : null;
}

/** One of `ids` is in `set`. */
function asksAny(ids: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < ids.length; k++) if (set.has(ids[k])) return true;
  return false;
}
