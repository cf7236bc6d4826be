/** Forms of a name and the keys that group them: parsed words, surname, given-name and organisation keys, role words and phrases. */
import type { PinnedActor } from './model';
import type { NameCandidate } from './pipeline-types';
import { foldName, variantKey } from './lexicon-translit';
import { GROUP_PEOPLE, HONORIFICS, ROLE_MODIFIERS, TITLES } from './lexicon-titles';
import { ABBREVIATION_OF } from './lexicon-orgs';
import { NAME_PARTICLES } from './lexicon-words';
import { detach } from './text';
import { classesOf } from './name-kinds';

/**
 * Kin words written as a title before a given name (`Uncle John`, `Aunt Polly`): like an
 * honorific, no part of the name, so the form joins the one person of that name.
 */
const KIN_TITLES = new Set(['uncle', 'aunt', 'auntie', 'aunty', 'cousin', 'grandpa', 'grandma', 'granny', 'grandfather', 'grandmother']);

/** Name suffixes that are no surname (`Martin Luther King Jr.`). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq']);

/** One actor while it is being built. */
export interface Building {
  readonly order: number;
  pinned: PinnedActor | null;
  kindVotes: [number, number, number];
  strongPerson: boolean;
  /** Forms as written, in order of first use. */
  readonly forms: string[];
  readonly formSet: Set<string>;
  /** Transliteration keys of given names (`sergi`), each with the pass that added it (see `Resolver.phase`). */
  readonly given: Map<string, number>;
  /** Folded spellings of the surname and of the given names (by key), to tell a spelling variant. */
  surnameSpelling: string | null;
  readonly givenSpellings: Map<string, string>;
  surname: string | null;
  /** Number of names assigned (pinned occurrences included) and where the first one starts (and its index). */
  count: number;
  first: number;
  firstItem: number;
  /** Some mention is prose; some is a speaker label in capitals only. */
  hasProse: boolean;
  hasCapsLabel: boolean;
  /** Pinned names and aliases found as written (`POTUS`), outside other names. */
  readonly extra: { start: number; end: number; text: string }[];
  readonly roles: string[];
  /** Index of the name that added each role (-1: pinned). */
  readonly roleItems: number[];
  /** Whether each role was written with a full name or a label, not with a surname alone (`President Ames`). */
  readonly roleFull: boolean[];
  readonly evidence: string[];
  lastMention: number;
  /** The role phrase of a role-only label (`president`), when the actor came from one. */
  roleLabel: string | null;
  /** Some form was an abbreviation or short form (`U.S.` for `United States`). */
  abbreviated: boolean;
  /** Folded forms of an organisation or place, without `the`. */
  readonly orgForms: Set<string>;
  /** How the text addresses the person (`ADDRESS_OF`: 1 `Mr.`, 2 `Mrs.`, 3 `Miss`, 4 `Ms`); 0 unknown. */
  address: number;
  /** The form of address as first written (`Mrs.`), to name the person when a namesake differs. */
  addressForm: string | null;
  /** The role as written, naming an actor known only by a description (`director of Lumenhall`). */
  roleName: string | null;
  /**
   * Titles that tell this person from a namesake (`actor-kin`): those written with its full
   * names, or the title of a surname the text gives another namesake's title to.
   */
  readonly titles: string[];
  /** The title as written when the person is known by title and surname only, beside a namesake (`President`). */
  kinTitle: string | null;
}

export interface Parsed {
  /** Name words without honorifics and suffixes, as written. */
  readonly words: string[];
  /** Folded words. */
  readonly folded: string[];
  /** True when every word is a title, honorific or `the`: `THE PRESIDENT`. */
  readonly roleOnly: boolean;
  readonly caps: boolean;
  /**
   * Once asked: keys of the surname (last word) and given name (first word); the key of the
   * whole name as an organisation or place, whether it resolved an abbreviation, and the
   * folded words without `the`.
   */
  surnameKey?: string;
  givenKey?: string;
  orgKey?: string;
  abbreviation?: boolean;
  ownForm?: string;
  /** `nameKeys` of the name as an organisation or place, as a single word, as a person. */
  orgKeys?: NameKeys;
  wordKeys?: NameKeys;
  personKeys?: NameKeys;
}

/** Memo tables: names repeat, and a long transcript repeats them thousands of times. */
const MEMO_LIMIT = 50_000;
const parseMemo = new Map<string, Parsed>();
const variantMemo = new Map<string, string>();

export function memo<T>(m: Map<string, T>, k: string, make: (k: string) => T): T {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= MEMO_LIMIT) m.clear();
    // A key cut from the text would keep that whole text alive, version after version as the
    // user types: the table keeps a copy of its own, and what is made from it.
    const key = detach(k);
    v = make(key);
    m.set(key, v);
  }
  return v;
}

