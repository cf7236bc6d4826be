/**
 * Merges the names of a text into actors: one actor for every form of one person,
 * organisation or place.
 *
 * ```
 * Russian President Vladimir Putin ... Mr Putin ... VLADIMIR PUTIN: ... Putin’s
 *   -> one actor `vladimir-putin` (person), roles [`Russian President`]
 * Sergey Lavrov ... Sergei Lavrov       -> one actor, evidence `spelling variant`
 * George Bush ... Laura Bush ... Bush   -> two actors; the bare surname goes to the last named
 * ```
 *
 * Names are indexed by surname and given name (transliteration keys of lexicon-translit)
 * in Maps, so the work is linear in the number of names.
 */
import type { Actor, ActorKind, Mention, MentionForm, PinnedActor, RoleMention, SpeakerLabel } from './model';
import type { ActorResolution, NameCandidate } from './pipeline-types';
import { slugify } from './text';
import { foldName, variantKey } from './lexicon-translit';
import { ADDRESS_OF, GROUP_PEOPLE, HONORIFICS, ROLE_MODIFIERS, TITLES } from './lexicon-titles';
import { ABBREVIATION_OF } from './lexicon-orgs';
import { titleCase } from './names';
import { titleFit } from './actor-kin';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon-names';

export const EVIDENCE_SURNAME = 'same surname in this file';
export const EVIDENCE_GIVEN_NAME = 'same given name in this file';
export const EVIDENCE_CAPS_LABEL = 'caps speaker label';
export const EVIDENCE_VARIANT = 'spelling variant';
export const EVIDENCE_PINNED = 'alias from actors.json';
export const EVIDENCE_ABBREVIATION = 'known abbreviation';
export const EVIDENCE_ROLE_LABEL = 'role in speaker label';

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
  /** The role as written, naming an actor known only by a description (`director of Stardust`). */
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

const KIND_INDEX: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };
const KINDS: ActorKind[] = ['person', 'organization', 'place'];

/** Memo tables: names repeat, and a long transcript repeats them thousands of times. */
const MEMO_LIMIT = 50_000;
const parseMemo = new Map<string, Parsed>();
const variantMemo = new Map<string, string>();

function memo<T>(m: Map<string, T>, k: string, make: (k: string) => T): T {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= MEMO_LIMIT) m.clear();
    v = make(k);
    m.set(k, v);
  }
  return v;
}

function vkey(part: string): string {
  return memo(variantMemo, part, variantKey);
}

function parseName(text: string): Parsed {
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
  while (s < folded.length - 1 && HONORIFICS.has(folded[s])) s++;
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

function trimPunct(w: string): string {
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

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f);
}

/** Key of an organisation or place: folded, without `the` and final periods; abbreviations resolved. */
function orgKey(folded: readonly string[]): { key: string; abbreviation: boolean } {
  let s = 0;
  if (folded.length > 1 && folded[0] === 'the') s = 1;
  const key = folded.slice(s).join(' ');
  const full = ABBREVIATION_OF.get(key);
  return full !== undefined ? { key: full, abbreviation: true } : { key, abbreviation: false };
}

/** Key of a whole pinned alias or candidate text: folded, no honorific, no possessive. */
function aliasKey(text: string): string {
  const p = parseName(stripPossessive(text));
  let f = p.folded;
  if (f.length > 1 && f[0] === 'the') f = f.slice(1);
  return f.join(' ');
}

/** How many persons outside a run fit a look-up (0, 1, or 2 for two or more), and the one when one. */
export interface Outside {
  readonly count: number;
  readonly one: Building | null;
}

/**
 * What a run of the resolver over some of the names sees of the persons the other names made
 * (see incremental-actors): only how many fit a look-up by given name or by role.
 */
export interface OutsideView {
  /** Persons with the given-name key `k`; when `early`, only those added by the first pass (full names). */
  given(k: string, early: boolean): Outside;
  /** Persons with a surname and a role that `phrase` names, the role added by a name before offset `at`. */
  fits(phrase: string, at: number): Outside;
}

/** A given-name look-up after the first pass, one after all passes, a look-up of a role's holder. */
export const READ_EARLY = 1;
export const READ_LATE = 2;
export const READ_FITS = 3;

/** A look-up whose answer rests on how many persons fit (`count`, 2 for two or more) rather than on which. */
export interface Read {
  readonly item: number;
  readonly kind: number;
  /** The given-name key, or the role phrase. */
  readonly key: string;
  readonly count: number;
}

