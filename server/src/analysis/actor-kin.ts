/**
 * Namesakes told apart by their titles: a surname written with an office (`President Ames`)
 * is not the person whose full name carries a relation title (`First Lady Jill Ames`).
 *
 * ```
 * First Lady Jill Ames ... President Ames ... THE PRESIDENT:
 *   -> `Jill Ames` (First Lady) and `President Ames`, who holds the label
 * First Lady Jill Ames ... Joe Ames ... President Ames   -> `President Ames` is Joe Ames
 * ```
 *
 * Titles are compared on their core, courtesy words (`Dr.`, `Mrs.`) and `former`, `then-`
 * left out: an office (`President`, `Senator`) and a relation (`First Lady`, `wife`) are
 * held by two people; two offices may be one person's (`Senator`, later `Secretary`).
 */
import { foldName } from './lexicon-translit';
import { detach } from './text';

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
    // A copy of the role: one cut from the text would keep the whole text alive (see `memo`).
    const key = detach(role);
    v = titleCoreUncached(key);
    coreMemo.set(key, v);
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

/**
 * Titles that name a person by a relation to another (`First Lady`, `wife`): one
 * person may hold several offices over the years (`Senator`, `Leader`), but no office and
 * a relation to its holder at once.
 */
const RELATIONS = new Set(['wife', 'husband', 'spouse', 'widow', 'widower', 'son', 'daughter', 'stepson', 'stepdaughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'consort']);
const RELATION_PAIRS = new Set(['first lady', 'second lady', 'first gentleman', 'second gentleman', 'first spouse', 'second spouse']);

/** The word a title core is headed by: the one before `of`, else the last (`secretary of state` -> `secretary`). */
function headOf(core: string): string {
  const words = core.split(' ');
  const of = words.indexOf('of');
  return words[of > 0 ? of - 1 : words.length - 1];
}

/** Whether a title core names a relation (`first lady`, `wife of`...). */
function isRelation(core: string): boolean {
  const words = core.split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? of - 1 : words.length - 1;
  if (RELATIONS.has(words[head])) return true;
  return head > 0 && RELATION_PAIRS.has(`${words[head - 1]} ${words[head]}`);
}

/**
 * How well a person with the titles `held` fits a name written with `title`: 0 not at all
 * (an office against a relation), 1 no title known, 2 another title one person may hold
 * too, 3 the same title (`Secretary of State`, `Secretary`).
 */
export function titleFit(held: readonly string[], title: string): number {
  if (held.length === 0) return 1;
  const y = titleCore(title);
  if (y.length === 0) return 2;
  let best = 0;
  for (const t of held) {
    const x = titleCore(t);
    if (x.length === 0) best = Math.max(best, 2);
    else if (x === y || headOf(x) === headOf(y)) return 3;
    else if (isRelation(x) === isRelation(y)) best = 2;
  }
  return best;
}
