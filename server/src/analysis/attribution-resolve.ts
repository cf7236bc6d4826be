/**
 * Who a description or a pronoun stands for, among the actors of the text.
 *
 * ```
 * Sergey Lavrov, Russia’s Foreign Minister, arrived. ... “Yes,” the Russian foreign minister said.
 *   -> the description matches the role `Russia’s Foreign Minister` -> sergey-lavrov
 * Mrs. Hale came in. “Sit down,” she said.   -> she -> the last woman named before: Mrs. Hale
 * ```
 */

import { isAsciiLetter } from './chars';
import { TITLES } from './lexicon-titles';
import { DESCRIPTION_NOISE, DETERMINERS } from './cues';
import type { Actor, Mention } from './model';
import { stripPossessive } from './attribution-tokens';
import { firstStartingAt } from './spans';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon-names';

/** Country names and the adjectives that mean the same for matching roles (`Russian` ~ `Russia’s`). */
const DEMONYMS: ReadonlyMap<string, string> = (() => {
  const pairs: [string, string[]][] = [
    ['afghanistan', ['afghan']], ['america', ['american', 'us', 'u.s', 'u.s.', 'usa', 'united']],
    ['argentina', ['argentine', 'argentinian']], ['australia', ['australian']], ['austria', ['austrian']],
    ['belgium', ['belgian']], ['brazil', ['brazilian']], ['britain', ['british', 'uk', 'u.k', 'u.k.', 'english', 'england']],
    ['canada', ['canadian']], ['china', ['chinese']], ['cuba', ['cuban']], ['denmark', ['danish']],
    ['egypt', ['egyptian']], ['europe', ['european', 'eu']], ['finland', ['finnish']], ['france', ['french']],
    ['germany', ['german']], ['greece', ['greek']], ['hungary', ['hungarian']], ['india', ['indian']],
    ['indonesia', ['indonesian']], ['iran', ['iranian']], ['iraq', ['iraqi']], ['ireland', ['irish']],
    ['israel', ['israeli']], ['italy', ['italian']], ['japan', ['japanese']], ['jordan', ['jordanian']],
    ['korea', ['korean']], ['lebanon', ['lebanese']], ['libya', ['libyan']], ['mexico', ['mexican']],
    ['netherlands', ['dutch']], ['nigeria', ['nigerian']], ['norway', ['norwegian']], ['pakistan', ['pakistani']],
    ['palestine', ['palestinian']], ['poland', ['polish']], ['portugal', ['portuguese']], ['qatar', ['qatari']],
    ['russia', ['russian']], ['saudi', ['saudi']], ['scotland', ['scottish', 'scots']], ['spain', ['spanish']],
    ['sweden', ['swedish']], ['switzerland', ['swiss']], ['syria', ['syrian']], ['turkey', ['turkish']],
    ['ukraine', ['ukrainian']], ['venezuela', ['venezuelan']], ['vietnam', ['vietnamese']], ['wales', ['welsh']],
    ['yemen', ['yemeni']],
  ];
  const m = new Map<string, string>();
  for (const [country, adjectives] of pairs) {
    m.set(country, country);
    for (const a of adjectives) m.set(a, country);
  }
  return m;
})();

const MALE_WORDS = new Set([
  'mr', 'mr.', 'mister', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'count', 'uncle', 'father',
  'brother', 'son', 'monsieur', 'm.', 'herr', 'señor', 'senor', 'signor', 'don', 'master', 'emperor', 'tsar',
  'czar', 'sultan', 'sheikh', 'pope', 'grandfather', 'husband', 'gentleman', 'man', 'boy', 'nephew', 'abbot',
  'friar', 'monk', 'squire', 'marquis', 'viscount',
  ...MALE_GIVEN_NAMES,
]);

const FEMALE_WORDS = new Set([
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'mme', 'mme.', 'mademoiselle', 'mlle', 'lady', 'dame',
  'queen', 'princess', 'duchess', 'countess', 'baroness', 'aunt', 'mother', 'sister', 'daughter', 'frau',
  'fräulein', 'señora', 'senora', 'señorita', 'signora', 'empress', 'grandmother', 'wife', 'woman', 'girl',
  'niece', 'nun', 'abbess', 'marchioness',
  ...FEMALE_GIVEN_NAMES,
]);

