/** The actors being built and the look-ups that find a name's actor (`Resolver`): full names, surnames and given names, namesakes and kin told apart by address, sex and title, organisations and places. */
import type { PinnedActor } from './model';
import { TITLES } from './lexicon-titles';
import { titleFit } from './actor-kin';
import { FEMALE_GIVEN_NAMES, FIRST_NAMES, MALE_GIVEN_NAMES } from './lexicon-names';
import { NAME_PARTICLES } from './lexicon-words';
import { aloneNickname, nicknameEvidence, nicknameNamesake } from './actor-nicknames';
import { type Building, type Parsed, vkey, parseName, orgKey, aliasKey, stripPrefix, surnameKeyOf, orgKeyOf, roleKeyWords, phraseKeyWord, holdsRole } from './actor-forms';

export const EVIDENCE_SURNAME = 'same surname in this file';
export const EVIDENCE_SHORT_FORM = 'first word of the organisation\'s name in this file';
export const EVIDENCE_GIVEN_NAME = 'same given name in this file';
export const EVIDENCE_MIDDLE_NAME = 'a middle name of the one person with it';
export const EVIDENCE_VARIANT = 'spelling variant';
export const EVIDENCE_ABBREVIATION = 'known abbreviation';

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
    // The names between the first and the last of a name of four words or more (`Nunes` of
    // `Tiago Amaral Nunes da Rocha`), kept apart from given names: a word alone read as a
    // person's that nobody has as surname or given name. Not of three (`Corin` of `Marta
    // Corin Vale` is her son's given name).
    for (let i = 1; n >= 4 && i < n - 1; i++) {
      const w = p.folded[i];
      if (w.length < 3 || NAME_PARTICLES.has(w) || FIRST_NAMES.has(w)) continue;
      const mk = middleKey(vkey(w));
      if (!b.given.has(mk)) {
        b.given.set(mk, this.phase);
        push(this.byGiven, mk, b);
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
      // `Jack Reed` after `John Reed`: a nickname of the one given name with that surname.
      const nick = nicknameNamesake(list, p.folded[0], (b) => b.givenSpellings.values());
      if (nick !== null) {
        evidence.push(nicknameEvidence(nick.full));
        this.registerPerson(nick.b, p);
        return this.noteSpelling(nick.b, p, evidence);
      }
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

  /**
   * A given name read alone before a name of unknown kind gave it a surname (`Thank you, Nora.`
   * before `NORA HALVORSEN` joined `MS. HALVORSEN:`): no person of its own, but the given name
   * of that person (the one with it), unless it came with a title or a form of address.
   */
  releaseGiven(p: Parsed): void {
    if (p.folded.length !== 2) return;
    const k = givenKeyOf(p);
    const list = this.bySurname.get(k);
    const holders = this.byGiven.get(k);
    if (!list || list.length !== 1 || !holders || holders.length !== 1) return;
    const x = list[0];
    if (x.given.size > 0 || x.address !== 0 || x.titles.length > 0 || x.kinTitle !== null || x.pinned) return;
    this.bySurname.delete(k);
  }

  /**
   * The one role used as a name so far that is `phrase` with one word before it
   * (`british prime minister` for `prime minister`), known by no name; null when none or several.
   */
  widerRoleLabel(phrase: string): Building | null {
    if (this.byRoleLabel.size === 0) return null;
    let one: Building | null = null;
    for (const [k, b] of this.byRoleLabel) {
      if (k.length <= phrase.length + 1 || !k.endsWith(phrase) || k.charCodeAt(k.length - phrase.length - 1) !== 32) continue;
      if (k.lastIndexOf(' ', k.length - phrase.length - 2) >= 0 || b.roleLabel !== k) continue;
      if (one !== null && one !== b) return null;
      one = b;
    }
    return one;
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
  single(word: string, evidence: string[], address: number, item: number, title: string | null = null, middleName = false): Building | null {
    const k = vkey(word);
    const list = this.bySurname.get(k);
    if (list && list.length > 0) {
      let b: Building | null = list.length === 1 ? list[0] : (this.lastBySurname.get(k) ?? list[0]);
      // `Mrs. Pell` is not the `Mr. Pell` named last: the last one addressed alike.
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
    const given = this.countGiven(k, false, item);
    if (given.n === 1) {
      if (given.one !== null) evidence.push(EVIDENCE_GIVEN_NAME);
      return given.one;
    }
    const nick = given.n === 0 ? this.nicknameAlone(word, false, item) : null;
    if (nick !== null) evidence.push(nicknameEvidence(nick.full));
    if (nick !== null || given.n > 0 || !middleName) return nick?.b ?? null;
    const middle = this.countGiven(middleKey(k), false, item);
    if (middle.n === 1 && middle.one !== null) evidence.push(EVIDENCE_MIDDLE_NAME);
    return middle.n === 1 ? middle.one : null;
  }

  /** When nobody has the word as given name (`countGiven` counted none): the one person it is a nickname of. */
  nicknameAlone(word: string, early: boolean, item: number): { b: Building; full: string } | null {
    return aloneNickname(word, (full) => this.countGiven(vkey(full), early, item));
  }

  /**
   * How many persons have the given-name key `k` (0, 1, or 2 for more; those added by pass 1
   * when `early`), and the one when there is exactly one known here (null when it lies outside
   * what this pass reads).
   */
  countGiven(k: string, early: boolean, item: number): { n: number; one: Building | null } {
    const list = this.byGiven.get(k);
    let n = list === undefined ? 0 : list.length;
    let one = n === 1 ? list![0] : null;
    if (this.outside !== null && n < 2) {
      const o = this.outside.given(k, early);
      if (o.count > 0) {
        n = this.addOutside(n, o);
        one = null;
      }
    }
    if (this.reads !== null) this.reads.push({ item, kind: early ? READ_EARLY : READ_LATE, key: k, count: Math.min(n, 2) });
    return { n: Math.min(n, 2), one: n === 1 ? one : null };
  }

  /**
   * `n` holders found here plus the `o.count` outside what this pass reads; when the only
   * holder lies outside, it is pulled in (the pass then reads it too).
   */
  private addOutside(n: number, o: Outside): number {
    if (n === 0 && o.count === 1 && o.one !== null) this.pulled.push(o.one);
    return n + o.count;
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
        n = this.addOutside(n, o);
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
export function fitsAddress(b: Building, address: number): boolean {
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

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function givenKeyOf(p: Parsed): string {
  return (p.givenKey ??= vkey(p.folded[0]));
}

/** Key of a name written between the first and the last of a full name (apart from given-name keys). */
export function middleKey(k: string): string {
  return '\u0001' + k;
}
