import { DescriptionIndex, genderOfActor, genderOfMention, roleWords, type Gender } from './attribution-resolve';
import { endsClause, endsSentence, isPossessiveAt, tokenize, type Token } from './attribution-tokens';
import { CUE_OBJECT_STOP, DETERMINERS, OTHER_PRONOUNS, SPEAKER_PRONOUNS, cueLength } from './cues';
import type { Actor, AttributionVia, Mention, Quote, Span, SpeakerLabel, Turn } from './model';
import type { ActorResolution, RawQuote } from './pipeline-types';
import { detach, lineAt, type LineIndex } from './text';

/**
 * Names the speaker of each quote.
 *
 * ```
 * “We need evidence,” said Sergey Lavrov, Russia’s Foreign Minister.  -> cue `said`, sergey-lavrov
 * Lavrov said: “Right now just words.”                                 -> colon
 * “We need evidence,” Lavrov said. “Right now just words.”            -> the second by carry-over
 * ```
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
  return new Attributor(text, lines, raw, speakers, turns, actors).run(null).quotes;
}

/** Attribution of every quote, with the state it kept between quotes, for the next run to reuse. */
export interface AttributionRun {
  readonly quotes: Quote[];
  /** Per quote: what it leaves for the quotes after it (top-level quotes; null for the others). */
  readonly own: readonly (Previous | null)[];
  /** Per quote: the state it was attributed from (top-level quotes; null for the others). */
  readonly before: readonly (Chain | null)[];
  /** Genders read for pronouns, by actor id. */
  readonly genders: ReadonlyMap<string, Gender>;
  /** How many quotes were attributed afresh (the others were reused). */
  readonly attributed: number;
  /** Indexes of the quotes whose attribution read a description against every actor's roles. */
  readonly described: ReadonlySet<number>;
  /** The stretch the quotes attributed afresh cover, with their cue words (empty when none). */
  readonly freshFrom: number;
  readonly freshTo: number;
}

/**
 * What a run may reuse from the run before an edit: quotes whose surroundings lie outside the
 * changed stretch `[from, to)` (new offsets) keep their attribution when the state from the
 * quotes before them is the same. Only valid when the actors and their mentions are unchanged.
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
   * The actors differ beyond the stretch (an actor added or removed, roles changed): quotes
   * that matched a description against every actor's roles are attributed again.
   */
  readonly descriptionsChanged: boolean;
}

/** `attributeQuotes`, reusing what `reuse` allows, and keeping what the next run may reuse. */
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

/** How far before a quote its attribution may read: pronouns look 4000 characters back. */
const READS_BEFORE = 4300;
/** How far before its line's start: the narration before a quote that opens its line. */
const READS_BEFORE_LINE = 420;
/** How far after its end: the attribution words after it. */
const READS_AFTER = 210;

/** How far attribution looks on each side of a quote, in characters. */
const WINDOW = 200;
/** How many words a cue after a quote may be preceded by (`Sergey Ryabkov, Lavrov’s deputy, told`). */
const MAX_SUBJECT_TOKENS = 9;
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_LOOKBACK_CHARS = 4000;
const PRONOUN_LOOKBACK_MENTIONS = 60;

interface Who {
  readonly speaker: string | null;
  readonly span: Span | null;
  /** How the words were read: a name, a pronoun or a description. */
  readonly how: 'name' | 'pronoun' | 'description' | 'none';
}

interface CueHit {
  readonly cue: Span | null;
  readonly who: Who;
  /** End of the attribution words (for the gap to the next quote). */
  readonly end: number;
  readonly colon: boolean;
}

/** What a top-level quote leaves for the quotes after it. */
export interface Previous {
  readonly quote: RawQuote;
  readonly speaker: string | null;
  /** End of the quote or of its attribution after it. */
  readonly attrEnd: number;
  /** The quote named its speaker itself (a cue, a colon, a label), rather than inheriting one. */
  readonly explicit: boolean;
  readonly line: number;
  /** Only punctuation lies between this quote and the one before it. */
  readonly adjacent: boolean;
  /** The person the quote speaks to by name (`“Come in, Tom.”`), if any. */
  readonly addressed: string | null;
}

/** The state a quote is attributed from: the two quotes before it and the last two speakers. */
export interface Chain {
  readonly prev: Previous | null;
  readonly prev2: Previous | null;
  readonly lastSpeaker: string | null;
  readonly otherSpeaker: string | null;
}

const NOBODY: Who = { speaker: null, span: null, how: 'none' };

class Attributor {
  private readonly mentions: readonly Mention[];
  private readonly byId = new Map<string, Actor>();
  private readonly genders = new Map<string, Gender>();
  private descriptions: DescriptionIndex | null = null;
  /** Set when a description was read against the actors' roles (for the current quote). */
  private described = false;
  /** Top-level quote spans in text order, to skip names written inside quotes. */
  private readonly topSpans: Span[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly raw: readonly RawQuote[],
    private readonly speakers: readonly SpeakerLabel[],
    private readonly turns: readonly Turn[],
    private readonly resolution: ActorResolution,
  ) {
    this.mentions = resolution.mentions;
    for (const a of resolution.actors) this.byId.set(a.id, a);
    for (const q of raw) if (q.depth === 0) this.topSpans.push(q);
  }

