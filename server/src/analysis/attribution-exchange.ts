/**
 * Who speaks each quote of an exchange, read as the most likely sequence of speakers.
 *
 * ```
 * “Where were you?” asked Nora.     own: nora
 * “At the mill.”                    flip: the other one answers -> abel
 * “Sit down, Abel.”                 flip, and Abel is spoken to -> nora
 * “Thank you,” he said.             he: a man; after nora, the one she spoke to -> abel
 * ```
 *
 * The state after each quote is a pair: who spoke it and whom they speak with. Between two
 * quotes the pair turns round (`flip`, a bare quote after a bare quote), stays (`same`, after the
 * previous quote's own attribution) or takes in someone new, at a cost. Each quote scores the
 * speakers it allows: its own attribution (a name, a pronoun of some gender, the narrator), the
 * person it speaks to (never its speaker), the person the narration before it is about. The
 * best-scoring sequence wins (Viterbi). The candidates are the few people the exchange and the
 * text just before it name, and one unnamed person; the work per quote is bounded by their
 * number, so it stays linear in the length of the exchange.
 */

import type { Slot } from './attribution-dialogue';
import { descriptionGender, descriptionHead } from './attribution-resolve';

/** A person the text describes but does not name who spoke shortly before an exchange (`said a man`). */
export interface RecentUnnamed {
  /** `n`: the narrator's `I`, never a `he` or `she`. */
  readonly gender: 'm' | 'f' | 'n' | null;
  /** Their place among the people the exchange's context lists, most recent first. */
  readonly rank: number;
  /** How the text described them (`the nurse`), when known. */
  readonly described?: string;
  /** How attribution keeps them among the last speakers. */
  readonly key?: string;
}

/**
 * One of two unnamed people of an exchange: someone a quote of it describes or calls `he` /
 * `she` / `I` without a name, or a described person who spoke just before it.
 */
export interface UnnamedSide {
  /** The head word of their description (`nurse`), null when none describes them. */
  readonly head: string | null;
  gender: 'm' | 'f' | 'n' | null;
  /** Their index in the `recent` list the sides were read with; -1 when the exchange itself brings them in. */
  recent: number;
}

/**
 * The speakers the decoder gives the two unnamed people of an exchange between two such
 * people (`“...?” asked the boy. “...” “...,” the girl said.`): not actor ids.
 */
export const UNNAMED_SIDES: readonly string[] = ['\u0001a', '\u0001b'];

/** 0 or 1 for one of `UNNAMED_SIDES`, -1 for anything else. */
export function unnamedSideOf(who: string | null): number {
  return who === UNNAMED_SIDES[0] ? 0 : who === UNNAMED_SIDES[1] ? 1 : -1;
}

/** At most this many named candidates per exchange (the unnamed one comes on top). */
const MAX_CANDIDATES = 6;

// Log-scores. A named speaker that disagrees is all but ruled out.
const RULED_OUT = -12;
/** The pair turns round after a bare quote / stays after an attributed one. */
const FLIP_STAYS = -2;
const SAME_TURNS = -0.8;
/** Someone new takes part. */
const NEW_PERSON = -2;
const OTHER_MOVE = -7;
/** An unnamed speaker for a quote that names no one, rather than one of the people named. */
const UNNAMED_BARE = -2;
/** One of two unnamed people a quote of the exchange brings in. */
const SIDE_HERE = 0;
/** A named speaker for a quote whose attribution names someone we cannot identify. */
const NAMED_FOR_UNKNOWN = -5;
const SUBJECT_BONUS = 1;
const DESCRIBED_NAMED = -1;
const ADDRESSEE_PARTNER_BONUS = 2;
/** A pronoun: the person it was resolved to, the next one, anyone of its gender, anyone. */
const PRONOUN_ALT = -0.5;
const PRONOUN_SAME_GENDER = -0.8;
const PRONOUN_UNKNOWN_GENDER = -2.5;
const PRONOUN_UNNAMED = -2.5;
/** Prior for the people named just before the exchange, by rank. */
const CONTEXT_RANK = -0.5;
const NOT_IN_CONTEXT = -1.5;

/**
 * Speakers for the quotes `from..to-1` of `slots`, one exchange. `context`: the people the text
 * was last about, most recent first. `narrator`: the narrator's name when known.
 */
