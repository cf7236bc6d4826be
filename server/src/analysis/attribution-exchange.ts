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

  const emit = (i: number, sp: number, pa: number): number => {
    const s = slots[from + i];
    let score = 0;
    const own = ownOf(s, narrator);
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
    if (s.addressed !== null) {
      const a = at(s.addressed);
      if (a >= 0 && sp === a) score += RULED_OUT;
      if (a >= 0 && pa === a) score += ADDRESSEE_PARTNER_BONUS;
    }
    return score;
  };

  const move = (link: 'same' | 'flip', a: number, b: number, sp: number, pa: number): number => {
    const turned = sp === b && pa === a;
    const stayed = sp === a && pa === b;
    if (link === 'flip') {
      if (turned) return 0;
      if (stayed) return FLIP_STAYS;
      if (pa === a && sp !== b) return NEW_PERSON;
      return OTHER_MOVE;
    }
    if (stayed) return 0;
    if (turned) return SAME_TURNS;
    if (pa === a || sp === a) return NEW_PERSON;
    return OTHER_MOVE;
  };

  const prior = (c: number): number => {
    if (c === UNNAMED) return UNNAMED_BARE;
    const r = context.indexOf(names[c]);
    return r >= 0 ? r * CONTEXT_RANK : NOT_IN_CONTEXT;
  };

  let score = new Float64Array(S);
  const back: Int32Array[] = [];
  for (let st = 0; st < S; st++) {
    if (!valid(st)) {
      score[st] = -Infinity;
      continue;
    }
    const sp = (st / K) | 0;
    const pa = st % K;
    score[st] = prior(sp) + prior(pa) + emit(0, sp, pa);
  }
  for (let i = 1; i < n; i++) {
    // `he replied` answers the quote before: the pair turns round whatever the layout says.
    const link = slots[from + i].link === 'flip' || slots[from + i].reply ? 'flip' : 'same';
    const next = new Float64Array(S).fill(-Infinity);
    const from_ = new Int32Array(S).fill(-1);
    for (let st = 0; st < S; st++) {
      if (!valid(st)) continue;
      const sp = (st / K) | 0;
      const pa = st % K;
      const e = emit(i, sp, pa);
      let best = -Infinity;
      let arg = -1;
      for (let pr = 0; pr < S; pr++) {
        const p = score[pr];
        if (p === -Infinity) continue;
        const v = p + move(link, (pr / K) | 0, pr % K, sp, pa);
        if (v > best) {
          best = v;
          arg = pr;
        }
      }
      next[st] = best + e;
      from_[st] = arg;
    }
    back.push(from_);
    score = next;
  }
  let st = 0;
  for (let k = 1; k < S; k++) if (score[k] > score[st]) st = k;
  const out: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = idOf((st / K) | 0);
    if (i > 0) st = back[i - 1][st];
  }
  return out;
}

/** The speaker a quote's own attribution names, the narrator's name standing for `I`. */
function ownOf(s: Slot, narrator: string | null): string | null | undefined {
  if (s.narrator) return narrator;
  return s.own;
}