  run(reuse: AttributionReuse | null): AttributionRun {
    const { raw, turns } = this;
    const out: Quote[] = [];
    const own: (Previous | null)[] = [];
    const before: (Chain | null)[] = [];
    const reader = reuse !== null && this.gendersHold(reuse) ? new Reuser(reuse, this.text, this.lines) : null;
    let ti = 0;
    let prev = null as Previous | null;
    let prev2 = null as Previous | null;
    /** The speaker before the current speaker, for two-person exchanges. */
    let lastSpeaker: string | null = null;
    let otherSpeaker: string | null = null;
    let attributed = 0;
    const described = new Set<number>();
    let freshFrom = Infinity;
    let freshTo = -Infinity;
    for (let qi = 0; qi < raw.length; qi++) {
      const q = raw[qi];
      if (q.depth > 0 || q.kind === 'scare') {
        out.push(this.plain(q));
        own.push(null);
        before.push(null);
        continue;
      }
      while (ti < turns.length && turns[ti].end <= q.start) ti++;
      const chain: Chain = { prev, prev2, lastSpeaker, otherSpeaker };
      let result: Quote | null = null;
      let mine: Previous | null = null;
      const kept = reader?.reuse(q, chain) ?? null;
      if (kept !== null) {
        result = kept.quote;
        mine = kept.own;
        if (kept.described) described.add(qi);
      } else {
        const turn = ti < turns.length && turns[ti].start <= q.start ? turns[ti] : null;
        this.described = false;
        const done = this.attribute(q, qi, turn, chain);
        if (this.described) described.add(qi);
        attributed++;
        const c = done.quote.cueSpan;
        freshFrom = Math.min(freshFrom, q.start, c !== null ? c.start : q.start);
        freshTo = Math.max(freshTo, q.end, c !== null ? c.end : q.end);
        result = done.quote;
        mine = done.own;
      }
      out.push(result);
      own.push(mine);
      before.push(chain);
      if (result.speaker !== null && result.speaker !== lastSpeaker) {
        otherSpeaker = lastSpeaker;
        lastSpeaker = result.speaker;
      }
      prev2 = prev;
      prev = mine;
    }
    return { quotes: out, own, before, genders: this.genders, attributed, freshFrom, freshTo, described };
  }

  /** The genders the old run read are still what the actors show (the text before their mentions may have changed). */
  private gendersHold(reuse: AttributionReuse): boolean {
    for (const [id, g] of reuse.old.genders) {
      const a = this.byId.get(id);
      if (a === undefined || this.genderOf(a) !== g) return false;
    }
    return true;
  }