export type Gender = 'm' | 'f' | null;

/** Gendered words that are titles or kin, not given names: alone they may name anyone's relation. */
const TITLE_WORDS = new Set([
  'mr', 'mr.', 'mister', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'count', 'uncle', 'father', 'brother',
  'son', 'monsieur', 'm.', 'herr', 'master', 'man', 'boy', 'husband', 'gentleman', 'mrs', 'mrs.', 'ms', 'ms.', 'miss',
  'madam', 'madame', 'lady', 'dame', 'queen', 'princess', 'aunt', 'mother', 'sister', 'daughter', 'wife', 'woman', 'girl',
]);

/** Honorifics and first names tell a person's gender; null when they do not. */
export function genderOfActor(a: Actor, text: string): Gender {
  let m = 0;
  let f = 0;
  const forms = [a.name, ...a.aliases];
  for (const form of forms) {
    const first = firstWord(form);
    if (MALE_WORDS.has(first)) m++;
    else if (FEMALE_WORDS.has(first)) f++;
  }
  // The word written just before the first few mentions: Mr. Jones, Mrs Hale.
  const n = Math.min(a.mentions.length, 12);
  for (let k = 0; k < n; k++) {
    const at = a.mentions[k].start;
    const w = wordBefore(text, at);
    if (MALE_WORDS.has(w)) m++;
    else if (FEMALE_WORDS.has(w)) f++;
    else {
      // `Her husband, Omar,`: a kin word set off by a comma just before the name.
      const kin = apposedKin(text, at);
      if (kin === 'm') m++;
      else if (kin === 'f') f++;
    }
  }
  // Given names and honorifics weigh more than the pronouns that follow the name.
  m *= 3;
  f *= 3;
  const p = Math.min(a.mentions.length, 40);
  for (let k = 0; k < p; k++) {
    // `When I read her Rashidi's line about the parking attendant, she laughed`: after a
    // possessive, the pronoun is more often someone else, the subject of the sentence.
    if (possessiveAt(text, a.mentions[k].end)) continue;
    const g = pronounAfter(text, a.mentions[k].end);
    if (g === 'm') m++;
    else if (g === 'f') f++;
  }
  if (m > f) return 'm';
  if (f > m) return 'f';
  return null;
}

/** Nouns that tell the gender of an unnamed speaker (`said his wife`, `the old man answered`). */
const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = (() => {
  const m = new Map<string, 'm' | 'f'>();
  for (const w of ['man', 'gentleman', 'boy', 'lad', 'fellow', 'husband', 'father', 'son', 'brother', 'uncle', 'nephew',
    'grandfather', 'king', 'prince', 'lord', 'sir', 'master', 'parson', 'priest', 'monk', 'landlord', 'host', 'papa', 'dad',
    'squire', 'duke', 'earl', 'count', 'baron', 'gentlemen']) m.set(w, 'm');
  for (const w of ['woman', 'lady', 'girl', 'lass', 'wife', 'mother', 'daughter', 'sister', 'aunt', 'niece', 'grandmother',
    'queen', 'princess', 'mistress', 'landlady', 'hostess', 'widow', 'maid', 'nun', 'mamma', 'mama', 'mum', 'duchess',
    'countess', 'baroness', 'madam', 'madame', 'dame', 'female', 'matron', 'damsel', 'wench', 'bride']) m.set(w, 'f');
  return m;
})();

