/**
 * What attribution records about each quote for reading exchanges (see attribution-exchange.ts),
 * and the name of a first-person narrator.
 *
 * ```
 * “Where were you?” asked Nora.     own: nora
 * “At the mill.”                    flip: a bare quote right after a bare quote is the reply
 * “All night?”                      flip
 * “Alone,” said Abel. “Ask Tom.”    own: abel, then same: the quote after an attribution goes on
 * ```
 *
 * An exchange is a run of quotes with nothing but punctuation or one quote's own attribution
 * between them; narration between two quotes (`break`) starts a new one.
 */

/**
 * `split`: the second part of a quote its attribution cuts in two (`“...,” said Abel, “...”`),
 * the same speaker for certain.
 */
export type Link = 'break' | 'same' | 'flip' | 'split';

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
  /** The cue after the quote says it was said, not asked (`“...?” said he`). */
  readonly states: boolean;
  /** The words of the quote's own attribution that describe a speaker it does not name (`a small boy`), if any. */
  readonly described: string | null;
  /** Those words bring in someone new (`a man`, `one resident`, `the official`; not `the child`). */
  readonly stranger: boolean;
  /** The gender of that new person (`a man` -> m), null when none or not known. */
  readonly describedGender: 'm' | 'f' | null;
  /** For the narrator's quote: the person the narration before it names as the narrator (`I called myself Pip`). */
  readonly selfNamed?: string | null;
}

/**
 * The name of a first-person narrator, from how the others speak to them: the person most often
 * called by name in quotes that are not the narrator's own (`“Well, Quill?”`), less the times
 * that person is named speaking (`said Fenwick`), as the narrator never is. Null unless the
 * narrator speaks and one name clearly leads: called by it twice when the narrator speaks a few
 * times, three times when the narrator speaks only once or twice.
 */
export function narratorName(slots: readonly Slot[]): string | null {
  let spoken = 0;
  const votes = new Map<string, number>();
  for (const s of slots) {
    if (s.narrator) {
      spoken++;
      // The narration gives the narrator's own name: as good as being called by it twice.
      if (s.selfNamed != null) votes.set(s.selfNamed, (votes.get(s.selfNamed) ?? 0) + NARRATOR_VOTES);
      continue;
    }
    if (s.addressed !== null) votes.set(s.addressed, (votes.get(s.addressed) ?? 0) + 1);
    if (s.own !== undefined && s.own !== null && s.pronoun === null) votes.set(s.own, (votes.get(s.own) ?? 0) - 1);
  }
  if (spoken === 0) return null;
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
  return top >= (spoken < NARRATOR_QUOTES ? NARRATOR_VOTES + 1 : NARRATOR_VOTES) && top >= 2 * second ? best : null;
}

/** How often the narrator must speak as `I` before two calls by one name name them. */
const NARRATOR_QUOTES = 3;
/** How many times the narrator must be called by one name before we name them. */
const NARRATOR_VOTES = 2;