export class Resolver {
  /** Which pass runs: 1 full names, 2 single words, 3 names of unknown kind, 4 everything in order. */
  phase = 1;
  /** Persons made by names outside this run; null when the run has every name. */
  outside: OutsideView | null = null;
  /** Look-ups that counted persons, when recorded. */
  reads: Read[] | null = null;
  /** Persons outside the run that a look-up found alone: the run must include their names. */
  readonly pulled: Building[] = [];
  /** The parsed form of each name of the last run. */
  parsed: readonly Parsed[] = [];
  readonly buildings: Building[] = [];
  /** Surname key -> persons with that surname. */
  readonly bySurname = new Map<string, Building[]>();
  /** Given-name key -> persons with that given name (and a surname). */
  readonly byGiven = new Map<string, Building[]>();
  /** Organisation and place keys. */
  readonly byOrgKey = new Map<string, Building>();
  /** Pinned names and aliases. */
  readonly byAlias = new Map<string, Building>();
  /** Role phrase of a role-only label -> its actor. */
  readonly byRoleLabel = new Map<string, Building>();
  /** Surname key -> the person with that surname mentioned last so far (text order). */
  readonly lastBySurname = new Map<string, Building>();
  /** The actors with a role, by the words that role may name a title by (`roleKeyWords`). */
  readonly byRoleWord = new Map<string, Set<Building>>();

  /** A role of `b`, added by name `item` (-1: pinned). */
  addRole(b: Building, role: string, item: number, full = true): void {
    b.roles.push(role);
    b.roleItems.push(item);
    b.roleFull.push(full);
    for (const w of roleKeyWords(role)) {
      let set = this.byRoleWord.get(w);
      if (set === undefined) this.byRoleWord.set(w, (set = new Set()));
      set.add(b);
    }
  }

  create(): Building {
    const b: Building = {
      order: this.buildings.length,
      pinned: null,
      kindVotes: [0, 0, 0],
      strongPerson: false,
      forms: [],
      formSet: new Set(),
      given: new Map(),
      surnameSpelling: null,
      givenSpellings: new Map(),
      surname: null,
      count: 0,
      first: -1,
      firstItem: -1,
      hasProse: false,
      hasCapsLabel: false,
      extra: [],
      roles: [],
      roleItems: [],
      roleFull: [],
      evidence: [],
      lastMention: -1,
      roleLabel: null,
      abbreviated: false,
      orgForms: new Set(),
      address: 0,
      addressForm: null,
      roleName: null,
      titles: [],
      kinTitle: null,
    };
    this.buildings.push(b);
    return b;
  }

  addPinned(p: PinnedActor): void {
    if (!p || typeof p.name !== 'string' || p.name.trim().length === 0) return;
    const b = this.create();
    b.pinned = p;
    if (typeof p.role === 'string' && p.role.trim().length > 0) this.addRole(b, p.role.trim(), -1);
    const names = [p.name, ...(Array.isArray(p.aliases) ? p.aliases.filter((a) => typeof a === 'string') : [])];
    for (const n of names) {
      const k = aliasKey(n);
      if (k.length > 0 && !this.byAlias.has(k)) this.byAlias.set(k, b);
    }
    const parsed = parseName(p.name);
    const kind = p.kind ?? (parsed.folded.length >= 2 ? 'person' : null);
    if (kind === 'person' || kind === null) {
      if (parsed.folded.length >= 2) this.registerPerson(b, parsed);
    }
    if (kind === 'organization' || kind === 'place') {
      const { key } = orgKey(parsed.folded);
      if (!this.byOrgKey.has(key)) this.byOrgKey.set(key, b);
    }
  }

  registerPerson(b: Building, p: Parsed): void {
    const n = p.folded.length;
    const sk = surnameKeyOf(p);
    if (b.surname === null) {
      b.surname = sk;
      push(this.bySurname, sk, b);
    }
    b.surnameSpelling = p.folded[n - 1];
    if (n >= 2) {
      const gk = givenKeyOf(p);
      if (!b.given.has(gk)) {
        b.given.set(gk, this.phase);
        push(this.byGiven, gk, b);
      }
    }
  }

  /** The person a full name (given name + surname) belongs to; creates one when none fits. */
  fullName(p: Parsed, evidence: string[], address = 0): Building {
    const sk = surnameKeyOf(p);
    const gk = givenKeyOf(p);
    const list = this.bySurname.get(sk);
    if (list) {
      for (const b of list) if (b.given.has(gk)) return this.noteSpelling(b, p, evidence);
      // A surname known without a given name so far (`Mr Kerry` before `John Kerry`).
      for (const b of list) {
        if (b.given.size === 0 && fitsAddress(b, address)) {
          this.registerPerson(b, p);
          return this.noteSpelling(b, p, evidence);
        }
      }
    }
    const b = this.create();
    this.registerPerson(b, p);
    this.noteSpelling(b, p, evidence);
    return b;
  }

  /** The person known by this surname alone so far, given the full name; null when none. */
  surnameOnlyFullName(p: Parsed, evidence: string[]): Building | null {
    const list = this.bySurname.get(surnameKeyOf(p));
    if (!list || list.length !== 1 || list[0].given.size > 0 || list[0].pinned) return null;
    // `these three Senators` is a group, no surname: `Democratic Senators` is no full name of it.
    if (isPluralTitle(p.folded[p.folded.length - 1])) return null;
    this.registerPerson(list[0], p);
    return this.noteSpelling(list[0], p, evidence);
  }

  /** The person a full name belongs to, without creating one. */
  knownFullName(p: Parsed, evidence: string[]): Building | null {
    const list = this.bySurname.get(surnameKeyOf(p));
    const gk = givenKeyOf(p);
    if (list) for (const b of list) if (b.given.has(gk)) return this.noteSpelling(b, p, evidence);
    return null;
  }