export function decodeExchange(
  slots: readonly Slot[],
  from: number,
  to: number,
  context: readonly string[],
  genderOf: (id: string) => 'm' | 'f' | null,
  narrator: string | null,
  recent: RecentUnnamed | null = null,
  recentBoth: readonly RecentUnnamed[] | null = null,
  carry = true,
): (string | null)[] {
  const n = to - from;
  // Every quote names its own speaker outright: nothing to read.
  let named = true;
  for (let i = from; i < to && named; i++) named = slots[i].own !== undefined && slots[i].pronoun === null && !slots[i].narrator;
  if (named) return slots.slice(from, to).map((s) => s.own ?? null);
  // Candidates: the exchange's own names first, then those it speaks to, then the context.
  // The work here is per exchange and a text may hold many short ones: scratch space is shared
  // between calls rather than made afresh.
  const count = COUNT;
  count.clear();
  for (let i = 0; i < n; i++) {
    const s = slots[from + i];
    bump(count, ownOf(s, narrator), 4);
    bump(count, s.alt, 1);
    bump(count, s.addressed, 2);
    bump(count, s.subject, 1);
  }
  for (let r = 0; r < context.length; r++) bump(count, context[r], 3 - r * 0.5);
  // Two unnamed people, each their own side (`said the boy` ... `said the girl`).
  const quoteSide = QUOTE_SIDE.length >= n ? QUOTE_SIDE : (QUOTE_SIDE = new Int8Array(2 * n));
  const sides = recentBoth !== null ? unnamedSides(slots, from, to, narrator, recentBoth, carry, quoteSide) : null;
  const two = sides !== null && sides.length >= 2 && apart(sides[0], sides[1]);
  // Nobody to choose from: every quote is the unnamed person's.
  if (count.size === 0 && !two) return new Array<string | null>(n).fill(null);
  const names = topCandidates(count);
  count.clear();
  const K = names.length + (two ? 2 : 1);
  const UNNAMED = names.length;
  // The unnamed person, when a quote of the exchange describes them (`said a man`): `he` may be them.
  let unnamed: Gender | 'n' | undefined = undefined;
  // So too someone its own words name but we cannot tell (`she said`, no woman named).
  for (let i = from; i < to && unnamed === undefined; i++) {
    const s = slots[i];
    if (s.own === null && !s.narrator && (s.stranger || s.described === null)) unnamed = s.stranger ? s.describedGender : s.pronoun;
  }
  // A quote of the exchange describes an unnamed speaker (`said the man`, `answered the boy officer`): a bare quote may be theirs as much as anyone's.
  let describedHere = false;
  for (let i = from; i < to && !describedHere; i++) describedHere = (slots[i].own === null || slots[i].own === undefined) && slots[i].described !== null && !slots[i].narrator;
  const described = unnamed === undefined && recent !== null;
  if (described) unnamed = recent.gender;
  const gender = GENDERS;
  gender.length = 0;
  for (let c = 0; c < names.length; c++) gender.push(genderOf(names[c]));
  const prior = PRIOR;
  for (let c = 0; c < names.length; c++) {
    const r = context.indexOf(names[c]);
    prior[c] = r >= 0 ? r * CONTEXT_RANK : NOT_IN_CONTEXT;
  }
  // The person the narration just before the exchange is about (`He took a letter from his
  // coat.`): as likely as anyone it names, though it names them by a pronoun.
  const opener = slots[from].subject;
  if (opener !== null) {
    const c = indexIn(names, opener);
    if (c >= 0 && prior[c] < 0) prior[c] = 0;
  }
  // The one the opening quote's `he` / `she` was read as, when named just before it (`He looked
  // about the room ... “...?” he asked Ann.`): as likely as the last one named, whom `he` passed over.
  const first = slots[from];
  if (first.link === 'break' && first.pronoun !== null && first.own !== undefined && first.own !== null) {
    const c = indexIn(names, first.own);
    if (c >= 0 && prior[c] < 0 && prior[c] !== NOT_IN_CONTEXT) prior[c] = 0;
  }
  // A described person who spoke just before the exchange is as likely to go on as one named there.
  prior[UNNAMED] = described ? recent.rank * CONTEXT_RANK : UNNAMED_BARE;
  if (two) for (let u = 0; u < 2; u++) prior[UNNAMED + u] = sides[u].recent >= 0 ? recentBoth![sides[u].recent].rank * CONTEXT_RANK : SIDE_HERE;
  const pair: Pair | null = two ? PAIR : null;
  if (pair !== null) {
    pair.sides = sides!;
    pair.quoteSide = quoteSide;
    pair.from = from;
  }

  // States: speaker * K + partner; the two differ unless both are unnamed.
  const S = K * K;
  const emitted = EMITTED;
  let score = SCORE_A;
  let next = SCORE_B;
  // back[i * S + st]: the state before quote i on the best path to state st at quote i.
  // A long exchange gets its own table, not kept after it.
  const back = n * S <= BACK.length ? BACK : new Int32Array(n * S);
  let addressed = emitInto(slots[from], narrator, names, gender, K, emitted, unnamed, describedHere, pair, 0);
  for (let st = 0; st < S; st++) {
    const sp = (st / K) | 0;
    const pa = st % K;
    score[st] = valid(st, K, two) ? prior[sp] + prior[pa] + emitted[sp] + (pa === addressed ? ADDRESSEE_PARTNER_BONUS : 0) : -Infinity;
  }
  const rowMax = ROW_MAX;
  const rowArg = ROW_ARG;
  rowArg.fill(0);
  for (let i = 1; i < n; i++) {
    // `he replied` answers the quote before: the pair turns round whatever the layout says.
    const flip = slots[from + i].link === 'flip' || slots[from + i].reply;
    addressed = emitInto(slots[from + i], narrator, names, gender, K, emitted, unnamed, describedHere, pair, i);
    // Best predecessor overall and per speaker, for the moves that take in someone new.
    let globalMax = -Infinity;
    let globalArg = 0;
    rowMax.fill(-Infinity, 0, K);
    for (let pr = 0; pr < S; pr++) {
      const v = score[pr];
      const a = (pr / K) | 0;
      if (v > rowMax[a]) {
        rowMax[a] = v;
        rowArg[a] = pr;
      }
      if (v > globalMax) {
        globalMax = v;
        globalArg = pr;
      }
    }
    const split = slots[from + i].link === 'split';
    for (let st = 0; st < S; st++) {
      if (!valid(st, K, two)) {
        next[st] = -Infinity;
        back[i * S + st] = 0;
        continue;
      }
      const sp = (st / K) | 0;
      const pa = st % K;
      if (split) {
        // The same sentence goes on: the pair stays as it was.
        next[st] = score[st] + emitted[sp] + (pa === addressed ? ADDRESSEE_PARTNER_BONUS : 0);
        back[i * S + st] = st;
        continue;
      }
      const turned = pa * K + sp;
      const stayed = st;
      // The moves from the pair (a, b) to (sp, pa): turn round (b, a), stay, someone new, anything.
      let best = score[turned] + (flip ? 0 : SAME_TURNS);
      let arg = turned;
      let v = score[stayed] + (flip ? FLIP_STAYS : 0);
      if (v > best) {
        best = v;
        arg = stayed;
      }
      v = rowMax[pa] + NEW_PERSON;
      if (v > best) {
        best = v;
        arg = rowArg[pa];
      }
      if (!flip) {
        v = rowMax[sp] + NEW_PERSON;
        if (v > best) {
          best = v;
          arg = rowArg[sp];
        }
      }
      v = globalMax + OTHER_MOVE;
      if (v > best) {
        best = v;
        arg = globalArg;
      }
      next[st] = best + emitted[sp] + (pa === addressed ? ADDRESSEE_PARTNER_BONUS : 0);
      back[i * S + st] = arg;
    }
    const t = score;
    score = next;
    next = t;
  }
  let st = 0;
  for (let k = 1; k < S; k++) if (score[k] > score[st]) st = k;
  const out: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    const sp = (st / K) | 0;
    out[i] = sp < UNNAMED ? names[sp] : two ? UNNAMED_SIDES[sp - UNNAMED] : null;
    if (i > 0) st = back[i * S + st];
  }
  return out;
}