  /** Attributes one top-level quote from the state of the quotes before it. */
  private attribute(q: RawQuote, qi: number, turn: Turn | null, chain: Chain): { quote: Quote; own: Previous } {
    const { prev, prev2, lastSpeaker, otherSpeaker } = chain;
    // The words after a quote that attributed it do not attribute the next one.
    const prevTopEnd = prev !== null ? prev.attrEnd : -1;
    {
      const nextStart = this.nextTopStart(qi);
      const line = lineAt(this.lines, q.start);
      const lineStart = this.lines.starts[line];
      const endLine = lineAt(this.lines, Math.max(q.start, q.end - 1));

      let result: Quote | null = null;
      let attrEnd = q.end;
      let explicit = false;

      // 1. The quote follows a speaker label on its line.
      if (turn && turn.speaker !== null && this.onLabelLine(turn, q)) {
        result = this.make(q, turn.speaker, null, 'speaker-line', this.speakers[turn.label]?.nameSpan ?? null);
        explicit = true;
      }

      // 2. A cue after or before the quote.
      if (!result) {
        const after = this.cueAfter(q, Math.min(this.afterLimit(endLine, q.end), q.end + WINDOW, nextStart));
        const before = after && after.who.speaker !== null ? null : this.cueBefore(q, Math.max(lineStart, q.start - WINDOW, prevTopEnd));
        const hit = after && after.who.speaker !== null ? after : before && (before.who.speaker !== null || !after) ? before : after;
        if (hit) {
          result = this.make(q, hit.who.speaker, hit.cue, viaOf(hit), hit.who.span);
          if (hit === after) attrEnd = after.end;
          explicit = hit.who.speaker !== null;
        }
      }

      // 3. The rest of a split quote on the same line: “We need evidence,” Lavrov said. “Right now...”
      if (!result && prev && prev.speaker !== null && lineAt(this.lines, Math.max(prev.quote.start, prev.quote.end - 1)) === line) {
        if (!this.otherPersonBetween(prev.attrEnd, q.start, prev.speaker)) {
          result = this.make(q, prev.speaker, null, 'carry-over', null);
        }
      }

      // 4. A quote inside a speaker's turn.
      if (!result && turn && turn.speaker !== null) {
        result = this.make(q, turn.speaker, null, 'turn', this.speakers[turn.label]?.nameSpan ?? null);
      }

      const opensLine = this.startsLine(q, lineStart);

      // 5. A quote inside a sentence of narration with no cue: the sentence's subject speaks
      // (`At the door he turned: “Not tonight.”`, `Nora Penn looked up and smiled, “Come in.”`).
      if (!result && !opensLine) {
        const subject = this.sentenceSubject(Math.max(lineStart, q.start - WINDOW, prevTopEnd), q.start);
        if (subject && subject.speaker !== null) {
          const via = subject.how === 'pronoun' ? 'pronoun' : this.colonBefore(q.start) ? 'colon' : 'carry-over';
          result = this.make(q, subject.speaker, null, via, subject.span);
        }
      }

      const last: Previous | null = prev;
      const beforeLast: Previous | null = prev2;
      const adjacent: boolean = last !== null && this.onlyPunctuation(last.attrEnd, q.start);

      // 6. A quote that opens its paragraph right after another one: the same speaker goes on
      // after an attributed paragraph; in a run of bare quotes the two speakers alternate.
      const addressed = this.addressee(q);
      if (!result && prev && opensLine && adjacent) {
        let who: string | null = null;
        // The person the previous quote spoke to answers: “No, Tom.” / “Yes.”
        if (prev.addressed !== null && prev.addressed !== prev.speaker) who = prev.addressed;
        else if (prev.speaker !== null) who = prev.explicit ? prev.speaker : otherSpeaker;
        // The one before the previous speaker, when the previous quote went unnamed.
        else if (beforeLast !== null && beforeLast.speaker !== null && prev.adjacent) who = beforeLast.speaker;
        // Nobody calls themselves by name: the other one of the two speaks.
        if (who !== null && who === addressed) who = who === lastSpeaker ? otherSpeaker : lastSpeaker;
        if (who !== null && who !== addressed) result = this.make(q, who, null, 'carry-over', null);
      }

      // 7. A quote that opens its paragraph after narration: the person the narration was about.
      if (!result && opensLine && !adjacent) {
        const m = this.narrationSubject(Math.max(prev ? prev.attrEnd : 0, lineStart - WINDOW * 2), lineStart);
        if (m && m.actor !== addressed) result = this.make(q, m.actor, null, 'carry-over', null);
      }

      if (!result) result = this.make(q, null, null, null, null);
      return { quote: result, own: { quote: q, speaker: result.speaker, attrEnd, explicit, line, adjacent, addressed } };
    }
  }