  private noteSpelling(b: Building, p: Parsed, evidence: string[]): Building {
    const n = p.folded.length;
    const surname = p.folded[n - 1];
    if (b.surnameSpelling === null) b.surnameSpelling = surname;
    else if (stripPrefix(b.surnameSpelling) !== stripPrefix(surname)) evidence.push(EVIDENCE_VARIANT);
    if (n >= 2) {
      const gk = givenKeyOf(p);
      const seen = b.givenSpellings.get(gk);
      if (seen === undefined) b.givenSpellings.set(gk, p.folded[0]);
      else if (stripPrefix(seen) !== stripPrefix(p.folded[0])) evidence.push(EVIDENCE_VARIANT);
    }
    return b;
  }

  /** The person a single word (`Putin`, `al-Assad`, `Rebecca`) refers to, or null; of two
   * people with that surname, the one mentioned last. `title`: the title written with it
   * (`President`), which a namesake with another title does not hold. */
  single(word: string, evidence: string[], address: number, item: number, title: string | null = null): Building | null {
    const k = vkey(word);
    const list = this.bySurname.get(k);
    if (list && list.length > 0) {
      let b: Building | null = list.length === 1 ? list[0] : (this.lastBySurname.get(k) ?? list[0]);
      // `Mrs. Bennet` is not the `Mr. Bennet` named last: the last one addressed alike.
      if (!fitsAddress(b, address)) {
        b = null;
        for (const x of list) if (fitsAddress(x, address) && (b === null || x.lastMention > b.lastMention)) b = x;
        if (b === null) return null;
      }
      if (list.length > 1) b = kinPick(list, b, address, title);
      if (b.given.size > 0) evidence.push(EVIDENCE_SURNAME);
      const spelled = b.surnameSpelling;
      if (spelled !== null && stripPrefix(spelled) !== stripPrefix(word)) evidence.push(EVIDENCE_VARIANT);
      return b;
    }
    const given = this.oneGiven(k, false, item);
    if (given !== null) {
      evidence.push(EVIDENCE_GIVEN_NAME);
      return given;
    }
    return null;
  }

  /** The one person with the given-name key `k` (added by pass 1 when `early`); null when none or several. */
  oneGiven(k: string, early: boolean, item: number): Building | null {
    const list = this.byGiven.get(k);
    let n = list === undefined ? 0 : list.length;
    let one = n === 1 ? list![0] : null;
    if (this.outside !== null && n < 2) {
      const o = this.outside.given(k, early);
      if (o.count > 0) {
        if (n === 0 && o.count === 1 && o.one !== null) this.pulled.push(o.one);
        n += o.count;
        one = null;
      }
    }
    if (this.reads !== null) this.reads.push({ item, kind: early ? READ_EARLY : READ_LATE, key: k, count: Math.min(n, 2) });
    return n === 1 ? one : null;
  }

  /** The one person with a surname whose roles so far name `phrase`; null when none or several. */
  oneFit(phrase: string, at: number, item: number): Building | null {
    let n = 0;
    let one: Building | null = null;
    const holders = this.byRoleWord.get(phraseKeyWord(phrase));
    if (holders !== undefined) {
      for (const x of holders) {
        if (x.surname !== null && x.roleLabel === null && holdsRole(x, phrase, () => true)) {
          one = x;
          if (++n > 1) break;
        }
      }
    }
    if (this.outside !== null && n < 2) {
      const o = this.outside.fits(phrase, at);
      if (o.count > 0) {
        if (n === 0 && o.count === 1 && o.one !== null) this.pulled.push(o.one);
        n += o.count;
        one = null;
      }
    }
    if (this.reads !== null) this.reads.push({ item, kind: READ_FITS, key: phrase, count: Math.min(n, 2) });
    return n === 1 ? one : null;
  }

  surnameOnly(word: string, address = 0): Building {
    const b = this.create();
    b.address = address;
    b.surname = vkey(word);
    b.surnameSpelling = word;
    push(this.bySurname, b.surname, b);
    return b;
  }

  orgOrPlace(p: Parsed, evidence: string[]): Building {
    const folded = p.folded;
    const key = orgKeyOf(p);
    const abbreviation = p.abbreviation!;
    let b = this.byOrgKey.get(key);
    if (b === undefined) {
      b = this.create();
      this.byOrgKey.set(key, b);
    }
    // Evidence only when the forms differ (`U.S.` and `United States`), not on a repeat.
    const own = (p.ownForm ??= (folded.length > 1 && folded[0] === 'the' ? folded.slice(1) : folded).join(' '));
    if ((abbreviation || b.abbreviated) && b.orgForms.size > (b.orgForms.has(own) ? 1 : 0)) evidence.push(EVIDENCE_ABBREVIATION);
    b.orgForms.add(own);
    if (abbreviation) b.abbreviated = true;
    return b;
  }
}

/** The address of a name written after `Mr.`, `Mrs.`, `Miss` (a role without a span); 0 when none. */
function addressOf(c: NameCandidate): number {
  if (c.role === null || c.roleSpan !== null || c.label >= 0) return 0;
  return roleWord(c.role).address;
}