type Gender = 'm' | 'f' | null;

/** Scratch space shared by the calls of `decodeExchange` (at most MAX_CANDIDATES + 1 speakers). */
const COUNT = new Map<string, number>();
const NAMES: string[] = [];
const WEIGHTS: number[] = [];
const GENDERS: Gender[] = [];
const MAX_K = MAX_CANDIDATES + 2;
/** Per quote of an exchange: which of its two unnamed people it names (`unnamedSides`). */
let QUOTE_SIDE = new Int8Array(64);

/** What `emitInto` reads of an exchange's two unnamed people. */
interface Pair {
  sides: readonly UnnamedSide[];
  quoteSide: Int8Array;
  from: number;
}
const PAIR: Pair = { sides: [], quoteSide: QUOTE_SIDE, from: 0 };
const PRIOR = new Float64Array(MAX_K);
const EMITTED = new Float64Array(MAX_K);
const SCORE_A = new Float64Array(MAX_K * MAX_K);
const SCORE_B = new Float64Array(MAX_K * MAX_K);
const ROW_MAX = new Float64Array(MAX_K);
const ROW_ARG = new Int32Array(MAX_K);
const BACK = new Int32Array(1 << 14);

function bump(count: Map<string, number>, id: string | null | undefined, w: number): void {
  if (id === null || id === undefined) return;
  count.set(id, (count.get(id) ?? 0) + w);
}