  /**
   * Where the words after a quote may run: to the end of its line, or on into the next line when
   * the quote ends its line and the next line goes on with the sentence in lower case
   * (`“...?”` / `asked the porter.` in hard-wrapped or one-sentence-a-line text).
   */
  private afterLimit(line: number, end: number): number {
    const { text, lines } = this;
    const le = lines.ends[line];
    let k = end;
    while (k < le && isBlank(text.charCodeAt(k))) k++;
    if (k < le || line + 1 >= lines.starts.length) return le;
    let j = lines.starts[line + 1];
    const je = lines.ends[line + 1];
    while (j < je && isBlank(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    return j < je && c >= 97 && c <= 122 ? je : le;
  }

  /**
   * The person the narration before a quote is about: the first person named in the last
   * sentence that names one, outside quotes, between `from` and `to`.
   */
  private narrationSubject(from: number, to: number): Mention | null {
    let k = this.firstMentionAt(to) - 1;
    let found: Mention | null = null;
    for (; k >= 0 && this.mentions[k].start >= from; k--) {
      const m = this.mentions[k];
      if (this.byId.get(m.actor)?.kind !== 'person' || this.insideQuote(m.start)) continue;
      if (found && this.sentenceEndBetween(m.end, found.start)) break;
      found = m;
    }
    return found;
  }

  /** The subject at the start of the sentence that runs into the quote: a pronoun or a name. */
  private sentenceSubject(lo: number, quoteStart: number): Who | null {
    if (lo >= quoteStart) return null;
    const toks = tokenize(this.text, lo, quoteStart, 64);
    let from = 0;
    for (let k = toks.length - 1; k >= 0; k--) {
      if (endsSentence(toks[k]) || (!toks[k].word && endsClause(toks[k]))) {
        from = k + 1;
        break;
      }
    }
    // A sentence that begins at the start of the window may have begun earlier: only trust a full one.
    if (from === 0 && lo > this.lines.starts[lineAt(this.lines, lo)]) return null;
    const limit = Math.min(toks.length, from + 4);
    for (let k = from; k < limit; k++) {
      const t = toks[k];
      if (!t.word) continue;
      const g = SPEAKER_PRONOUNS.get(t.w);
      if (g !== undefined) {
        return { speaker: this.resolvePronoun(g === '?' ? null : g, t.start), span: { start: t.start, end: t.end }, how: 'pronoun' };
      }
      const m = this.mentions[this.firstMentionAt(t.start)];
      if (m !== undefined && m.start === t.start && this.byId.get(m.actor)?.kind === 'person' && !this.isPossessiveMention(m)) {
        return { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' };
      }
    }
    return null;
  }

  private colonBefore(pos: number): boolean {
    let k = pos - 1;
    while (k >= 0 && isBlank(this.text.charCodeAt(k))) k--;
    return k >= 0 && this.text.charCodeAt(k) === 58;
  }

  /**
   * A person named inside the quote between commas or at its edges, as one speaks to someone:
   * `“Uncle, you are not well.”`, `“Not tonight, Tom.”`.
   */
  private addressee(q: RawQuote): string | null {
    const text = this.text;
    for (let k = this.firstMentionAt(q.inner.start); k < this.mentions.length && this.mentions[k].start < q.inner.end; k++) {
      const m = this.mentions[k];
      if (m.end > q.inner.end || this.byId.get(m.actor)?.kind !== 'person') continue;
      let b = m.start - 1;
      while (b >= q.inner.start && isBlank(text.charCodeAt(b))) b--;
      // Honorifics belong to the name: “Good night, Mr. Jones.”
      if (b >= q.inner.start && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 46)) {
        let w = text.charCodeAt(b) === 46 ? b - 1 : b;
        const e = w + 1;
        while (w >= q.inner.start && isLetter(text.charCodeAt(w))) w--;
        if (HONORIFICS.has(text.slice(w + 1, e).toLowerCase())) {
          b = w;
          while (b >= q.inner.start && isBlank(text.charCodeAt(b))) b--;
        }
      }
      const before = b < q.inner.start ? -1 : text.charCodeAt(b);
      let a = m.end;
      while (a < q.inner.end && isBlank(text.charCodeAt(a))) a++;
      const after = a >= q.inner.end ? -1 : text.charCodeAt(a);
      const openOk = before === -1 || before === 44 || before === 33 || before === 63 || before === 0x2014;
      const closeOk = after === -1 || after === 44 || after === 46 || after === 33 || after === 63 || after === 59 || after === 0x2014;
      if (openOk && closeOk) return m.actor;
    }
    return null;
  }

  private sentenceEndBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 33 || c === 63 || c === 10 || c === 13) return true;
      if (c === 46 && k + 1 < to && isBlank(this.text.charCodeAt(k + 1))) {
        // Not after an abbreviation such as Mr. or a single initial.
        let b = k - 1;
        while (b >= from && isLetter(this.text.charCodeAt(b))) b--;
        const w = this.text.slice(b + 1, k).toLowerCase();
        if (w.length > 1 && w !== 'mr' && w !== 'mrs' && w !== 'ms' && w !== 'dr' && w !== 'st') return true;
      }
    }
    return false;
  }

  private plain(q: RawQuote): Quote {
    return this.make(q, null, null, null, null);
  }

  private make(q: RawQuote, speaker: string | null, cue: Span | null, via: AttributionVia | null, speakerSpan: Span | null): Quote {
    return {
      start: q.start,
      end: q.end,
      kind: q.kind,
      text: q.text,
      inner: q.inner,
      depth: q.depth,
      speaker,
      cue: cue ? detach(this.text.slice(cue.start, cue.end)) : null,
      cueSpan: cue,
      via: speaker === null ? null : via,
      speakerSpan,
    };
  }

  private nextTopStart(qi: number): number {
    const raw = this.raw;
    for (let k = qi + 1; k < raw.length; k++) if (raw[k].depth === 0) return raw[k].start;
    return this.text.length;
  }

  private onLabelLine(turn: Turn, q: RawQuote): boolean {
    const label = this.speakers[turn.label];
    if (!label) return false;
    if (lineAt(this.lines, label.start) !== lineAt(this.lines, q.start)) return false;
    for (let k = Math.min(turn.start, label.bodyStart); k < q.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return q.start >= label.end;
  }

  private startsLine(q: RawQuote, lineStart: number): boolean {
    for (let k = lineStart; k < q.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }

  /** True when only spaces, line breaks and punctuation lie between `from` and `to`. */
  private onlyPunctuation(from: number, to: number): boolean {
    if (to - from > WINDOW) return false;
    for (const t of tokenize(this.text, from, to, 40)) if (t.word) return false;
    return true;
  }

  private otherPersonBetween(from: number, to: number, speaker: string): boolean {
    for (let k = this.firstMentionAt(from); k < this.mentions.length && this.mentions[k].start < to; k++) {
      const m = this.mentions[k];
      if (m.actor !== speaker && this.byId.get(m.actor)?.kind === 'person') return true;
    }
    return false;
  }

  /** Index of the first mention starting at or after `pos`. */
  private firstMentionAt(pos: number): number {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---- cues after the quote: “...,” said Sergey Lavrov / “...,” Tillerson said / “...,” he said

  private cueAfter(q: RawQuote, hi: number): CueHit | null {
    if (hi <= q.end) return null;
    const toks = tokenize(this.text, q.end, hi, 24);
    let i = 0;
    while (i < toks.length && !toks[i].word && isLeadPunct(toks[i].w)) i++;
    if (i >= toks.length || !toks[i].word) return null;
    let stop = i;
    while (stop < toks.length && !endsClause(toks[stop])) stop++;
    const words = toks.map((t) => (t.word ? t.w : ''));
    // Verb first: said Sergey Lavrov, cried Mr. Jones, said he, according to the minister.
    const n = cueLength(words, i);
    if (n > 0) {
      const cue = { start: toks[i].start, end: toks[i + n - 1].end };
      const who = this.whoAfterVerb(toks, i + n, stop, q.start);
      return { cue, who, end: clauseEnd(toks, stop, cue.end), colon: false };
    }
    // Subject first: Tillerson said, the Russian foreign minister said, he added.
    const limit = Math.min(stop, i + MAX_SUBJECT_TOKENS);
    for (let k = i + 1; k < limit; k++) {
      if (!toks[k].word) continue;
      const m = cueLength(words, k);
      if (m === 0) continue;
      const who = this.whoBeforeVerb(toks, i, k, q.start);
      if (who.how === 'none' && !this.looksLikeSubject(toks, i, k)) return null;
      const cueEnd = this.cueObjectEnd(toks, k + m, stop);
      const cue = { start: toks[k].start, end: toks[cueEnd - 1].end };
      return { cue, who, end: clauseEnd(toks, stop, cue.end), colon: false };
    }
    return null;
  }

  /** `told reporters`, `told Russian media`, `declared to reporters`: the object belongs to the cue. */
  private cueObjectEnd(toks: readonly Token[], from: number, stop: number): number {
    const verb = toks[from - 1].w;
    let k = from;
    let max = 0;
    if (verb === 'told' || verb === 'tells' || verb === 'tell' || verb === 'telling') max = 3;
    else if (toks[k]?.w === 'to' && toks[k].word) {
      k++;
      max = 2;
    } else return from;
    const start = k;
    while (k < stop && k - start < max && toks[k].word && !CUE_OBJECT_STOP.has(toks[k].w) && !this.personAt(toks[k])) k++;
    return k === start ? from : k;
  }

  /** A name, a pronoun or a determiner starts at the token (`said Lavrov:`, `according to the minister,`). */
  private startsName(t: Token): boolean {
    if (!t.word) return false;
    if (SPEAKER_PRONOUNS.has(t.w) || DETERMINERS.has(t.w)) return true;
    const m = this.mentions[this.firstMentionAt(t.start)];
    return m !== undefined && m.start === t.start;
  }

  private personAt(t: Token): boolean {
    const k = this.firstMentionAt(t.start);
    const m = this.mentions[k];
    return m !== undefined && m.start < t.end && this.byId.get(m.actor)?.kind === 'person';
  }

  /** A subject before a cue verb: a pronoun, capitalised words, or a determiner and a noun. */
  private looksLikeSubject(toks: readonly Token[], from: number, to: number): boolean {
    const t = toks[from];
    return t.cap || DETERMINERS.has(t.w) || OTHER_PRONOUNS.has(t.w) || to - from <= 2;
  }

  /** Who the words after a verb name, up to the clause end: `said Sergey Lavrov, Russia’s Foreign Minister`. */
  private whoAfterVerb(toks: readonly Token[], from: number, stop: number, quoteStart: number): Who {
    let end = from;
    while (end < stop && !(toks[end].w === ',' && !toks[end].word)) end++;
    const first = this.whoIn(toks, from, end, quoteStart, quoteStart, true);
    if (first.how !== 'none') return first;
    // An appositive after a comma: said the minister, Sergey Lavrov.
    if (end < stop) {
      let end2 = end + 1;
      while (end2 < stop && !(toks[end2].w === ',' && !toks[end2].word)) end2++;
      const second = this.whoIn(toks, end + 1, end2, quoteStart, quoteStart, true);
      if (second.how === 'name') return second;
    }
    return first;
  }

  /** Who the words between `from` and the verb at `verb` name: `Sergey Ryabkov, Lavrov’s deputy,`. */
  private whoBeforeVerb(toks: readonly Token[], from: number, verb: number, quoteStart: number): Who {
    return this.whoIn(toks, from, verb, quoteStart, quoteStart);
  }

  /**
   * Reads a speaker from the tokens `from..to`: a pronoun first word, the first name that is not
   * a possessive, or a description matched against the actors' roles.
   */
  private whoIn(toks: readonly Token[], from: number, to: number, pronounBefore: number, near: number, afterVerb = false): Who {
    if (from >= to) return NOBODY;
    const t0 = toks[from];
    const g = SPEAKER_PRONOUNS.get(t0.w);
    if (g !== undefined && t0.word) {
      const span = { start: t0.start, end: t0.end };
      return { speaker: this.resolvePronoun(g === '?' ? null : g, pronounBefore), span, how: 'pronoun' };
    }
    if (t0.word && OTHER_PRONOUNS.has(t0.w) && to - from === 1) return NOBODY;
    const lo = toks[from].start;
    const hi = toks[to - 1].end;
    let fallback: Mention | null = null;
    for (let k = this.firstMentionAt(lo); k < this.mentions.length && this.mentions[k].start < hi; k++) {
      const m = this.mentions[k];
      if (this.isPossessiveMention(m)) continue;
      const kind = this.byId.get(m.actor)?.kind;
      if (kind === 'person') return { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' };
      fallback ??= m;
    }
    const desc = this.describe(toks, from, to, near);
    if (desc && desc.speaker !== null) return desc;
    // An organisation or place speaks only as the whole subject (`the Kremlin said`), not as a
    // modifier in a description (`the White House official said`).
    if (fallback && this.onlyDeterminersAround(toks, from, to, fallback, afterVerb)) {
      return { speaker: fallback.actor, span: { start: fallback.start, end: fallback.end }, how: 'name' };
    }
    return desc ?? NOBODY;
  }

  /** True when the tokens `from..to` outside the mention are only determiners (`the`). */
  private onlyDeterminersAround(toks: readonly Token[], from: number, to: number, m: Mention, afterVerb: boolean): boolean {
    for (let k = from; k < to; k++) {
      const t = toks[k];
      if (t.start >= m.start && t.end <= m.end) continue;
      // After the verb the name comes first and the rest of the clause may follow: said Turkey on this occasion.
      if (afterVerb && t.start >= m.end) return true;
      if (!(t.word && DETERMINERS.has(t.w))) return false;
    }
    return true;
  }

  private isPossessiveMention(m: Mention): boolean {
    const text = this.text;
    let k = m.end;
    const c0 = text.charCodeAt(k - 1);
    if (c0 === 115 && k - m.start > 2 && (text.charCodeAt(k - 2) === 0x27 || text.charCodeAt(k - 2) === 0x2019)) return true;
    if (text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    return (c === 0x27 || c === 0x2019) && text.charCodeAt(k + 1) === 115 && !isLetter(text.charCodeAt(k + 2));
  }

  /** A description such as `the Russian foreign minister` or `his uncle`, matched to an actor. */
  private describe(toks: readonly Token[], from: number, to: number, near: number): Who | null {
    this.described = true;
    const words: string[] = [];
    let start = -1;
    for (let k = from; k < to; k++) {
      const t = toks[k];
      if (!t.word) {
        if (t.w === '-' || t.w === '’' || t.w === "'") continue;
        break;
      }
      if (start < 0) start = t.start;
      words.push(t.w);
    }
    if (words.length === 0 || words.length > 7) return null;
    const normal = roleWords(words.join(' '));
    if (normal.length === 0) return null;
    this.descriptions ??= new DescriptionIndex(this.resolution.actors);
    const actor = this.descriptions.find(normal, near);
    const span = { start, end: toks[from + words.length - 1].end };
    return { speaker: actor ? actor.id : null, span, how: 'description' };
  }

  /** The last person named before `before` whose gender fits, skipping names inside quotes. */
  private resolvePronoun(gender: Gender, before: number): string | null {
    let k = this.firstMentionAt(before) - 1;
    let seen = 0;
    let fallback: string | null = null;
    for (; k >= 0 && seen < PRONOUN_LOOKBACK_MENTIONS; k--, seen++) {
      const m = this.mentions[k];
      if (m.start < before - PRONOUN_LOOKBACK_CHARS) break;
      const actor = this.byId.get(m.actor);
      if (!actor || actor.kind !== 'person') continue;
      if (this.insideQuote(m.start)) continue;
      const g = genderOfMention(this.text, m.start, m.end) ?? this.genderOf(actor);
      if (g === gender) return actor.id;
      if (g === null && fallback === null) fallback = actor.id;
    }
    return fallback;
  }

  private genderOf(a: Actor): Gender {
    let g = this.genders.get(a.id);
    if (g === undefined) {
      g = genderOfActor(a, this.text);
      this.genders.set(a.id, g);
    }
    return g;
  }

  private insideQuote(pos: number): boolean {
    const s = this.topSpans;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && s[lo - 1].end > pos;
  }

  // ---- cues before the quote: Lavrov said: “...” / he added, “...” / pointing out that ... “...”

  private cueBefore(q: RawQuote, lo: number): CueHit | null {
    if (lo >= q.start) return null;
    const toks = tokenize(this.text, lo, q.start, 64);
    // Only the sentence the quote belongs to.
    let from = 0;
    for (let k = toks.length - 1; k >= 0; k--) {
      if (endsSentence(toks[k]) || (!toks[k].word && endsClause(toks[k]))) {
        from = k + 1;
        break;
      }
    }
    if (from >= toks.length) return null;
    const last = toks[toks.length - 1];
    const colon = !last.word && last.w === ':';
    const words = toks.map((t) => (t.word ? t.w : ''));
    for (let k = toks.length - 1; k >= from; k--) {
      if (!toks[k].word) continue;
      const adjacent = toks.length - k <= 3;
      let n = 0;
      // Multi-word cues end at k: look back one word for `according to`, `pointing out`.
      let at = k;
      if (k > from && cueLength(words, k - 1, !adjacent) === 2) {
        at = k - 1;
        n = 2;
      } else n = cueLength(words, k, !adjacent);
      if (n === 0) continue;
      const cue = { start: toks[at].start, end: toks[at + n - 1].end };
      // Verb first: according to Lavrov, “...” / said Lavrov: “...”
      let tail = toks.length;
      while (tail > at + n && !toks[tail - 1].word) tail--;
      if (tail > at + n && tail - (at + n) <= 6 && this.startsName(toks[at + n])) {
        const who = this.whoIn(toks, at + n, tail, toks[at].start, q.start, true);
        if (who.how !== 'none') return { cue, who, end: cue.end, colon };
      }
      const who = this.subjectBefore(toks, from, at, q.start);
      const cueEnd = this.cueObjectEnd(toks, at + n, toks.length);
      const fullCue = cueEnd > at + n ? { start: cue.start, end: toks[cueEnd - 1].end } : cue;
      return { cue: fullCue, who, end: fullCue.end, colon };
    }
    // Name and colon with no verb: Lavrov: “...”
    if (colon && toks.length - 1 > from) {
      const k = this.firstMentionAt(toks[from].start);
      let m: Mention | null = null;
      for (let j = k; j < this.mentions.length && this.mentions[j].end <= last.start; j++) m = this.mentions[j];
      if (m && this.onlySpaceBetween(m.end, last.start)) {
        return { cue: null, who: { speaker: m.actor, span: { start: m.start, end: m.end }, how: 'name' }, end: q.start, colon: true };
      }
    }
    return null;
  }

  /** The subject of a cue verb at `verb`: the nearest person named before it in the sentence, a pronoun, or a description. */
  private subjectBefore(toks: readonly Token[], from: number, verb: number, quoteStart: number): Who {
    if (verb <= from) return NOBODY;
    const prev = toks[verb - 1];
    const g = SPEAKER_PRONOUNS.get(prev.w);
    if (prev.word && g !== undefined) {
      return { speaker: this.resolvePronoun(g === '?' ? null : g, prev.start), span: { start: prev.start, end: prev.end }, how: 'pronoun' };
    }
    const lo = toks[from].start;
    const hi = toks[verb].start;
    let person: Mention | null = null;
    let other: Mention | null = null;
    for (let k = this.firstMentionAt(lo); k < this.mentions.length && this.mentions[k].end <= hi; k++) {
      const m = this.mentions[k];
      if (this.isPossessiveMention(m)) continue;
      if (this.byId.get(m.actor)?.kind === 'person') person = m;
      else other = m;
    }
    if (person) return { speaker: person.actor, span: { start: person.start, end: person.end }, how: 'name' };
    // An organisation or place only as the subject right before the verb: Moscow said, the Kremlin said.
    if (other && !this.onlySpaceBetween(other.end, toks[verb].start)) other = null;
    // A description right before the verb, back to its determiner: the White House official added.
    let d = verb - 1;
    while (d > from && toks[d].word && !DETERMINERS.has(toks[d].w) && verb - d < 7) d--;
    if (toks[d].word && DETERMINERS.has(toks[d].w)) {
      const desc = this.describe(toks, d, verb, quoteStart);
      if (desc && desc.speaker !== null) return desc;
      if (!other && desc) return desc;
    }
    if (other) return { speaker: other.actor, span: { start: other.start, end: other.end }, how: 'name' };
    return NOBODY;
  }

  private onlySpaceBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }
}

/** End of the attribution clause: its full stop included, the next quote's mark not. */
function clauseEnd(toks: readonly Token[], stop: number, atLeast: number): number {
  const t = stop < toks.length ? toks[stop] : undefined;
  const end = t && endsSentence(t) ? t.end : stop > 0 ? toks[stop - 1].end : atLeast;
  return Math.max(end, atLeast);
}

function viaOf(hit: CueHit): AttributionVia {
  if (hit.who.how === 'pronoun') return 'pronoun';
  if (hit.who.how === 'description') return 'description';
  return hit.colon ? 'colon' : 'cue';
}

function isLeadPunct(w: string): boolean {
  return w === ',' || w === '—' || w === '–' || w === '-' || w === '”' || w === '"' || w === '’' || w === "'" || w === '»';
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'madame', 'lady', 'lord', 'master', 'mister', 'uncle', 'aunt', 'captain', 'doctor', 'professor']);

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);
}