/** A role read as a form of address: its `ADDRESS_OF` (0 none), whether it is an honorific. */
interface RoleWord {
  readonly address: number;
  readonly honorific: boolean;
}

const roleWordMemo = new Map<string, RoleWord>();

function roleWord(role: string): RoleWord {
  return memo(roleWordMemo, role, (x) => {
    const w = trimPunct(x.toLowerCase());
    return { address: ADDRESS_OF.get(w) ?? 0, honorific: HONORIFICS.has(w) };
  });
}

/**
 * Of namesakes, the one a surname means: `b` (the last named that fits the address) unless
 * the title written with the surname is another's (`President Ames`, not `First Lady Jill
 * Ames`), or a form of address is written (`Mrs. Ames`) and `b` is known by title only.
 */
function kinPick(list: readonly Building[], b: Building, address: number, title: string | null): Building {
  if (title !== null) {
    // The one written with that title (`Senator Mark Ames`) before one with another title
    // one may hold besides (`astronaut Tom Ames`), before one with none; of those alike, `b`,
    // else the last named.
    const fit = titleFit(b.titles, title);
    let best = b;
    let bestFit = fit;
    for (const x of list) {
      if (x === b || !fitsAddress(x, address)) continue;
      const f = titleFit(x.titles, title);
      if (f > bestFit || (f === bestFit && f > fit && x.lastMention > best.lastMention)) {
        best = x;
        bestFit = f;
      }
    }
    return best;
  }
  if (address !== 0 && b.kinTitle !== null) {
    let best: Building | null = null;
    for (const x of list) if (x.kinTitle === null && fitsAddress(x, address) && (best === null || x.lastMention > best.lastMention)) best = x;
    return best ?? b;
  }
  return b;
}

/** The title written with a name (`President` in `President Ames`, `PRESIDENT AMES:`); null for none or a form of address. */
function titleOf(c: NameCandidate): string | null {
  return c.role !== null && c.roleSpan !== null ? c.role : null;
}

/** A form of address passed as a role without a span (`Mrs.`): no role of the person. */
function isAddress(c: NameCandidate): boolean {
  return c.role !== null && c.roleSpan === null && c.label < 0 && roleWord(c.role).honorific;
}

/** Whether a person addressed as `had` may be the one now addressed as `now` (0: unknown). */
function addressFits(had: number, now: number): boolean {
  if (had === 0 || now === 0 || had === now) return true;
  // `Ms` fits either woman's address.
  return (had === 4 && now >= 2) || (now === 4 && had >= 2);
}

/**
 * Whether the person `b` may be the one addressed as `address`: addressed alike (see
 * `addressFits`), and no given name of the other sex (`Mr. Ames` is not `Jane Ames`,
 * `Mrs. Ames` not `John Ames`).
 */
function fitsAddress(b: Building, address: number): boolean {
  if (!addressFits(b.address, address)) return false;
  if (address === 0 || b.givenSpellings.size === 0) return true;
  const sex = givenSex(b);
  return sex === 0 || (sex === 1) === (address === 1);
}

/** The sex a person's given names tell: 1 a man's (`John`), 2 a woman's (`Emma`), 0 none or both. */
function givenSex(b: Building): number {
  let m = false;
  let f = false;
  for (const g of b.givenSpellings.values()) {
    if (MALE_GIVEN_NAMES.has(g)) m = true;
    else if (FEMALE_GIVEN_NAMES.has(g)) f = true;
  }
  return m === f ? 0 : m ? 1 : 2;
}

/** `senators`: the plural of a title, a group of people rather than a name. */
function isPluralTitle(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && !TITLES.has(w) && TITLES.has(w.slice(0, -1));
}

/** `Putin’s` -> `Putin`. */
function stripPossessive(text: string): string {
  const n = text.length;
  if (n > 2 && (text.charCodeAt(n - 1) | 32) === 115 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019)) return text.slice(0, n - 2);
  return text;
}