export function vkey(part: string): string {
  return memo(variantMemo, part, variantKey);
}

export function parseName(text: string): Parsed {
  return memo(parseMemo, text, parseNameUncached);
}

function parseNameUncached(text: string): Parsed {
  let raw = text.split(/\s+/).filter((w) => w.length > 0);
  // `Dickens, Charles`: a name written surname first, read in the usual order.
  if (raw.length >= 2 && raw[0].length > 1 && raw[0].endsWith(',')) raw = [...raw.slice(1), raw[0]];
  const words: string[] = [];
  const folded: string[] = [];
  let roleOnly = raw.length > 0;
  let caps = true;
  for (const w of raw) {
    const f = trimPunct(foldName(w));
    if (f.length === 0) continue;
    if (w !== w.toUpperCase()) caps = false;
    if (!(f === 'the' || HONORIFICS.has(f) || TITLES.has(f) || f === 'of' || ROLE_MODIFIERS.has(f))) roleOnly = false;
    words.push(trimPunctKeepDots(w));
    folded.push(f);
  }
  // Modifiers count only before a title: `THE VICE PRESIDENT`, `THE FIRST LADY`, not `Vice`.
  if (roleOnly && folded.length > 0) {
    const last = folded[folded.length - 1];
    const prev = folded.length > 1 ? folded[folded.length - 2] : '';
    if (!(TITLES.has(last) || HONORIFICS.has(last)) || (last === 'lady' && prev !== 'first' && prev !== 'second' && folded.some((x) => ROLE_MODIFIERS.has(x) && !TITLES.has(x) && !HONORIFICS.has(x)))) roleOnly = false;
  }
  // `people` of `the people of India`: a group noun stands for its group, as a role does.
  if (!roleOnly && folded.length === 1 && GROUP_PEOPLE.has(folded[0]) && raw[0] === raw[0].toLowerCase()) roleOnly = true;
  // Honorifics before the name and suffixes after it are no part of it.
  let s = 0;
  while (s < folded.length - 1 && (HONORIFICS.has(folded[s]) || KIN_TITLES.has(folded[s]))) s++;
  // `de Mistura`, `Mr. van Dyke`: a surname's lower-case particle is no given name.
  if (s < folded.length - 1 && NAME_PARTICLES.has(folded[s]) && words[s] === words[s].toLowerCase()) s++;
  let e = folded.length;
  while (e - s > 1 && SUFFIXES.has(folded[e - 1])) e--;
  // Every field set here, so that all parsed names share one shape.
  return {
    words: words.slice(s, e),
    folded: folded.slice(s, e),
    roleOnly,
    caps,
    surnameKey: undefined,
    givenKey: undefined,
    orgKey: undefined,
    abbreviation: undefined,
    ownForm: undefined,
    orgKeys: undefined,
    wordKeys: undefined,
    personKeys: undefined,
  };
}

export function trimPunct(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isWordChar(w.charCodeAt(s))) s++;
  while (e > s && !isWordChar(w.charCodeAt(e - 1))) e--;
  return w.slice(s, e).replace(/\.$/, '');
}

function trimPunctKeepDots(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isWordChar(w.charCodeAt(s))) s++;
  while (e > s && !isWordChar(w.charCodeAt(e - 1)) && w.charCodeAt(e - 1) !== 46) e--;
  return w.slice(s, e);
}

export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f);
}

/** Key of an organisation or place: folded, without `the` and final periods; abbreviations resolved. */
export function orgKey(folded: readonly string[]): { key: string; abbreviation: boolean } {
  let s = 0;
  if (folded.length > 1 && folded[0] === 'the') s = 1;
  const key = folded.slice(s).join(' ');
  const full = ABBREVIATION_OF.get(key);
  return full !== undefined ? { key: full, abbreviation: true } : { key, abbreviation: false };
}

/** Key of a whole pinned alias or candidate text: folded, no honorific, no possessive. */
export function aliasKey(text: string): string {
  const p = parseName(stripPossessive(text));
  let f = p.folded;
  if (f.length > 1 && f[0] === 'the') f = f.slice(1);
  return f.join(' ');
}

/** `Putin’s` -> `Putin`. */
export function stripPossessive(text: string): string {
  const n = text.length;
  if (n > 2 && (text.charCodeAt(n - 1) | 32) === 115 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019)) return text.slice(0, n - 2);
  return text;
}

export function stripPrefix(folded: string): string {
  const i = folded.indexOf('-');
  if (i > 0 && i <= 3) return folded.slice(i + 1);
  return folded;
}

