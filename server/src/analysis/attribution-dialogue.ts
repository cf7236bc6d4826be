/**
 * Speakers of the quotes in an exchange that name no one themselves.
 *
 * ```
 * “Where were you?” asked Nora.     own: nora
 * “At the mill.”                    flip -> the other one: abel (named in the narration before)
 * “With whom?”                      flip -> nora
 * “Alone,” said Abel. “Ask Tom.”    own: abel, then `same` -> abel
 * ```
 *
 * An exchange is a run of quotes with nothing but punctuation or one quote's own attribution
 * between them. A bare quote right after another one is the other person's reply (`flip`); a
 * quote after the previous quote's attribution (`“...,” said Abel. “...”`) or on its line goes
 * on with the same speaker (`same`). So every quote of the run falls to one of two sides, and
 * takes the speaker of the nearest quote on its side that names one. Work is linear in the
 * length of the run: one sweep each way.
 */

export type Link = 'break' | 'same' | 'flip';

export interface Slot {
  /** How the quote follows the one before it: `break` when narration lies between. */
  readonly link: Link;
  /**
   * The speaker the quote's own attribution names; null when it names someone we cannot
   * identify (`I said`, `said a voice`); undefined when it has none.
   */
  readonly own: string | null | undefined;
  /** The person the quote speaks to by name (`“Not tonight, Tom.”`): not its speaker, likely the other side. */
  readonly addressed: string | null;
  /** The person the narration just before the quote is about: a guess for a quote that opens an exchange. */
  readonly subject: string | null;
  /** The gender of the pronoun that named `own` (`“...,” he said`), null when no pronoun did. */
  readonly pronoun: 'm' | 'f' | null;
  /** The narrator speaks (`“...,” I said`). */
  readonly narrator: boolean;
  /** For a pronoun: the next person it may stand for, when `own` is taken. */
  readonly alt: string | null;
  /** The cue says the quote answers the one before (`he replied`). */
  readonly reply: boolean;
}

/** Sides of an exchange: 0 or 1 for each quote `from..to-1`. */
function sidesOf(slots: readonly Slot[], from: number, to: number): Uint8Array {
  const side = new Uint8Array(to - from);
  for (let i = 1; i < to - from; i++) side[i] = slots[from + i].link === 'flip' ? side[i - 1] ^ 1 : side[i - 1];
  return side;
}

/**
 * The name of a first-person narrator, from how the others speak to them: the person most often
 * called by name in quotes that are not the narrator's own (`“Well, Watson?”`), less the times
 * that person is named speaking (`said Holmes`), as the narrator never is. Null unless the
 * narrator speaks a few times and one name clearly leads.
 */
export function narratorName(slots: readonly Slot[]): string | null {
  let spoken = 0;
  const votes = new Map<string, number>();
  for (const s of slots) {
    if (s.narrator) {
      spoken++;
      continue;
    }
    if (s.addressed !== null) votes.set(s.addressed, (votes.get(s.addressed) ?? 0) + 1);
    if (s.own !== undefined && s.own !== null && s.pronoun === null) votes.set(s.own, (votes.get(s.own) ?? 0) - 1);
  }
  if (spoken < NARRATOR_QUOTES) return null;
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [a, v] of votes) {
    if (v > top) {
      second = top;
      top = v;
      best = a;
    } else if (v > second) second = v;
  }
  return top >= NARRATOR_VOTES && top >= 2 * second ? best : null;
}

/** How often the narrator must speak as `I` before we look for their name. */
const NARRATOR_QUOTES = 3;
/** How many times the narrator must be called by one name before we name them. */
const NARRATOR_VOTES = 2;

/** Evidence that one side of the exchange is a person, with how far it lies from the quote. */
interface Evidence {
  readonly speaker: string | null;
  readonly side: number;
  readonly at: number;
  readonly weight: number;
}

/** Weak evidence counts as if it lay this many quotes further away. */
const WEAK_PENALTY = 2;
const ADDRESSEE_PENALTY = 1;
/** Beyond this many quotes, evidence for a side no longer counts. */
const MAX_REACH = 12;

/** The two sides of one exchange and the nearest evidence for each, from either direction. */
class Sides {
  readonly side: Uint8Array;
  private readonly left: (Evidence | null)[][];
  private readonly right: (Evidence | null)[][];

  constructor(
    private readonly slots: readonly Slot[],
    private readonly from: number,
    private readonly n: number,
    /** The speaker each quote names itself, as far as known (see `Slot.own`). */
    private readonly own: readonly (string | null | undefined)[],
  ) {
    const side = new Uint8Array(n);
    for (let i = 1; i < n; i++) side[i] = slots[from + i].link === 'flip' ? side[i - 1] ^ 1 : side[i - 1];
    this.side = side;
    this.left = [new Array<Evidence | null>(n).fill(null), new Array<Evidence | null>(n).fill(null)];
    this.right = [new Array<Evidence | null>(n).fill(null), new Array<Evidence | null>(n).fill(null)];
    this.sweep(0, 1, this.left);
    this.sweep(n - 1, -1, this.right);
  }