function stripPrefix(folded: string): string {
  const i = folded.indexOf('-');
  if (i > 0 && i <= 3) return folded.slice(i + 1);
  return folded;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Key of a role written in prose: `director of the Stardust` -> `director of stardust`. */
function prosePhrase(role: string): string {
  return foldName(role)
    .split(/\s+/)
    .map(trimPunct)
    .filter((w) => w.length > 0 && w !== 'the')
    .join(' ');
}

/** Role phrase of a role-only label: `THE PRESIDENT` -> `president`. */
function rolePhrase(p: Parsed): string {
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
  const rs = c.roleSpan;
  return c.label < 0 && c.kind === 'person' && rs !== null && rs.start <= c.start && rs.end >= c.end;
}

export function nameKeys(c: NameCandidate, parsed?: Parsed): NameKeys {
  const p = parsed ?? parseName(stripPossessive(c.text));
  const n = p.folded.length;
  if (n === 0) return NO_KEYS;
  if (roleAsName(c, p)) {
    return { s: null, o: null, r: c.label < 0 && c.role !== null && c.roleSpan === null ? prosePhrase(c.role) : rolePhrase(p) };
  }
  if (c.kind === 'organization' || c.kind === 'place') return (p.orgKeys ??= { s: null, o: orgKeyOf(p), r: null });
  if (n === 1) return (p.wordKeys ??= { s: surnameKeyOf(p), o: orgKeyOf(p), r: null });
  if (p.roleOnly) return NO_KEYS;
  return (p.personKeys ??= { s: surnameKeyOf(p), o: null, r: null });
}

function surnameKeyOf(p: Parsed): string {
  return (p.surnameKey ??= vkey(p.folded[p.folded.length - 1]));
}

function givenKeyOf(p: Parsed): string {
  return (p.givenKey ??= vkey(p.folded[0]));
}

function orgKeyOf(p: Parsed): string {
  if (p.orgKey === undefined) {
    const k = orgKey(p.folded);
    p.orgKey = k.key;
    p.abbreviation = k.abbreviation;
  }
  return p.orgKey;
}

/** The words by which a role may name a title (`roleMatches`): its last word, and the word before `of`. */
export function roleKeyWords(role: string): readonly string[] {
  return memo(roleKeyMemo, role, roleKeyWordsUncached);
}

const roleKeyMemo = new Map<string, readonly string[]>();

function roleKeyWordsUncached(role: string): string[] {
  const r = foldName(role).split(/\s+/).map(trimPunct).filter((w) => w.length > 0);
  if (r.length === 0) return [];
  const of = r.indexOf('of');
  return of > 0 && r[of - 1] !== r[r.length - 1] ? [r[r.length - 1], r[of - 1]] : [r[r.length - 1]];
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
  // `President of the United States` holds `president`: the title before `of`.
  const of = r.indexOf('of');
  if (of > 0 && !phrase.split(' ').includes('of')) r = r.slice(0, of);
  const p = phrase.split(' ');
  if (p.length === 0 || r.length < p.length) return false;
  for (let i = 0; i < p.length; i++) if (r[r.length - p.length + i] !== p[i]) return false;
  const before = r[r.length - p.length - 1];
  return before === undefined || !(before === 'vice' || before === 'deputy' || before === 'former' || before === 'acting' || before === 'assistant' || before === 'under' || before === 'co' || before.endsWith('-'));
}

/**
 * Actors of the text. Pinned actors (from `.transcript-lens/actors.json`) win over guesses:
 * their names and aliases map to them, with their kind and role.
 */
export function resolveActors(
  text: string,
  speakers: readonly SpeakerLabel[],
  names: readonly NameCandidate[],
  pinned: readonly PinnedActor[] = [],
): ActorResolution {
  const r = new Resolver();
  for (const p of Array.isArray(pinned) ? pinned : []) r.addPinned(p);

  let inOrder = true;
  for (let i = 1; i < names.length && inOrder; i++) if (names[i].start < names[i - 1].start) inOrder = false;
  const sorted = inOrder ? names : [...names].sort((x, y) => x.start - y.start);
  const at = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) at[i] = sorted[i].start;
  const assigned = runPasses(r, sorted, at);

  // Pinned names and aliases written where no name was found (`POTUS`).
  addPinnedOccurrences(text, r, sorted);

  return finish(r, speakers, sorted, assigned);
}

/**
 * The passes that merge names into persons, organisations and places: `sorted` in text order,
 * `at[i]` where name `i` starts now (its own offsets may be those of an earlier text). Returns
 * the actor of each name (null: no actor).
 */