/**
 * The MAX_CANDIDATES ids of highest count, highest first, ties in the order they were first
 * counted (as a stable sort of the entries would give).
 */
function topCandidates(count: ReadonlyMap<string, number>): string[] {
  const ids = NAMES;
  const ws = WEIGHTS;
  ids.length = 0;
  ws.length = 0;
  for (const [id, w] of count) {
    let at = ids.length;
    while (at > 0 && ws[at - 1] < w) at--;
    if (at >= MAX_CANDIDATES) continue;
    ids.splice(at, 0, id);
    ws.splice(at, 0, w);
    if (ids.length > MAX_CANDIDATES) {
      ids.pop();
      ws.pop();
    }
  }
  return ids;
}

/** A state (speaker * K + partner) is a pair of two people, or the unnamed person twice (when only one is unnamed). */
function valid(st: number, K: number, two: boolean): boolean {
  const sp = (st / K) | 0;
  const pa = st % K;
  return sp !== pa || (!two && sp === K - 1);
}

function indexIn(names: readonly string[], id: string | null | undefined): number {
  if (id === null || id === undefined) return -1;
  for (let c = 0; c < names.length; c++) if (names[c] === id) return c;
  return -1;
}

/** What a quote says of each possible speaker, into `e`; the partner it speaks to is returned. */
function emitInto(
  s: Slot,
  narrator: string | null,
  names: readonly string[],
  gender: readonly Gender[],
  K: number,
  e: Float64Array,
  unnamed: Gender | 'n' | undefined,
  describedHere = false,
  pair: Pair | null = null,
  at = 0,
): number {
  const UNNAMED = pair !== null ? K - 2 : K - 1;
  const own = ownOf(s, narrator);
  const a = indexIn(names, s.addressed);
  const ownAt = indexIn(names, own);
  const altAt = indexIn(names, s.alt);
  const subjectAt = s.subject !== null ? indexIn(names, s.subject) : -2;
  const narratorAt = indexIn(names, narrator);
  for (let sp = 0; sp < K; sp++) {
    let score = 0;
    // A pronoun read as the newcomer the quote before described (`he added`) is that newcomer.
    if (s.pronoun !== null && own !== undefined && !(own === null && s.stranger)) {
      if (sp === ownAt) score += 0;
      // The next person the pronoun may mean, when the text shows them of its gender; one of
      // unknown gender is no likelier than anyone else of unknown gender.
      else if (sp === altAt) score += gender[sp] === null ? PRONOUN_UNKNOWN_GENDER : PRONOUN_ALT;
      else if (sp === UNNAMED) score += unnamed === undefined ? PRONOUN_UNNAMED : unnamed === null || unnamed === s.pronoun ? PRONOUN_SAME_GENDER : RULED_OUT;
      else if (gender[sp] === s.pronoun) score += PRONOUN_SAME_GENDER;
      else if (gender[sp] === null) score += PRONOUN_UNKNOWN_GENDER;
      else score += RULED_OUT;
    } else if (own !== undefined) {
      if (own === null) score += sp === UNNAMED ? 0 : NAMED_FOR_UNKNOWN;
      else score += sp === ownAt ? 0 : RULED_OUT;
    } else {
      if (sp === UNNAMED && unnamed === undefined && !describedHere) score += UNNAMED_BARE;
      if (sp === subjectAt) score += SUBJECT_BONUS;
      // `said the surgeon`, whom no actor's role matches: likelier someone unnamed than anyone named.
      if (s.described !== null && sp !== UNNAMED) score += DESCRIBED_NAMED;
      // `said her mother`, whom we cannot place: a woman, whoever she is.
      if (s.described !== null && s.pronoun !== null && sp < UNNAMED && gender[sp] !== null && gender[sp] !== s.pronoun) score += RULED_OUT;
    }
    // Nobody calls themselves by name.
    if (a >= 0 && sp === a) score += RULED_OUT;
    // The narrator is `I`, never `he` or `she`.
    if (s.pronoun !== null && !s.narrator && narrator !== null && sp === narratorAt) score += RULED_OUT;
    e[sp] = score;
  }
  if (pair !== null) for (let u = 0; u < 2; u++) e[UNNAMED + u] = sideScore(s, own, pair.sides[u], u, pair.quoteSide[at]);
  return a;
}