/** Key of a role written in prose: `director of the Lumenhall` -> `director of lumenhall`. */
export function prosePhrase(role: string): string {
  return foldName(role)
    .split(/\s+/)
    .map(trimPunct)
    .filter((w) => w.length > 0 && w !== 'the')
    .join(' ');
}

/** Role phrase of a role-only label: `THE PRESIDENT` -> `president`. */
export function rolePhrase(p: Parsed): string {
  // Honorifics before the title only: `Mr. President` -> `president`, `THE FIRST LADY` -> `first lady`.
  const f = p.folded;
  let s = 0;
  while (s < f.length - 1 && (f[s] === 'the' || HONORIFICS.has(f[s]))) s++;
  return f.slice(s).filter((w) => w !== 'the').join(' ');
}

/**
 * The keys by which a name meets other names in the passes whatever they find: its surname
 * (`s`), its organisation or place key (`o`), the role phrase it stands for (`r`). Names that
 * share none of them, nor an actor, are merged independently of each other, except for the
 * look-ups by given name and by role, which only count the persons that fit (`Read`).
 */
export interface NameKeys {
  readonly s: string | null;
  readonly o: string | null;
  readonly r: string | null;
}

const NO_KEYS: NameKeys = { s: null, o: null, r: null };

/**
 * A role in place of a name: every word a title (`THE PRESIDENT`, `Madam Speaker`), or a
 * person's name in prose that lies inside its own role (`Harbour Poet`, a nickname made of
 * a title): the holder of the role, no given name and surname.
 */
export function roleAsName(c: NameCandidate, p: Parsed): boolean {
  if (p.roleOnly) return c.label >= 0 || c.kind === 'person';
  // A word in lower case described by the words around it (`member` of `one member of
  // Parliament`, `members of the Senate`): the description stands for them, as a role does.
  if (c.label < 0 && c.kind === 'person' && c.role !== null && c.roleSpan === null && p.folded.length === 1 && isLowerWord(p.words[0]) && c.role.length > c.text.length) return true;
  const rs = c.roleSpan;
  return c.label < 0 && c.kind === 'person' && rs !== null && rs.start <= c.start && rs.end >= c.end;
}

/** Every letter of `w` is lower case (and it has one). */
function isLowerWord(w: string): boolean {
  return w === w.toLowerCase() && w !== w.toUpperCase();
}

export function nameKeys(c: NameCandidate, parsed?: Parsed): NameKeys {
  const p = parsed ?? parseName(stripPossessive(c.text));
  const n = p.folded.length;
  if (n === 0) return NO_KEYS;
  if (roleAsName(c, p)) {
    return { s: null, o: null, r: roleGroupKey(c.label < 0 && c.role !== null && c.roleSpan === null ? prosePhrase(c.role) : rolePhrase(p)) };
  }
  // An organisation's first word may stand for it alone (`Skyvale` for `Skyvale Airways`, see
  // `shortOrganisations`): it meets the single words under that key.
  if (c.kind === 'organization' || c.kind === 'place') return (p.orgKeys ??= { s: shortFormKey(p), o: orgKeyOf(p), r: null });
  if (n === 1) return (p.wordKeys ??= { s: surnameKeyOf(p), o: orgKeyOf(p), r: countryKeyOf(p.folded[0]) });
  if (p.roleOnly) return NO_KEYS;
  return (p.personKeys ??= { s: surnameKeyOf(p), o: null, r: null });
}

/**
 * The key by which a role phrase meets others: its last two words. A role read as one with a
 * word more before it (`the Prime Minister` as the one `British Prime Minister`, see
 * `widerRoleLabel`) then shares it, whatever that word is.
 */
function roleGroupKey(phrase: string): string {
  const last = phrase.lastIndexOf(' ');
  if (last < 0) return phrase;
  const before = phrase.lastIndexOf(' ', last - 1);
  return before < 0 ? phrase : phrase.slice(before + 1);
}

/**
 * The word that may stand alone for an organisation named by two words or more: its first (past
 * `the`), when that word is in no list (`Skyvale Airways` -> `skyvale`, not `National Grid`,
 * `Bank of Halden`); null otherwise.
 */
export function shortFormWord(p: Parsed): string | null {
  const f = p.folded;
  const s = f.length > 1 && f[0] === 'the' ? 1 : 0;
  return f.length - s >= 2 && isPlainWord(f[s]) ? f[s] : null;
}

function shortFormKey(p: Parsed): string | null {
  const w = shortFormWord(p);
  return w === null ? null : vkey(w);
}

/** A word of no list (no common word, title, given name, known place...): only such a word may stand for an organisation or a country the lexicons do not know. */
export function isPlainWord(word: string | undefined): boolean {
  return word !== undefined && word.length > 0 && classesOf(word) === 0;
}