export function runPasses(r: Resolver, sorted: readonly NameCandidate[], at: ArrayLike<number>): (Building | null)[] {
  const n = sorted.length;
  const forms = new Array<string>(n);
  const parsed = new Array<Parsed>(n);
  r.parsed = parsed;
  const addresses = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = sorted[i];
    forms[i] = stripPossessive(c.text);
    parsed[i] = parseName(forms[i]);
    addresses[i] = addressOf(c);
  }
  const assigned: (Building | null)[] = new Array(n).fill(null);
  // Evidence per name, allocated only for the names that have some: gathered in `ev`, kept by `keep`.
  const evidenceOf: (string[] | null)[] = new Array(n).fill(null);
  const ev: string[] = [];
  const keep = (i: number): void => {
    if (ev.length === 0) return;
    const e = evidenceOf[i];
    if (e === null) evidenceOf[i] = ev.slice();
    else for (const x of ev) e.push(x);
    ev.length = 0;
  };

  // Pass 1: pinned aliases, full names of persons, then single words known to be persons.
  r.phase = 1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (p.folded.length === 0) continue;
    const alias = r.byAlias.size === 0 ? undefined : (r.byAlias.get(p.folded.join(' ')) ?? r.byAlias.get(aliasKey(c.text)));
    if (alias) {
      assigned[i] = alias;
      ev.push(EVIDENCE_PINNED);
      keep(i);
      continue;
    }
    if (roleAsName(c, p)) continue;
    if (p.folded.length >= 2 && c.kind === 'person') {
      const b = r.fullName(p, ev, addresses[i]);
      keep(i);
      if (b.address === 0) b.address = addresses[i];
      assigned[i] = b;
      const title = titleOf(c);
      if (title !== null && !b.titles.includes(title)) b.titles.push(title);
    }
  }
  r.phase = 2;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (assigned[i] || p.folded.length !== 1 || c.kind !== 'person' || roleAsName(c, p)) continue;
    const key = surnameKeyOf(p);
    const list = r.bySurname.get(key);
    const address = addresses[i];
    if (list === undefined) {
      // `Sir Walter` after `Walter Elliot`: the given name of the one person who has it.
      const given = r.oneGiven(key, true, i);
      if (given === null || !fitsAddress(given, address)) r.surnameOnly(p.folded[0], address);
      continue;
    }
    // A title that no namesake may hold is another person's (`President Ames` beside `First
    // Lady Jill Ames`); one such person for the surname, known by title only.
    const title = titleOf(c);
    if (title !== null) {
      if (list.some((b) => titleFit(b.titles, title) > 0)) continue;
      let kin: Building | null = null;
      for (const b of list) if (b.kinTitle !== null) kin = b;
      if (kin === null) {
        kin = r.surnameOnly(p.folded[0], 0);
        kin.kinTitle = title;
      }
      kin.titles.push(title);
      continue;
    }
    if (address === 0) continue;
    // The first `Mr.` or `Mrs.` gives a person known by surname its address; another
    // address is another person (`Mr. Bennet`, `Mrs. Bennet`).
    let fits: Building | null = null;
    for (const b of list) if (b.address === address) fits = b;
    if (fits === null) for (const b of list) if (b.address === 0 && b.given.size === 0 && b.kinTitle === null) fits = b;
    if (fits !== null) fits.address = address;
    else if (!list.some((b) => fitsAddress(b, address))) r.surnameOnly(p.folded[0], address);
  }
  // Names of unknown kind join a person with the same full name, or one the text names by
  // that surname alone (`Ilse Brandt` when `Brandt said` reads as a person).
  r.phase = 3;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (assigned[i] || c.kind !== null || p.folded.length < 2 || p.roleOnly) continue;
    assigned[i] = r.knownFullName(p, ev) ?? r.surnameOnlyFullName(p, ev);
    keep(i);
  }

  // Pass 2: everything in text order.
  r.phase = 4;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (p.folded.length === 0) continue;
    let b = assigned[i];
    // A role in place of a name, in a label (`THE PRESIDENT:`) or in prose (`Madam Speaker`):
    // the one person with that role, else an actor of its own for the role.
    if (!b && roleAsName(c, p)) {
      // In prose the whole role tells the holder (`director of Stardust`, `President of
      // Veldmark`); a label gives the title alone.
      const phrase = c.label < 0 && c.role !== null && c.roleSpan === null ? prosePhrase(c.role) : rolePhrase(p);
      b = r.byRoleLabel.get(phrase) ?? null;
      if (!b) {
        const fit = r.oneFit(phrase, at[i], i);
        b = fit ?? r.create();
        if (fit === null) {
          b.roleLabel = phrase;
          if (c.label < 0 && c.role !== null && c.role.indexOf(' ') > 0) b.roleName = c.role;
        }
        r.byRoleLabel.set(phrase, b);
      }
      if (b.roleLabel === null) ev.push(EVIDENCE_ROLE_LABEL);
      b.strongPerson = true;
    }
    if (!b) {
      if (c.kind === 'organization' || c.kind === 'place') {
        b = p.folded.length === 1 ? (r.byOrgKey.get(orgKeyOf(p)) ?? null) : null;
        if (!b) b = r.orgOrPlace(p, ev);
      } else if (p.folded.length === 1) {
        b = r.single(p.folded[0], ev, addresses[i], i, titleOf(c)) ?? r.byOrgKey.get(orgKeyOf(p)) ?? null;
      }
    }
    keep(i);
    if (!b) continue;
    assigned[i] = b;
    b.lastMention = at[i];
    const address = addresses[i];
    if (b.addressForm === null && address !== 0 && fitsAddress(b, address)) {
      b.addressForm = c.role;
      if (b.address === 0) b.address = address;
    }
    if (b.surname !== null) r.lastBySurname.set(b.surname, b);
    if (c.kind !== null) b.kindVotes[KIND_INDEX[c.kind]] += c.label >= 0 ? 2 : 1;
    if (c.role !== null || c.label >= 0) {
      if (c.kind === 'person' || c.kind === null) b.strongPerson = true;
    }
    // A role used as a name adds its role, unless the actor is pinned (its role is given).
    if (c.role !== null && !isAddress(c) && !(roleAsName(c, p) && b.pinned) && !b.roles.includes(c.role)) r.addRole(b, c.role, i, p.folded.length >= 2 || c.label >= 0);
    const form = forms[i];
    if (!b.formSet.has(form)) {
      b.formSet.add(form);
      b.forms.push(form);
      if (c.label >= 0 && form === form.toUpperCase() && form !== form.toLowerCase()) b.hasCapsLabel = true;
    }
    if (c.label < 0) b.hasProse = true;
    if (b.first < 0) {
      b.first = at[i];
      b.firstItem = i;
    }
    b.count++;
    const found = evidenceOf[i];
    if (found !== null) for (const e of found) if (!b.evidence.includes(e)) b.evidence.push(e);
  }

  return assigned;
}

