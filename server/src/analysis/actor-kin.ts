/**
 * Namesakes told apart by their titles: a surname written with a title (`President Ames`)
 * is not the person whose full name carries another title (`First Lady Jill Ames`).
 *
 * ```
 * First Lady Jill Ames ... President Ames ... THE PRESIDENT:
 *   -> `Jill Ames` (First Lady) and `President Ames`, who holds the label
 * First Lady Jill Ames ... Joe Ames ... President Ames   -> `President Ames` is Joe Ames
 * ```
 *
 * Titles are compared on their core: courtesy words (`Dr.`, `Mrs.`) and `former`, `then-`
 * left out; one title fits another when either names the other (`Russian President` and
 * `President`, `Secretary of State` and `Secretary`), not a deputy of it (`Vice President`).
 */
import { foldName } from './lexicon-translit';
import { roleMatches } from './actors';

/** Words that tell no one apart: courtesy forms, academic and clerical styles. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'doctor', 'prof', 'professor', 'rev', 'reverend', 'sir', 'dame', 'madam', 'madame', 'herr', 'frau', 'the']);

/** Words before a title that keep it the same title (`former President`, `then-Senator`). */
const TIME_WORDS = new Set(['former', 'then', 'late', 'ex', 'outgoing', 'incoming', 'retired', 'now']);

const coreMemo = new Map<string, string>();

/** The core of a title, folded (`First Lady Dr.` -> `first lady`); empty when it names none. */
export function titleCore(role: string): string {
  let v = coreMemo.get(role);
  if (v === undefined) {
    if (coreMemo.size > 10_000) coreMemo.clear();
    v = titleCoreUncached(role);
    coreMemo.set(role, v);
  }
  return v;
}

function titleCoreUncached(role: string): string {
  const out: string[] = [];
  for (const raw of foldName(role).split(/[\s\u2010-\u2014-]+/)) {
    const w = trimWord(raw);
    if (w.length === 0 || COURTESY.has(w)) continue;
    if (out.length === 0 && TIME_WORDS.has(w)) continue;
    out.push(w);
  }
  return out.join(' ');
}

function trimWord(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isLetterOrDigit(w.charCodeAt(s))) s++;
  while (e > s && !isLetterOrDigit(w.charCodeAt(e - 1))) e--;
  return w.slice(s, e);
}

function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c > 0xbf && !(c >= 0x2000 && c <= 0x206f);
}

/** Whether one person may hold both titles: either names the other, or one names no title. */
export function titlesFit(a: string, b: string): boolean {
  const x = titleCore(a);
  const y = titleCore(b);
  if (x.length === 0 || y.length === 0 || x === y) return true;
  return roleMatches(x, y) || roleMatches(y, x);
}

/** Whether a person with the titles `held` (none: any) may be the one a name with `title` means. */
export function holdsTitle(held: readonly string[], title: string): boolean {
  if (held.length === 0) return true;
  for (const t of held) if (titlesFit(t, title)) return true;
  return false;
}