/** Nouns for people by what they do or are, beyond those of one sex and the titles (`the convict`, `a clerk`). */
const PERSON_NOUNS = new Set([
  'person', 'people', 'child', 'children', 'youth', 'stranger', 'voice', 'crowd', 'men', 'women', 'folk', 'folks', 'somebody', 'someone',
  'convict', 'prisoner', 'soldier', 'sailor', 'officer', 'clerk', 'servant', 'cook', 'driver', 'coachman', 'guard', 'waiter',
  'farmer', 'leader', 'artist', 'painter', 'lawyer', 'policeman', 'constable', 'student', 'teacher', 'newcomer', 'visitor',
  'guest', 'traveller', 'traveler', 'guide', 'porter', 'butler', 'footman', 'keeper', 'clergyman', 'surgeon', 'physician',
  'merchant', 'sheriff', 'deputy', 'private', 'trooper', 'scout', 'hunter', 'fisherman', 'shepherd', 'peasant', 'labourer',
  'laborer', 'workman', 'worker', 'boatman', 'innkeeper', 'shopkeeper', 'auctioneer', 'clerk', 'secretary', 'manager',
  'owner', 'tenant', 'neighbour', 'neighbor', 'friend', 'companion', 'cousin', 'spokesman', 'spokeswoman', 'spokesperson',
  'official', 'aide', 'diplomat', 'analyst', 'expert', 'witness', 'resident', 'source', 'reporter', 'journalist',
  'colleague', 'employee', 'staffer', 'insider', 'associate', 'ally', 'critic', 'supporter', 'moderator', 'panelist', 'panellist',
  'protester', 'protestor', 'voter', 'patient', 'passenger', 'pilot', 'nurse', 'matron', 'lady', 'maiden', 'doctor',
  'spaniard', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'dutchman', 'briton', 'dane', 'swede', 'finn', 'turk', 'scot', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'winger', 'batsman', 'bowler', 'pitcher', 'quarterback', 'rookie', 'veteran',
  'family', 'parent', 'constituent', 'villager', 'shopper', 'commuter', 'survivor', 'victim', 'relative',
  // trades and standings the news quotes
  'trustee', 'forecaster', 'engineer', 'scientist', 'economist', 'researcher', 'campaigner', 'activist', 'organiser', 'organizer',
  'adviser', 'advisor', 'consultant', 'contractor', 'investigator', 'prosecutor', 'barrister', 'solicitor', 'attorney',
  'firefighter', 'paramedic', 'headteacher', 'pupil', 'fan', 'player', 'coach', 'landlord', 'homeowner', 'evacuee', 'volunteer',
  'donor', 'shareholder', 'investor', 'trader', 'banker', 'historian', 'academic', 'lecturer', 'priest', 'imam', 'rabbi',
  'miner', 'builder', 'mechanic', 'cleaner', 'carer', 'midwife', 'pharmacist', 'inspector', 'negotiator', 'mediator',
]);

/** True when `w` names a person by sex, title, kin, trade or standing (`man`, `doctor`, `uncle`, `convict`), singular or plural. */
export function isPersonNoun(w: string): boolean {
  if (GENDERED_NOUNS.has(w) || TITLE_ROLE_WORDS.has(w) || PERSON_NOUNS.has(w) || TITLES.has(w)) return true;
  if (w.length > 3 && w.charCodeAt(w.length - 1) === 115) {
    // `families` -> `family`, `officials` -> `official`
    const one = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
    return GENDERED_NOUNS.has(one) || TITLE_ROLE_WORDS.has(one) || PERSON_NOUNS.has(one) || TITLES.has(one);
  }
  return false;
}

/** Words that end the head of a description: `the man with the basket` -> `man`. */
export const DESCRIPTION_STOPS: ReadonlySet<string> = new Set(['with', 'of', 'in', 'at', 'from', 'on', 'who', 'whose', 'that', 'which', 'by', 'to', 'for']);

/** The gender a description of a person shows by its head noun (`his wife` -> f); null when none. */
export function descriptionGender(words: readonly string[]): Gender {
  return GENDERED_NOUNS.get(descriptionHead(words)) ?? null;
}

/** The head noun of a description: its last word before `with`, `of`, `who`... (`the man with the basket` -> man). */
export function descriptionHead(words: readonly string[]): string {
  let head = '';
  for (const w of words) {
    if (DESCRIPTION_STOPS.has(w)) break;
    head = w;
  }
  return head;
}

/** How far after a name the pronoun that may stand for it is looked for, in characters. */
const PRONOUN_AFTER_CHARS = 80;

/**
 * The gender of the first `he` / `his` / `she` / `herself` after a name in the same clause of
 * narration (`Basil turned round, and his face...`); null when another name, a quotation mark
 * or the sentence's end comes first.
 */
/** `'s` or `’s` (or a lone apostrophe after an s) right at `at`, or `at` just after one. */
function possessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x2019) {
    if (text.charCodeAt(at + 1) === 115 && !isAsciiLetter(text.charCodeAt(at + 2))) return true;
    if (text.charCodeAt(at - 1) === 115 && !isAsciiLetter(text.charCodeAt(at + 1))) return true;
  }
  const p = text.charCodeAt(at - 2);
  return text.charCodeAt(at - 1) === 115 && (p === 0x27 || p === 0x2019);
}