/**
 * Decides, quote by quote, whether the previous run's attribution still holds: the quote is
 * the same, nothing it reads (its line, a window before it for pronouns and narration, the
 * words after it) lies in the changed stretch, and the quotes before it left the same state.
 */
class Reuser {
  private readonly oldIndex = new Map<number, number>();
  private readonly oldTo: number;
  private readonly to: number;

  constructor(
    private readonly r: AttributionReuse,
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    const own = r.old.own;
    for (let i = 0; i < own.length; i++) if (own[i] !== null) this.oldIndex.set(r.oldRaw[i].start, i);
    // A deletion changes the reading of any window across the place where the text was.
    this.to = Math.max(r.to, r.from + 1);
    this.oldTo = r.to - r.delta;
  }

  private toOld(p: number): number {
    const r = this.r;
    return p < r.from ? p : p >= r.to ? p - r.delta : -1;
  }

  private toNew(p: number): number {
    const r = this.r;
    return p < r.from ? p : p >= this.oldTo ? p + r.delta : -1;
  }

  reuse(q: RawQuote, chain: Chain): { quote: Quote; own: Previous; described: boolean } | null {
    const r = this.r;
    const line = lineAt(this.lines, q.start);
    const lo = Math.min(q.start - READS_BEFORE, this.lines.starts[line] - READS_BEFORE_LINE);
    const hi = Math.max(q.end + READS_AFTER, this.afterRead(q) + 1);
    if (lo < this.to && hi > r.from) return null;
    const i = this.oldIndex.get(this.toOld(q.start));
    if (i === undefined) return null;
    const oq = r.oldRaw[i];
    const described = r.old.described.has(i);
    if (described && r.descriptionsChanged) return null;
    if (oq.end !== this.toOld(q.end) || oq.kind !== q.kind || oq.depth !== q.depth || oq.text !== q.text) return null;
    const oc = r.old.before[i]!;
    if (oc.lastSpeaker !== chain.lastSpeaker || oc.otherSpeaker !== chain.otherSpeaker) return null;
    if (!this.samePrev(chain.prev, oc.prev) || !this.samePrev(chain.prev2, oc.prev2)) return null;
    const old = r.old.quotes[i];
    const cueSpan = this.spanToNew(old.cueSpan);
    const speakerSpan = this.spanToNew(old.speakerSpan);
    if (cueSpan === undefined || speakerSpan === undefined) return null;
    const o = r.old.own[i]!;
    const attrEnd = this.toNew(o.attrEnd);
    if (attrEnd < 0) return null;
    const moved = q.start !== oq.start;
    const quote: Quote = !moved && cueSpan === old.cueSpan && speakerSpan === old.speakerSpan ? old : { ...old, start: q.start, end: q.end, inner: q.inner, cueSpan, speakerSpan };
    const own: Previous = { ...o, quote: q, attrEnd, line: oq.start < r.from ? o.line : o.line + r.lineDelta };
    return { quote, own, described };
  }

