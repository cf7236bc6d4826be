/**
 * One person written by a nickname and by the full given name (see lexicon-nicknames):
 *
 * ```
 * Henry Wotton ... "Harry," said Basil      -> `Harry` joins Henry Wotton, the one Henry
 * John Reed ... Jack Reed                   -> one person: same surname, Jack is a nickname of John
 * Bill Nelson ... William Burns             -> two persons: different surnames
 * ```
 *
 * A nickname joins a full name only when the text gives a reason: the same surname, or a
 * nickname written alone when exactly one person has the full given name and nobody has the
 * nickname as a given name. Nicknames that are common words (`Bill`, `Will`, `Rob`) join only
 * with a surname. Both lists keep to one sex, so no join crosses sexes.
 */
import { FEMALE_NICKNAMES, MALE_NICKNAMES, WORD_NICKNAMES } from './lexicon-nicknames';

/** The full given names `nickname` (folded) stands for; empty when it is none. */
export function nicknameTargets(nickname: string): readonly string[] {
  return MALE_NICKNAMES.get(nickname) ?? FEMALE_NICKNAMES.get(nickname) ?? NONE;
}

const NONE: readonly string[] = [];

/** True when one of the two folded given names is a nickname of the other (`jack`, `john`). */
export function nicknamePair(a: string, b: string): boolean {
  if (a === b) return false;
  return nicknameTargets(a).includes(b) || nicknameTargets(b).includes(a);
}

/** Evidence of a merge by nickname, shown with the actor: `nickname of Henry`. */
export function nicknameEvidence(full: string): string {
  return `nickname of ${full.length > 0 ? full[0].toUpperCase() + full.slice(1) : full}`;
}

/**
 * Of `candidates`, the one person whose given names (folded, `givens(b)`) pair with `given`
 * by nickname, and that full name; null when none or several.
 */
export function nicknameNamesake<B>(candidates: readonly B[], given: string, givens: (b: B) => Iterable<string>): { b: B; full: string } | null {
  if (!hasNicknames(given)) return null;
  let found: { b: B; full: string } | null = null;
  for (const b of candidates) {
    for (const g of givens(b)) {
      if (!nicknamePair(given, g)) continue;
      if (found !== null && found.b !== b) return null;
      found = { b, full: nicknameTargets(given).includes(g) ? g : given };
    }
  }
  return found;
}

/** True when `given` is a nickname or a full name some nickname stands for. */
function hasNicknames(given: string): boolean {
  return nicknameTargets(given).length > 0 || FULL_NAMES.has(given);
}

const FULL_NAMES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const m of [MALE_NICKNAMES, FEMALE_NICKNAMES]) for (const list of m.values()) for (const f of list) s.add(f);
  return s;
})();

/**
 * The person a nickname written alone stands for: `count(full)` counts the persons with a
 * full given name it stands for (0, 1, or 2 for two or more) and gives the one; the person
 * when exactly one is found over all of them. Null for common-word nicknames and non-nicknames.
 */
export function aloneNickname<B>(word: string, count: (full: string) => { n: number; one: B | null }): { b: B; full: string } | null {
  if (WORD_NICKNAMES.has(word)) return null;
  const targets = nicknameTargets(word);
  if (targets.length === 0) return null;
  let total = 0;
  let found: { b: B; full: string } | null = null;
  for (const full of targets) {
    const c = count(full);
    total += c.n;
    if (c.n === 1 && c.one !== null) found = { b: c.one, full };
  }
  return total === 1 ? found : null;
}