export function pronounAfter(text: string, from: number): Gender {
  const end = Math.min(text.length, from + PRONOUN_AFTER_CHARS);
  let k = from;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 34 || c === 0x201c || c === 0x201d) return null;
    if (!isAsciiLetter(c)) {
      k++;
      continue;
    }
    const b = k;
    while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
    if (c >= 65 && c <= 90 && k - b > 1) return null;
    const w = text.slice(b, k);
    if (w === 'he' || w === 'his' || w === 'himself') return 'm';
    if (w === 'she' || w === 'herself') return 'f';
  }
  return null;
}

/**
 * The gender one mention shows by itself: an honorific or a first name written with it
 * (`Mrs. Hale`, `Mr Hale`, `John Hale`); null when it shows none. More reliable than the actor's
 * gender when one surname covers a family.
 */
export function genderOfMention(text: string, start: number, end: number): Gender {
  // Not a given name before the mention: one the mention left out (`Edith | Quell`) may
  // belong to someone else than the actor the surname was given to.
  const before = wordBefore(text, start);
  if (!MALE_GIVEN_NAMES.has(before) && !FEMALE_GIVEN_NAMES.has(before)) {
    if (MALE_WORDS.has(before)) return 'm';
    if (FEMALE_WORDS.has(before)) return 'f';
  }
  let k = start;
  while (k < end && k - start < 20 && isAsciiLetter(text.charCodeAt(k))) k++;
  const first = text.slice(start, k).toLowerCase();
  if (MALE_WORDS.has(first) && (k < end || !TITLE_WORDS.has(first))) return 'm';
  if (FEMALE_WORDS.has(first) && (k < end || !TITLE_WORDS.has(first))) return 'f';
  return null;
}

function firstWord(s: string): string {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) !== 32) k++;
  return s.slice(0, k).toLowerCase();
}

/** How many of a person's first mentions are read for a title written before the name. */
export const TITLED_MENTIONS = 12;

/**
 * The words a description uses for the titles written before a person's first names: Dr. Halloran
 * is `the doctor`, Captain Ostrowski `the captain` (in the order of the mentions, repeated).
 */
export function titleRoles(actor: Actor, text: string): string[] {
  const out: string[] = [];
  const n = Math.min(actor.mentions.length, TITLED_MENTIONS);
  for (let k = 0; k < n; k++) {
    const w = wordBefore(text, actor.mentions[k].start);
    const t = TITLE_ROLES.get(w.endsWith('.') ? w.slice(0, -1) : w);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** The sex of a kin or person word written right before `at` with a comma between (`her husband, Omar`), else null. */
function apposedKin(text: string, at: number): Gender {
  let k = at - 1;
  if (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 1 || text.charCodeAt(k) !== 44) return null;
  const w = wordBefore(text, k);
  if (!TITLE_WORDS.has(w) || w.endsWith('.')) return null;
  return MALE_WORDS.has(w) ? 'm' : FEMALE_WORDS.has(w) ? 'f' : null;
}

function wordBefore(text: string, at: number): string {
  let k = at - 1;
  const stop = at - 20;
  while (k >= 0 && k > stop && text.charCodeAt(k) === 32) k--;
  const e = k + 1;
  if (k >= 0 && text.charCodeAt(k) === 46) k--;
  let n = 0;
  while (k >= 0 && n < 12 && isAsciiLetter(text.charCodeAt(k))) {
    k--;
    n++;
  }
  return text.slice(k + 1, e).toLowerCase();
}

/** `iranian`, `russian`, `u.s.`: a word for a country's people or things (a description with one is of someone in particular). */
export function isDemonym(w: string): boolean {
  if (w.length <= 3 || w === 'united') return false;
  const c = DEMONYMS.get(w);
  return c !== undefined && c !== w;
}

/** Normalises a word of a role or description: lower case, no possessive, countries for demonyms. */
export function roleWord(w: string): string {
  const s = stripPossessive(w.toLowerCase());
  return DEMONYMS.get(s) ?? s;
}

/** The words of a role or name that matter for matching (`Russia’s Foreign Minister` -> russia foreign minister). */
export function roleWords(s: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < s.length) {
    while (k < s.length && !isWordChar(s.charCodeAt(k))) k++;
    const b = k;
    while (k < s.length && (isWordChar(s.charCodeAt(k)) || ((s.charCodeAt(k) === 0x27 || s.charCodeAt(k) === 0x2019 || s.charCodeAt(k) === 46) && k + 1 < s.length && isWordChar(s.charCodeAt(k + 1))))) k++;
    if (k > b) {
      const w = roleWord(s.slice(b, k));
      if (!DETERMINERS.has(w) && !DESCRIPTION_NOISE.has(w) && w !== 'of' && w !== 'for' && w !== 'and') out.push(w);
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);
}

/** Titles written before a name, with the word a description uses for the same person. */
const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ['dr', 'doctor'], ['doctor', 'doctor'], ['capt', 'captain'], ['captain', 'captain'], ['col', 'colonel'],
  ['colonel', 'colonel'], ['gen', 'general'], ['general', 'general'], ['prof', 'professor'], ['professor', 'professor'],
  ['rev', 'reverend'], ['reverend', 'reverend'], ['sgt', 'sergeant'], ['sergeant', 'sergeant'], ['lt', 'lieutenant'],
  ['lieutenant', 'lieutenant'], ['maj', 'major'], ['major', 'major'], ['adm', 'admiral'], ['admiral', 'admiral'],
  ['gov', 'governor'], ['governor', 'governor'], ['sen', 'senator'], ['senator', 'senator'], ['insp', 'inspector'],
  ['inspector', 'inspector'], ['det', 'detective'], ['detective', 'detective'], ['judge', 'judge'], ['parson', 'parson'],
  ['squire', 'squire'], ['nurse', 'nurse'], ['president', 'president'], ['chancellor', 'chancellor'],
  // Kin written as a title: Uncle John is `uncle` to those who call him so.
  ['uncle', 'uncle'], ['aunt', 'aunt'], ['auntie', 'aunt'], ['cousin', 'cousin'], ['grandpa', 'grandfather'],
  ['granny', 'grandmother'], ['grandma', 'grandmother'],
]);

