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
/** A named speaker for a quote whose attribution names someone we cannot identify. */
const NAMED_FOR_UNKNOWN = -5;
const SUBJECT_BONUS = 1;
const ADDRESSEE_PARTNER_BONUS = 1;
/** A pronoun: the person it was resolved to, the next one, anyone of its gender, anyone. */
const PRONOUN_ALT = -1;
const PRONOUN_SAME_GENDER = -1.5;
const PRONOUN_UNKNOWN_GENDER = -2.5;
const PRONOUN_UNNAMED = -3;
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
): (string | null)[] {
  const n = to - from;
  // Every quote names its own speaker outright: nothing to read.
  let named = true;
  for (let i = from; i < to && named; i++) named = slots[i].own !== undefined && slots[i].pronoun === null && !slots[i].narrator;
  if (named) return slots.slice(from, to).map((s) => s.own ?? null);
  // Candidates: the exchange's own names first, then those it speaks to, then the context.
  const count = new Map<string, number>();
  const bump = (id: string | null | undefined, w: number): void => {
    if (id === null || id === undefined) return;
    count.set(id, (count.get(id) ?? 0) + w);
  };
  for (let i = 0; i < n; i++) {
    const s = slots[from + i];
    bump(ownOf(s, narrator), 4);
    bump(s.alt, 1);
    bump(s.addressed, 2);
    bump(s.subject, 1);
  }
  for (let r = 0; r < context.length; r++) bump(context[r], 3 - r * 0.5);
  const names = [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map((e) => e[0]);
  const K = names.length + 1;
  const UNNAMED = names.length;
  const idOf = (c: number): string | null => (c === UNNAMED ? null : names[c]);
  const index = new Map<string, number>();
  names.forEach((id, k) => index.set(id, k));
  const at = (id: string | null | undefined): number => (id === null || id === undefined ? -1 : index.get(id) ?? -1);
  const gender = names.map((id) => genderOf(id));

  // States: speaker * K + partner; the two differ unless both are unnamed.
  const S = K * K;
  const valid = (st: number): boolean => {
    const sp = (st / K) | 0;
    const pa = st % K;
    return sp !== pa || sp === UNNAMED;
  };

  /** What quote `i` says of each possible speaker, into `e`; the partner it speaks to is returned. */
  const emitInto = (i: number, e: Float64Array): number => {
    const s = slots[from + i];
    const own = ownOf(s, narrator);
    const a = at(s.addressed);
    for (let sp = 0; sp < K; sp++) {
      let score = 0;
      if (s.pronoun !== null && own !== undefined) {
        if (sp === at(own)) score += 0;
        else if (sp === at(s.alt)) score += PRONOUN_ALT;
        else if (sp === UNNAMED) score += PRONOUN_UNNAMED;
        else if (gender[sp] === s.pronoun) score += PRONOUN_SAME_GENDER;
        else if (gender[sp] === null) score += PRONOUN_UNKNOWN_GENDER;
        else score += RULED_OUT;
      } else if (own !== undefined) {
        if (own === null) score += sp === UNNAMED ? 0 : NAMED_FOR_UNKNOWN;
        else score += sp === at(own) ? 0 : RULED_OUT;
      } else {
        if (sp === UNNAMED) score += UNNAMED_BARE;
        if (s.subject !== null && sp === at(s.subject)) score += SUBJECT_BONUS;
      }
      // Nobody calls themselves by name.
      if (a >= 0 && sp === a) score += RULED_OUT;
      e[sp] = score;
    }
    return a;
  };
  const emitted = new Float64Array(K);

  const prior = (c: number): number => {
    if (c === UNNAMED) return UNNAMED_BARE;
    const r = context.indexOf(names[c]);
    return r >= 0 ? r * CONTEXT_RANK : NOT_IN_CONTEXT;
  };

  let score = new Float64Array(S);
  let next = new Float64Array(S);
  // back[i * S + st]: the state before quote i on the best path to state st at quote i.
  const back = new Int32Array(n * S);
  let addressed = emitInto(0, emitted);
  for (let st = 0; st < S; st++) {
    const sp = (st / K) | 0;
    const pa = st % K;
    score[st] = valid(st) ? prior(sp) + prior(pa) + emitted[sp] + (pa === addressed ? ADDRESSEE_PARTNER_BONUS : 0) : -Infinity;
  }
  const rowMax = new Float64Array(K);
  const rowArg = new Int32Array(K);
  for (let i = 1; i < n; i++) {
    // `he replied` answers the quote before: the pair turns round whatever the layout says.
    const flip = slots[from + i].link === 'flip' || slots[from + i].reply;
    addressed = emitInto(i, emitted);
    // Best predecessor overall and per speaker, for the moves that take in someone new.
    let globalMax = -Infinity;
    let globalArg = 0;
    rowMax.fill(-Infinity);
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
    for (let st = 0; st < S; st++) {
      if (!valid(st)) {
        next[st] = -Infinity;
        continue;
      }
      const sp = (st / K) | 0;
      const pa = st % K;
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
    out[i] = idOf((st / K) | 0);
    if (i > 0) st = back[i * S + st];
  }
  return out;
}

/** The speaker a quote's own attribution names, the narrator's name standing for `I`. */
function ownOf(s: Slot, narrator: string | null): string | null | undefined {
  if (s.narrator) return narrator;
  return s.own;
}