  /** What one quote tells about the sides: its own speaker, the person it addresses, the narration's subject. */
  evidenceAt(i: number): Evidence[] {
    const s = this.slots[this.from + i];
    const own = this.own[i];
    const side = this.side[i];
    const out: Evidence[] = [];
    if (own !== undefined) out.push({ speaker: own, side, at: i, weight: 0 });
    else if (s.subject !== null) out.push({ speaker: s.subject, side, at: i, weight: WEAK_PENALTY });
    if (s.addressed !== null && s.addressed !== own) out.push({ speaker: s.addressed, side: side ^ 1, at: i, weight: ADDRESSEE_PENALTY });
    return out;
  }

  private sweep(i0: number, step: number, into: (Evidence | null)[][]): void {
    const cur: (Evidence | null)[] = [null, null];
    for (let i = i0; i >= 0 && i < this.n; i += step) {
      into[0][i] = cur[0];
      into[1][i] = cur[1];
      for (const e of this.evidenceAt(i)) if (better(e, cur[e.side])) cur[e.side] = e;
    }
  }

  /** The nearest evidence for side `p` as seen from quote `i`, its own evidence included unless `others`. */
  pick(i: number, p: number, others = false): Evidence | null {
    let best: Evidence | null = null;
    let bestD = Infinity;
    const consider = (e: Evidence | null): void => {
      if (!e) return;
      const d = Math.abs(i - e.at) + e.weight;
      if (d < bestD) {
        best = e;
        bestD = d;
      }
    };
    if (!others) for (const e of this.evidenceAt(i)) if (e.side === p) consider(e);
    consider(this.left[p][i]);
    consider(this.right[p][i]);
    return bestD <= MAX_REACH ? best : null;
  }
}

/** True when `e`, met after `old` in a sweep, lies nearer than it from every later quote. */
function better(e: Evidence, old: Evidence | null): boolean {
  return old === null || e.weight - old.weight <= Math.abs(e.at - old.at);
}

/**
 * Speakers for the quotes `from..to-1` of `slots` (one exchange: every link after the first is
 * `same` or `flip`). Quotes named by a name keep it; a quote named by `he` / `she` takes the
 * person on its side of the exchange when that person fits the pronoun. `context` lists the
 * people the text was last about before the exchange, most recent first, for a side nobody names.
 */
export function resolveExchange(
  slots: readonly Slot[],
  from: number,
  to: number,
  context: readonly string[],
  genderOf: (id: string) => 'm' | 'f' | null,
  narrator: string | null = null,
): (string | null)[] {
  const n = to - from;
  // First the exchange as the names alone tell it; the pronouns are read against it.
  const own: (string | null | undefined)[] = [];
  let pronouns = 0;
  for (let i = 0; i < n; i++) {
    const s = slots[from + i];
    if (s.pronoun !== null) pronouns++;
    own.push(s.pronoun !== null ? undefined : s.narrator && narrator !== null ? narrator : s.own);
  }
  if (pronouns > 0) {
    // Right after another quote, `he replied` is the other man, `he added` the same one.
    const adjacent: (string | null | undefined)[] = new Array<string | null | undefined>(n).fill(undefined);
    for (let i = 1; i < n; i++) {
      const s = slots[from + i];
      if (s.pronoun === null) continue;
      const before = own[i - 1] ?? adjacent[i - 1];
      if (before === undefined || before === null) continue;
      if ((s.link === 'flip' || s.reply) && s.own === before && s.alt !== null) adjacent[i] = s.alt;
      else if (s.link === 'same' && !s.reply && genderOf(before) === s.pronoun) adjacent[i] = before;
    }
    const byNames = new Sides(slots, from, n, own);
    for (let i = 0; i < n; i++) {
      const s = slots[from + i];
      if (s.pronoun === null) continue;
      own[i] = s.own;
      if (adjacent[i] !== undefined) {
        own[i] = adjacent[i];
        continue;
      }
      const mine = byNames.pick(i, byNames.side[i], true);
      if (!mine || mine.speaker === null || mine.speaker === s.own || genderOf(mine.speaker) !== s.pronoun) continue;
      const theirs = byNames.pick(i, byNames.side[i] ^ 1, true);
      if (theirs && theirs.speaker === mine.speaker) continue;
      own[i] = mine.speaker;
    }
  }
  const sides = new Sides(slots, from, n, own);

  const out: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const s = slots[from + i];
    if (own[i] !== undefined) {
      out[i] = own[i]!;
      continue;
    }
    const p = sides.side[i];
    let who: string | null = null;
    const mine = sides.pick(i, p);
    if (mine) who = mine.speaker;
    else {
      // Nobody on this side is named: the other side's partner from the text before.
      const other = sides.pick(i, p ^ 1);
      if (other) {
        for (const c of context) {
          if (c !== other.speaker && c !== s.addressed) {
            who = c;
            break;
          }
        }
      } else {
        // Nobody named on either side: the exchange is likely between the people last named.
        const c = context[p];
        if (c !== undefined) who = c;
      }
    }
    if (who !== null && who === s.addressed) who = null;
    out[i] = who;
  }
  return out;
}