/** The words descriptions use for titles (`doctor`, `captain`, `uncle`). */
export const TITLE_ROLE_WORDS: ReadonlySet<string> = new Set(TITLE_ROLES.values());

/**
 * Finds the actor a description names, by the words of its roles and its name. Built once per
 * text on first use; each look-up reads only the actors that share the description's last word.
 */
export class DescriptionIndex {
  private readonly byWord: Map<string, number[]>;
  private readonly wordSets: Set<string>[];
  /** The titles read before each person's names (`titleRoles`, joined by commas), by actor id; none when empty. */
  readonly titles: ReadonlyMap<string, string>;

  /**
   * With `earlier`, the index before an edit, an actor for which `holds` (given the actor as it
   * was) keeps the words it had there.
   */
  constructor(
    private readonly actors: readonly Actor[],
    text = '',
    same: DescriptionIndex | null = null,
    earlier: DescriptionIndex | null = null,
    holds: ((before: Actor, now: Actor) => boolean) | null = null,
  ) {
    if (same !== null) {
      this.byWord = same.byWord;
      this.wordSets = same.wordSets;
      this.titles = same.titles;
      return;
    }
    this.byWord = new Map<string, number[]>();
    this.wordSets = [];
    const titles = new Map<string, string>();
    let at: Map<string, number> | null = null;
    if (earlier !== null && holds !== null) {
      at = new Map<string, number>();
      for (let k = 0; k < earlier.actors.length; k++) at.set(earlier.actors[k].id, k);
    }
    for (let a = 0; a < actors.length; a++) {
      const actor = actors[a];
      const k = at === null ? undefined : at.get(actor.id);
      let set: Set<string>;
      if (k !== undefined && holds!(earlier!.actors[k], actor)) {
        set = earlier!.wordSets[k];
        const t = earlier!.titles.get(actor.id);
        if (t !== undefined) titles.set(actor.id, t);
      } else set = this.wordsOf(actor, text, titles);
      this.wordSets.push(set);
      for (const w of set) {
        const list = this.byWord.get(w);
        if (list) list.push(a);
        else this.byWord.set(w, [a]);
      }
    }
    this.titles = titles;
  }