/** Case-sensitive, word-bounded occurrences of pinned names and aliases outside other names. */
function addPinnedOccurrences(text: string, r: Resolver, sorted: readonly NameCandidate[]): void {
  if (r.byAlias.size === 0) return;
  const taken: { start: number; end: number }[] = sorted.map((c) => ({ start: c.start, end: c.end }));
  const found: { start: number; end: number; b: Building; text: string }[] = [];
  let budget = 200;
  for (const b of r.buildings) {
    const p = b.pinned;
    if (!p) continue;
    const forms = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])];
    for (const f of forms) {
      if (typeof f !== 'string' || f.trim().length < 2 || budget-- <= 0) continue;
      const needle = f.trim();
      let from = 0;
      for (;;) {
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        from = at + needle.length;
        const end = at + needle.length;
        if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
        if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
        found.push({ start: at, end, b, text: needle });
      }
    }
  }
  if (found.length === 0) return;
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  taken.sort((x, y) => x.start - y.start);
  let ti = 0;
  let lastEnd = -1;
  for (const o of found) {
    while (ti < taken.length && taken[ti].end <= o.start) ti++;
    if (ti < taken.length && taken[ti].start < o.end) continue;
    if (o.start < lastEnd) continue;
    lastEnd = o.end;
    o.b.extra.push({ start: o.start, end: o.end, text: o.text });
    o.b.count++;
    o.b.hasProse = true;
    if (o.b.first < 0 || o.start < o.b.first) o.b.first = o.start;
    if (!o.b.formSet.has(o.text)) {
      o.b.formSet.add(o.text);
      o.b.forms.push(o.text);
    }
    if (!o.b.evidence.includes(EVIDENCE_PINNED)) o.b.evidence.push(EVIDENCE_PINNED);
  }
}

function kindOfBuilding(b: Building): ActorKind {
  if (b.pinned?.kind && KIND_INDEX[b.pinned.kind] !== undefined) return b.pinned.kind;
  if (b.strongPerson || b.surname !== null) return 'person';
  const v = b.kindVotes;
  let best = 0;
  for (let k = 1; k < 3; k++) if (v[k] > v[best]) best = k;
  return v[best] > 0 ? KINDS[best] : 'person';
}

/** The fullest mixed-case form; a form in capitals only is title-cased. */
function canonicalName(b: Building, kind: ActorKind): string {
  if (b.pinned) return b.pinned.name.trim();
  let best: string | null = null;
  let bestWords = -1;
  let bestCaps = true;
  for (const f of b.forms) {
    const words = f.split(/\s+/).filter((w) => w.length > 0);
    let n = words.length;
    if (kind !== 'person' && words.length > 1 && words[0].toLowerCase() === 'the') n--;
    // A role in place of a name (`THE FIRST LADY`) names the holder only when nothing else does.
    if (kind === 'person' && b.roleLabel === null && n > 1 && parseName(f).roleOnly) n = 0;
    const caps = f === f.toUpperCase() && f !== f.toLowerCase();
    // The fullest form (a caps label `PAUL WEBER` beats a bare `Weber`, title-cased below);
    // of equally full forms, mixed case beats capitals; then the first seen.
    const better = best === null || n > bestWords || (n === bestWords && bestCaps && !caps);
    if (better) {
      best = f;
      bestWords = n;
      bestCaps = caps;
    }
  }
  let name = best ?? 'Unknown';
  if (kind !== 'person' && /^the\s/i.test(name) && name.split(/\s+/).length > 1) name = name.replace(/^the\s+/i, '');
  if (bestCaps && kind === 'person') name = titleCase(name);
  if (bestCaps && kind !== 'person' && name.length > 5 && name.indexOf(' ') > 0) name = titleCase(name);
  if (b.roleLabel !== null && best !== null) name = titleCase(best);
  if (b.roleName !== null) name = b.roleName.charAt(0).toUpperCase() + b.roleName.slice(1);
  // Honorifics never head a canonical name (`MS. PSAKI` -> `Psaki`).
  const words = name.split(/\s+/);
  let s = 0;
  while (s < words.length - 1 && HONORIFICS.has(trimPunct(foldName(words[s])))) s++;
  return words.slice(s).join(' ');
}

/** What an actor is called and how it is described, before it gets its id. */
export interface ActorDraft {
  readonly name: string;
  readonly kind: ActorKind;
  /** The id before it is made unique among the actors (`vladimir-putin`). */
  readonly slug: string;
  readonly aliases: string[];
  readonly roles: string[];
  readonly evidence: string[];
  /** Folded name, and the form of each mention text so far (`\u0000label` for labels). */
  readonly fold: string;
  readonly forms: Map<string, MentionForm>;
}

/**
 * Drafts of the actors of `live` (the persons, organisations and places some name was
 * assigned to). People known only by a surname they share with someone else are named with
 * their form of address: `Mr. Bennet`, `Mrs. Bennet`.
 */