/**
 * A word that may name a country (`valdoria`) and a word that may be its adjective
 * (`valdorian`) share this key, so that they are merged together (see `countryOfAdjective`);
 * null for other words.
 */
export function countryKeyOf(word: string): string | null {
  if (!isPlainWord(word)) return null;
  const stem = adjectiveStem(word);
  if (stem !== null) return '\u0002' + stem;
  return word.length >= 4 && word.charCodeAt(word.length - 1) === 97 ? '\u0002' + word : null;
}

/** `valdoria` of `valdorian`, `kenya` of `kenyan` (folded words of five letters or more ending in `an`); null for others. */
export function adjectiveStem(word: string): string | null {
  const n = word.length;
  return n >= 5 && word.charCodeAt(n - 1) === 110 && word.charCodeAt(n - 2) === 97 ? word.slice(0, n - 1) : null;
}

export function surnameKeyOf(p: Parsed): string {
  return (p.surnameKey ??= vkey(p.folded[p.folded.length - 1]));
}

export function orgKeyOf(p: Parsed): string {
  if (p.orgKey === undefined) {
    const k = orgKey(p.folded);
    p.orgKey = k.key;
    p.abbreviation = k.abbreviation;
  }
  return p.orgKey;
}

/**
 * The words that join a title to what it is the title of (`president of`, `economist at`,
 * `spokesman for`, `correspondent in`): the title is the word before the first of them.
 */
const HEAD_CONNECTORS = new Set(['of', 'at', 'for', 'in', 'on', 'to', 'with']);

/** The words by which a role may name a title (`roleMatches`): its last word, and each word before `of`, `at`, `for`... */
export function roleKeyWords(role: string): readonly string[] {
  return memo(roleKeyMemo, role, roleKeyWordsUncached);
}

const roleKeyMemo = new Map<string, readonly string[]>();

function roleKeyWordsUncached(role: string): string[] {
  const r = foldName(role).split(/\s+/).map(trimPunct).filter((w) => w.length > 0);
  if (r.length === 0) return [];
  const out = [r[r.length - 1]];
  for (let i = 1; i < r.length; i++) if (HEAD_CONNECTORS.has(r[i]) && !out.includes(r[i - 1])) out.push(r[i - 1]);
  for (let i = 0, n = out.length; i < n; i++) if (CHAIR_FORMS.has(out[i]) && !out.includes('chair')) out.push('chair');
  return out;
}

/** The word by which a role phrase is looked up among roles: its last word. */
export function phraseKeyWord(phrase: string): string {
  const i = phrase.lastIndexOf(' ');
  return i < 0 ? phrase : phrase.slice(i + 1);
}

/**
 * Whether `b` holds the title `phrase` by its roles `k` for which `before(k)`: a role written
 * with a full name or a label; or one written with the surname alone (`President Ames`)
 * when no role written with a full name is another title (`First Lady Jill Ames`: two Ameses).
 */
export function holdsRole(b: Building, phrase: string, before: (k: number) => boolean): boolean {
  let bare = false;
  let other = false;
  for (let k = 0; k < b.roles.length; k++) {
    if (!before(k)) continue;
    const m = roleMatches(b.roles[k], phrase);
    if (b.roleFull[k]) {
      if (m) return true;
      other = true;
    } else if (m) bare = true;
  }
  return bare && !other;
}

/** True when `role` names the title `phrase` itself, not a deputy of it (`Vice President`). */
export function roleMatches(role: string, phrase: string): boolean {
  let r = foldName(role).split(/\s+/).map(trimPunct).filter((w) => w.length > 0);
  const p = phrase.split(' ');
  // `President of the United States` holds `president`, `economist at Veldmark Bank` holds
  // `economist`, `nominee for Governor of Veldmark` holds `nominee for governor` (but not
  // `governor of veldmark`): the words before the first `of`, `at`, `for`... the phrase lacks.
  for (let i = 1; i < r.length; i++) {
    if (HEAD_CONNECTORS.has(r[i]) && !p.includes(r[i])) {
      r = r.slice(0, i);
      break;
    }
  }
  if (p.length === 0 || r.length < p.length) return false;
  for (let i = 0; i < p.length; i++) {
    const w = r[r.length - p.length + i];
    // `Madam Chair` addresses whoever is written `Chairwoman`, `Chairman` or `Chairperson`.
    if (w !== p[i] && !(p[i] === 'chair' && CHAIR_FORMS.has(w))) return false;
  }
  const before = r[r.length - p.length - 1];
  return before === undefined || !(before === 'vice' || before === 'deputy' || before === 'former' || before === 'acting' || before === 'assistant' || before === 'under' || before === 'co' || before.endsWith('-'));
}

/** The gendered forms of `chair`, which the neutral word in an address names too. */
const CHAIR_FORMS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chairperson']);