  /** The words that describe an actor: of its roles, and of a person's names and titles (noted in `titles`). */
  private wordsOf(actor: Actor, text: string, titles: Map<string, string>): Set<string> {
    const set = new Set<string>();
    for (const r of actor.roles) for (const w of roleWords(r)) set.add(w);
    if (actor.kind === 'person') {
      for (const w of roleWords(actor.name)) set.add(w);
      for (const al of actor.aliases) for (const w of roleWords(al)) set.add(w);
      const t = text.length > 0 ? titleRoles(actor, text) : [];
      for (const w of t) set.add(w);
      if (t.length > 0) titles.set(actor.id, t.join(','));
    } else if (actor.kind === 'organization') for (const w of organisationWords(actor.name)) set.add(w);
    return set;
  }

  /**
   * The same index over `actors`, which the caller knows to be the same actors in the same
   * order, with the same kinds, names, aliases, roles and titles, their mentions moved by an
   * edit; null when the ids say otherwise.
   */
  moved(actors: readonly Actor[]): DescriptionIndex | null {
    const old = this.actors;
    if (old.length !== actors.length) return null;
    for (let k = 0; k < old.length; k++) if (old[k].id !== actors[k].id || old[k].kind !== actors[k].kind) return null;
    return new DescriptionIndex(actors, '', this);
  }

  /**
   * The actor whose role or name holds every word of the description (at least its last word
   * must be there); among several, the one mentioned last before `before`.
   */
  find(words: readonly string[], before: number): Actor | null {
    if (words.length === 0) return null;
    const head = words[words.length - 1];
    const candidates = this.byWord.get(head);
    if (!candidates) return null;
    let best: Actor | null = null;
    let bestLast = -2;
    for (const a of candidates) {
      const set = this.wordSets[a];
      let all = true;
      for (const w of words) {
        if (!set.has(w)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      const last = lastMentionBefore(this.actors[a].mentions, before);
      if (last > bestLast) {
        best = this.actors[a];
        bestLast = last;
      }
    }
    return best;
  }
}

/**
 * The words a description uses for an organisation: those of its name (`the housing trust`,
 * `the trust` for Greywater Housing Trust; `the ministry` for the Ministry of Water), and what
 * its name says it is (`the utility` for Cascade Ridge Power, `the club` for Kelvardine
 * Athletic, `the company` or `the firm` for Halden Freight Ltd).
 */
export function organisationWords(name: string): string[] {
  const words = roleWords(name);
  if (words.length === 0) return words;
  const kinds = ORGANISATION_KINDS.get(words[words.length - 1]);
  return kinds === undefined ? words : [...words, ...kinds];
}

const UTILITY = ['utility', 'company', 'firm', 'supplier'];
const FIRM = ['company', 'firm'];
const CLUB = ['club'];
/** The last word of an organisation's name, and the words that say what it is. */
const ORGANISATION_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['power', UTILITY], ['energy', UTILITY], ['electric', UTILITY], ['electricity', UTILITY], ['gas', UTILITY], ['water', UTILITY], ['utilities', UTILITY],
  ['ltd', FIRM], ['limited', FIRM], ['plc', FIRM], ['inc', FIRM], ['corp', FIRM], ['corporation', FIRM], ['llc', FIRM], ['gmbh', FIRM], ['ag', FIRM],
  ['group', FIRM], ['holdings', FIRM], ['industries', FIRM], ['enterprises', FIRM], ['motors', FIRM], ['logistics', FIRM], ['freight', FIRM], ['mining', FIRM],
  ['docks', FIRM], ['shipping', FIRM], ['systems', FIRM], ['technologies', FIRM], ['pharmaceuticals', FIRM], ['foods', FIRM], ['construction', FIRM],
  ['bank', ['lender', ...FIRM]], ['airlines', ['airline', 'carrier', ...FIRM]], ['airways', ['airline', 'carrier', ...FIRM]], ['insurance', ['insurer', ...FIRM]],
  ['athletic', CLUB], ['united', CLUB], ['fc', CLUB], ['rovers', CLUB], ['wanderers', CLUB], ['albion', CLUB], ['hotspur', CLUB],
]);

/** Start of the actor's last mention before `pos`, or -1. */
export function lastMentionBefore(mentions: readonly Mention[], pos: number): number {
  const i = firstStartingAt(mentions, pos);
  return i > 0 ? mentions[i - 1].start : -1;
}