export function draftActors(live: readonly Building[]): ActorDraft[] {
  const bySurname = new Map<string, number>();
  for (const b of live) if (b.surname !== null) bySurname.set(b.surname, (bySurname.get(b.surname) ?? 0) + 1);
  const out: ActorDraft[] = [];
  for (const b of live) {
    const kind = kindOfBuilding(b);
    let name = canonicalName(b, kind);
    if (b.addressForm !== null && b.given.size === 0 && b.surname !== null && (bySurname.get(b.surname) ?? 0) > 1 && !b.pinned && name.indexOf(' ') < 0) {
      name = `${b.addressForm} ${name}`;
    } else if (b.kinTitle !== null && b.given.size === 0 && b.surname !== null && (bySurname.get(b.surname) ?? 0) > 1 && !b.pinned && name.indexOf(' ') < 0) {
      // Known by title and surname beside a namesake: `President Ames`.
      name = `${b.kinTitle} ${name}`;
    }
    const evidence = [...b.evidence];
    if (b.hasCapsLabel && b.hasProse && !evidence.includes(EVIDENCE_CAPS_LABEL)) evidence.push(EVIDENCE_CAPS_LABEL);
    const aliases: string[] = [];
    for (const f of b.forms) if (f !== name && !aliases.includes(f)) aliases.push(f);
    out.push({ name, kind, slug: slugify(name), aliases, roles: [...b.roles], evidence, fold: foldName(name), forms: new Map() });
  }
  return out;
}

/** `base`, or `base-2`, `base-3`... the first not in `used` (which takes it). */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

/** The form of a mention of `b` (drafted as `d`) by name `c`. */
export function mentionForm(c: NameCandidate, b: Building, d: ActorDraft): MentionForm {
  const text = c.label >= 0 ? '\u0000label' : stripPossessive(c.text);
  let form = d.forms.get(text);
  if (form === undefined) {
    form = formOf(text, c.label, d.kind, d.fold, b);
    d.forms.set(text, form);
  }
  return form;
}

function finish(r: Resolver, speakers: readonly SpeakerLabel[], sorted: readonly NameCandidate[], assigned: readonly (Building | null)[]): ActorResolution {
  const live = r.buildings.filter((b) => b.count > 0).sort((x, y) => x.first - y.first);
  const drafts = draftActors(live);
  const used = new Set<string>();
  const actors: Actor[] = [];
  /** Per live building: its id, its draft and its actor's mention list. */
  const info = new Map<Building, { id: string; draft: ActorDraft; list: Mention[] }>();
  for (let k = 0; k < live.length; k++) {
    const d = drafts[k];
    const id = uniqueId(d.slug, used);
    const list: Mention[] = [];
    info.set(live[k], { id, draft: d, list });
    actors.push({ id, name: d.name, kind: d.kind, aliases: d.aliases, roles: d.roles, mentions: list, evidence: d.evidence });
  }

  // Mentions in text order: the names are sorted, so each actor's list is too.
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  const labelActors: (string | null)[] = speakers.map(() => null);
  for (let i = 0; i < sorted.length; i++) {
    const b = assigned[i];
    if (!b) continue;
    const it = info.get(b);
    if (it === undefined) continue;
    const c = sorted[i];
    const m: Mention = { start: c.start, end: c.end, actor: it.id, form: mentionForm(c, b, it.draft) };
    mentions.push(m);
    it.list.push(m);
    if (c.roleSpan && c.role !== null && c.roleSpan.end > c.roleSpan.start) roles.push({ start: c.roleSpan.start, end: c.roleSpan.end, actor: it.id, role: c.role });
    if (c.label >= 0 && c.label < labelActors.length && !speakers[c.label].anonymous) labelActors[c.label] = it.id;
  }
  let extra = false;
  for (const b of live) {
    const it = info.get(b)!;
    for (const o of b.extra) {
      const m: Mention = { start: o.start, end: o.end, actor: it.id, form: 'alias' };
      mentions.push(m);
      it.list.push(m);
      extra = true;
    }
    if (b.extra.length > 0) it.list.sort((x, y) => x.start - y.start);
  }
  if (extra) mentions.sort((x, y) => x.start - y.start);
  roles.sort((x, y) => x.start - y.start);
  return { actors, mentions, roles, labelActors };
}

function formOf(text: string, label: number, kind: ActorKind, canonicalFold: string, b: Building): MentionForm {
  if (label >= 0) return 'label';
  if (b.pinned) {
    return aliasKey(text) === aliasKey(b.pinned.name) ? 'full' : 'alias';
  }
  if (kind !== 'person') return 'name';
  const p = parseName(text);
  if (p.folded.length <= 1) return 'surname';
  const f = p.folded.join(' ');
  if (f === canonicalFold) return 'full';
  const c = canonicalFold.split(' ');
  const sameKeys = vkey(p.folded[0]) === vkey(c[0]) && vkey(p.folded[p.folded.length - 1]) === vkey(c[c.length - 1]);
  const sameSpelling = stripPrefix(p.folded[0]) === stripPrefix(c[0]) && stripPrefix(p.folded[p.folded.length - 1]) === stripPrefix(c[c.length - 1]);
  return sameKeys && !sameSpelling ? 'variant' : 'full';
}