/**
 * What a quote says of one of the two unnamed people (`side`, number `u`; `mine`: the one the
 * quote's own words name, -1 when none): the one its words describe speaks it, the other not;
 * a pronoun that names someone may stand for either of its gender.
 */
function sideScore(s: Slot, own: string | null | undefined, side: UnnamedSide, u: number, mine: number): number {
  const g = side.gender;
  if (own !== undefined && own !== null) {
    // `he said`, read as a man named before: maybe the unnamed man instead.
    if (s.pronoun !== null && !s.stranger) return g === null || g === s.pronoun ? PRONOUN_SAME_GENDER : RULED_OUT;
    return RULED_OUT;
  }
  const pronounScore = s.pronoun !== null && own === null && !s.stranger ? PRONOUN_SAME_GENDER : 0;
  if (mine >= 0) return mine === u ? pronounScore : RULED_OUT;
  if (own === null || s.described !== null) {
    if (s.pronoun !== null && g !== null && g !== s.pronoun) return RULED_OUT;
    return pronounScore;
  }
  return 0;
}

/**
 * The unnamed people of an exchange, in the order met: first those its quotes describe or
 * call `he` / `she` / `I` without a name (`said the nurse`, `she said` with no woman named),
 * then the described people among the last two speakers before it (`recent`). Two quotes are
 * one person when their descriptions share their head word (`a man`, `the man`), or when one
 * only gives a gender the other shows. `quoteSide[k - from]` gets the person each quote names
 * (-1 when none, or one after the first two). With `carry` false a person before the exchange
 * is not one its own `she said` names.
 */
export function unnamedSides(
  slots: readonly Slot[],
  from: number,
  to: number,
  narrator: string | null,
  recent: readonly RecentUnnamed[],
  carry: boolean,
  quoteSide: Int8Array,
): UnnamedSide[] | null {
  let out: UnnamedSide[] | null = null;
  for (let k = from; k < to; k++) {
    const s = slots[k];
    const own = ownOf(s, narrator);
    quoteSide[k - from] = -1;
    if (!(own === null || (own === undefined && s.described !== null))) continue;
    const head = s.described !== null ? headOf(s.described) : null;
    const g: 'm' | 'f' | 'n' | null = s.narrator ? 'n' : (s.describedGender ?? s.pronoun ?? (head !== null ? descriptionGender([head]) : null));
    if (head === null && g === null) continue;
    out ??= [];
    const at = joinSide(out, head, g, -1, true);
    if (at < 2) quoteSide[k - from] = at;
  }
  if (out === null && recent.length < 2) return null;
  out ??= [];
  for (let r = 0; r < recent.length; r++) {
    const d = recent[r].described;
    if (d === undefined) continue;
    joinSide(out, headOf(d), recent[r].gender, r, carry);
  }
  return out;
}

/**
 * Two unnamed people the text tells apart, whatever it calls them: a man and a woman, or the
 * narrator and someone else (`the boy officer` and `the young man` may be one man).
 */
function apart(a: UnnamedSide, b: UnnamedSide): boolean {
  return a.gender !== null && b.gender !== null && a.gender !== b.gender;
}

/** Adds a person to `sides`, or joins them to the one they are; their index. */
function joinSide(sides: UnnamedSide[], head: string | null, g: 'm' | 'f' | 'n' | null, recent: number, joinBare: boolean): number {
  for (let j = 0; j < sides.length; j++) {
    const x = sides[j];
    const sameHead = head !== null && x.head !== null ? head === x.head : joinBare && (g === null || x.gender === null || g === x.gender);
    if (!sameHead || (g !== null && x.gender !== null && g !== x.gender)) continue;
    if (x.gender === null) x.gender = g;
    if (x.head === null && head !== null) sides[j] = { head, gender: x.gender, recent: x.recent };
    if (recent >= 0 && x.recent < 0) sides[j].recent = recent;
    return j;
  }
  sides.push({ head, gender: g, recent });
  return sides.length - 1;
}

/** The head word of a description, in lower case (`the man with the basket` -> man). */
function headOf(described: string): string {
  return descriptionHead(described.toLowerCase().split(' '));
}

/** The speaker a quote's own attribution names, the narrator's name standing for `I`. */
function ownOf(s: Slot, narrator: string | null): string | null | undefined {
  if (s.narrator) return narrator;
  return s.own;
}