  /** The span at its new offsets; undefined when it lies in the changed stretch. */
  private spanToNew(s: Span | null): Span | null | undefined {
    if (s === null) return null;
    const a = this.toNew(s.start);
    const b = this.toNew(s.end);
    if (a < 0 || b < 0) return undefined;
    return a === s.start && b === s.end ? s : { start: a, end: b };
  }

  private samePrev(n: Previous | null, o: Previous | null): boolean {
    if (n === null || o === null) return n === o;
    if (n.speaker !== o.speaker || n.explicit !== o.explicit || n.adjacent !== o.adjacent || n.addressed !== o.addressed) return false;
    if (this.toOld(n.quote.start) !== o.quote.start || this.toOld(n.quote.end) !== o.quote.end || this.toOld(n.attrEnd) !== o.attrEnd) return false;
    return (n.quote.start < this.r.from ? n.line : n.line - this.r.lineDelta) === o.line;
  }

  /** The furthest offset `afterLimit` reads after the quote (blanks up to the next line's first word). */
  private afterRead(q: RawQuote): number {
    const { text, lines } = this;
    const endLine = lineAt(lines, Math.max(q.start, q.end - 1));
    const le = lines.ends[endLine];
    let k = q.end;
    while (k < le && isBlank(text.charCodeAt(k))) k++;
    if (k < le || endLine + 1 >= lines.starts.length) return k;
    let j = lines.starts[endLine + 1];
    const je = lines.ends[endLine + 1];
    while (j < je && isBlank(text.charCodeAt(j))) j++;
    return j;
  }
}
