/**
 * Kinds of names from the words themselves: lexicon places and organisations, head words
 * (`Council`, `River`), demonyms, and the shapes of words that are no names.
 */
import type { ActorKind } from './model';
import { ALONE_NON_NAMES, CALENDAR, NON_NAMES, STOPWORDS } from './lexicon-words';
import { GROUP_NOUNS, HONORIFICS, ROLE_MODIFIERS, TITLES } from './lexicon-titles';
import { CITIES, COUNTRIES, DEMONYMS, PLACE_HEADS, PLACE_PREFIXES, REGIONS } from './lexicon-places';
import { NON_ACTOR_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, ORGANIZATIONS, PLACE_ACRONYMS } from './lexicon-orgs';
import { FIRST_NAMES } from './lexicon-names';
import { F_ALLCAPS, F_AMP, F_DOTTED, F_POSS, F_HYPHEN, F_INITIAL, F_LOWER, F_PREFIXED, G_NONE, hashSet, hashWord, HashTable, isApostrophe, setWordClassifier, type HashSet, type Tokens } from './name-tokens';

// ---------------------------------------------------------------------------------------
// Lexicon lookups. Entries are compared in the form a token sequence gives: lower case,
// one space between words, without the period that ends an abbreviation (`u.s`, `st louis`).

export function normalised(...sets: ReadonlySet<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sets) {
    for (const e of s) out.add(e.replace(/,/g, '').replace(/\.(?= |$)/g, ''));
  }
  return out;
}

export const LEX_PLACES = normalised(COUNTRIES, CITIES, REGIONS);
export const LEX_ORGS = normalised(ORGANIZATIONS);
/** Cities: named after people often enough (`Florence`, `Charlotte`) to be one where only a person can be. */
export const LEX_CITIES = normalised(CITIES);
export const LEX_PLACE_ACRONYMS = normalised(PLACE_ACRONYMS);
export const LEX_DEMONYMS = normalised(DEMONYMS);
export const LEX_PLACE_HEADS = normalised(PLACE_HEADS);
export const LEX_PLACE_PREFIXES = normalised(PLACE_PREFIXES);
export const LEX_NON_ACRONYMS = normalised(NON_ORG_ACRONYMS);

/** Hashes of every entry of the three lists `lexiconKind` reads (most words asked are none of them). */
const H_LEX_ENTRIES = hashSet([...LEX_PLACE_ACRONYMS, ...LEX_ORGS, ...LEX_PLACES]);

/** Kind of a lexicon entry (`moscow` -> place, `the kremlin`/`kremlin` -> organisation). */
export function lexiconKind(key: string): ActorKind | null {
  // A key no entry hashes to is no entry: one pass over its characters, no set looked up.
  if (!H_LEX_ENTRIES.has(hashWord(key))) return null;
  if (LEX_PLACE_ACRONYMS.has(key)) return 'place';
  if (LEX_ORGS.has(key)) return 'organization';
  if (LEX_PLACES.has(key)) return 'place';
  return null;
}



/** A speaker label's role that is only a known place (`NORA VANCE VIENNA`): where a reporter signs off from, a mention of that place, no role. */
export function isSignOffPlace(role: string | null): boolean {
  return role !== null && lexiconKind(role.toLowerCase()) === 'place';
}

/** Verbs of saying after a name: the name is a person (`Lavrov said`). */
export const SPEECH_VERBS = new Set(
  `said says told tells added asked asks explained explains noted insisted stated warned warns
  argued replied wrote writes tweeted declared announced claimed commented recalled recalls admitted
  acknowledged denied urged suggested continued concluded answered responded remarked observed
  believes thinks thought knew knows wants wanted laughed smiled nodded`.split(/\s+/),
);

/** Verbs of saying that put the speaker after them: `“...,” said Lindqvist`, `replied Kitty`. */
export const INVERTED_CUES = new Set(
  `said says asked asks added adds replied replies answered answers continued explained cried exclaimed
  whispered shouted muttered murmured observed returned remarked repeated insisted interrupted
  retorted responded rejoined resumed sighed laughed screamed`.split(/\s+/),
);

/** Endings of English common nouns and adjectives, rare in personal names. */
export const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ics|ogy|ence|ency|ance|ship|ism|ist|ery|ory|ure|ive|ous|ful|less|able|ible|ical|ing|ings|ers|ors|ies)$/;

/** Lower-case adjectives that qualify an occupation: `political activist`, `presidential candidate`. */
export const ADJECTIVE_ENDING = /(?:al|ial|ical|ary|ic|ian|ish|ese)$/;

/** Surname endings of several languages (Slavic, Greek, Armenian, Germanic patronymics). */
export const SURNAME_ENDING = /(?:ov|ova|ev|eva|sky|ski|ska|skaya|vich|vic|ovic|evic|enko|chuk|escu|opoulos|akis|idis|yan|stein|mann|sson|dottir)$/;

/** Nouns after a surname that make it a leader's name: `the Bush administration`. */
export const LEADER_NOUNS = new Set(['administration', 'presidency', 'campaign', 'regime', 'era', 'government', 'cabinet', 'doctrine']);

/** Kin and entourage after a possessive: `Trump’s wife`, `George’s brother`. */
export const KIN_NOUNS = new Set(
  'wife husband son daughter father mother brother sister family children kids parents widow uncle aunt cousin nephew niece grandson granddaughter grandfather grandmother friend friends neighbor neighbour neighbors neighbours colleague colleagues partner lawyer lawyers aides staff fixer driver translator interpreter guide bodyguard boss landlord landlady teacher nurse housekeeper'.split(
    ' ',
  ),
);

export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'our', 'my', 'your']);

/** Words right after a single name that mostly follow a person. */
export const VERBS_AFTER_PERSON = new Set(['himself', 'herself', 'personally', 'came', 'died', 'resigned', 'married', 'spoke', 'met']);

/** Words that open an appositive and may begin a role after a comma. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Connectors allowed inside a role after a name (`director of the Center at the Institute`). */
export const ROLE_CONNECTORS = new Set(['of', 'for', 'at', 'on', 'and', 'to', 'the', 'in', 'with']);

// ---------------------------------------------------------------------------------------
// Word classes: the lists a token's key is in, as bits (`Tokens.classes`), so that the finder
// tests a bit where it would look the key up in several sets. Each bit is exactly the set
// look-up named beside it.

export const W_STOP = 1; // STOPWORDS
export const W_CALENDAR = 2; // CALENDAR
export const W_NON_NAME = 4; // NON_NAMES
export const W_TITLE = 8; // TITLES
export const W_HONORIFIC = 16; // HONORIFICS
export const W_ORG_HEAD = 32; // ORG_HEADS
export const W_PLACE_HEAD = 64; // LEX_PLACE_HEADS
export const W_DEMONYM = 128; // LEX_DEMONYMS
/** A demonym and `s` (`Afghans`): LEX_DEMONYMS holds the key less its last letter `s`. */
export const W_DEMONYM_S = 256;
export const W_NON_ACTOR_HEAD = 512; // NON_ACTOR_HEADS
export const W_FIRST_NAME = 1024; // FIRST_NAMES
export const W_GROUP_NOUN = 2048; // GROUP_NOUNS
export const W_ROLE_MODIFIER = 4096; // ROLE_MODIFIERS
export const W_INSTITUTION = 8192; // isInstitutionWord
export const W_LEX_PLACE = 16384; // lexiconKind: 'place'
export const W_LEX_ORG = 32768; // lexiconKind: 'organization'
export const W_PLACE_PREFIX = 65536; // LEX_PLACE_PREFIXES

/** The class bits of a key. */
export function classesOf(k: string): number {
  let c = 0;
  if (STOPWORDS.has(k)) c |= W_STOP;
  if (CALENDAR.has(k)) c |= W_CALENDAR;
  if (NON_NAMES.has(k)) c |= W_NON_NAME;
  if (TITLES.has(k)) c |= W_TITLE;
  if (HONORIFICS.has(k)) c |= W_HONORIFIC;
  if (ORG_HEADS.has(k)) c |= W_ORG_HEAD;
  if (LEX_PLACE_HEADS.has(k)) c |= W_PLACE_HEAD;
  if (LEX_DEMONYMS.has(k)) c |= W_DEMONYM;
  if (k.endsWith('s') && LEX_DEMONYMS.has(k.slice(0, -1))) c |= W_DEMONYM_S;
  if (NON_ACTOR_HEADS.has(k)) c |= W_NON_ACTOR_HEAD;
  if (FIRST_NAMES.has(k)) c |= W_FIRST_NAME;
  if (GROUP_NOUNS.has(k)) c |= W_GROUP_NOUN;
  if (ROLE_MODIFIERS.has(k)) c |= W_ROLE_MODIFIER;
  if (isInstitutionWord(k)) c |= W_INSTITUTION;
  const lex = lexiconKind(k);
  if (lex === 'place') c |= W_LEX_PLACE;
  else if (lex === 'organization') c |= W_LEX_ORG;
  if (LEX_PLACE_PREFIXES.has(k)) c |= W_PLACE_PREFIX;
  return c;
}

/** Hashes of every key with some class: the words of the lists, with `s` for the plural rules, and the lexicon entries. */
function classWords(): HashSet {
  const words: string[] = [];
  for (const set of [STOPWORDS, CALENDAR, NON_NAMES, TITLES, HONORIFICS, ORG_HEADS, LEX_PLACE_HEADS, LEX_DEMONYMS, NON_ACTOR_HEADS, FIRST_NAMES, GROUP_NOUNS, ROLE_MODIFIERS, LEX_PLACE_PREFIXES, LEX_PLACE_ACRONYMS, LEX_ORGS, LEX_PLACES]) {
    for (const w of set) words.push(w);
  }
  // `Afghans` (W_DEMONYM_S) and the plurals `isInstitutionWord` takes (`Senators`, `Councils`).
  for (const set of [TITLES, ORG_HEADS, LEX_PLACE_HEADS, ROLE_MODIFIERS, LEX_DEMONYMS]) {
    for (const w of set) words.push(w + 's');
  }
  return hashSet(words);
}

setWordClassifier({ of: classesOf, words: classWords() });

/** Hashes of the first words of lexicon entries; the longest entry, in words. */
export let LEX_MAX_WORDS = 1;
const lexFirst: number[] = [];
for (const set of [LEX_PLACE_ACRONYMS, LEX_ORGS, LEX_PLACES]) {
  for (const e of set) {
    const words = e.split(' ');
    lexFirst.push(hashWord(words[0]));
    if (words.length > LEX_MAX_WORDS) LEX_MAX_WORDS = words.length;
  }
}
export const LEX_FIRST_WORDS: HashSet = new HashTable(lexFirst);
export const H_TITLES = hashSet(TITLES);
export const H_FIRST_NAMES = hashSet(FIRST_NAMES);
export const H_ORG_HEADS = hashSet(ORG_HEADS);

export function hasOfBefore(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (t.has(i, F_LOWER) && (t.key(i) === 'of' || t.key(i) === 'for' || t.key(i) === 'on')) return true;
  return false;
}

/** A title, head word, role modifier or demonym, or its plural: `Senators`, `Republican`, `Hall`. */
export function isInstitutionWord(k: string): boolean {
  const sing = k.endsWith('s') ? k.slice(0, -1) : k;
  for (const w of sing === k ? [k] : [k, sing]) {
    if (TITLES.has(w) || ORG_HEADS.has(w) || LEX_PLACE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || LEX_DEMONYMS.has(w)) return true;
  }
  return false;
}

/** `the Joneses’ house`: a plural with a possessive mark, a family or group, not an organisation. */
export function isPluralPossessive(text: string, t: Tokens, i: number): boolean {
  const e = t.end[i];
  return (text.charCodeAt(e - 1) | 32) === 115 && e < text.length && isApostrophe(text.charCodeAt(e));
}

/** `F.`, `O.J.`: an initial or initials, not a known abbreviation like `U.S.`. */
export function isInitialLike(t: Tokens, i: number): boolean {
  if (t.has(i, F_INITIAL)) return true;
  if (!t.has(i, F_DOTTED) || !t.has(i, F_ALLCAPS)) return false;
  const k = t.key(i);
  return k.length <= 5 && lexiconKind(k) === null;
}

/**
 * A lower-case word after `the X` that reads as the noun X qualifies (`the Harbourside
 * cocktail`), not as a verb (`the Kremlin agreed`, `the Onion is`).
 */
export function isNounLike(t: Tokens, i: number): boolean {
  const k = t.key(i);
  if (STOPWORDS.has(k) || SPEECH_VERBS.has(k)) return false;
  if (k.endsWith('ed') || (k.endsWith('s') && !k.endsWith('ss'))) return false;
  return true;
}

export function isShout(t: Tokens, i: number): boolean {
  return t.has(i, F_ALLCAPS) && !t.has(i, F_DOTTED);
}

export function isConnectorWord(t: Tokens, i: number): boolean {
  if (t.has(i, F_AMP)) return true;
  if (!t.has(i, F_LOWER)) return false;
  return true;
}

/** Hashes of the words `isDroppable` looks up (most capitalised words are none: no key made for them). */
export const H_DROPPABLE = hashSet([...STOPWORDS, ...CALENDAR, ...NON_NAMES, ...ALONE_NON_NAMES]);
const H_ALONE_NON_NAMES = hashSet(ALONE_NON_NAMES);

/** A word that never starts or ends a name: `The`, `However`, `Tuesday`, `I`. */
export function isDroppable(t: Tokens, i: number): boolean {
  if (!t.isCap(i) || !H_DROPPABLE.has(t.hash[i])) return false;
  // `US`, `IT`, `WHO` in capitals are acronyms, not the function words.
  if (t.has(i, F_ALLCAPS)) return (t.classes(i) & (W_CALENDAR | W_NON_NAME)) !== 0;
  // `Heaven knows`, `for Heaven's sake`: no one; but a name may begin with it (`Heaven Sent Gaming`).
  if (H_ALONE_NON_NAMES.has(t.hash[i])) return i + 1 >= t.n || t.gap[i + 1] !== G_NONE || !t.isCap(i + 1) || t.has(i, F_POSS);
  return (t.classes(i) & (W_STOP | W_CALENDAR | W_NON_NAME)) !== 0;
}

/** `Syrian`, `Russians`, `US-Russia`: an adjective or a people, not a name. */
export function isAdjectiveOnly(t: Tokens, i: number): boolean {
  // A demonym, or one with `s` (`Afghans`; `Russians` the same).
  if ((t.classes(i) & (W_DEMONYM | W_DEMONYM_S)) !== 0) return true;
  if (t.has(i, F_HYPHEN) && !t.has(i, F_PREFIXED)) {
    const k = t.key(i);
    const parts = k.split('-');
    let known = 0;
    for (const p of parts) if (lexiconKind(p) !== null || LEX_DEMONYMS.has(p)) known++;
    if (known > 0 && lexiconKind(k) === null) return true;
  }
  return false;
}

/**
 * People named by a proper noun: a plural demonym or party member (`Americans`, `Israelis`,
 * `Democrats`), or the singular after `a`/`an` (`a Libertarian`, `an American`) when no noun
 * follows.
 */
export function isGroupWord(t: Tokens, i: number): boolean {
  if (t.has(i, F_ALLCAPS)) return false;
  const k = t.key(i);
  if (k.length > 3 && k.endsWith('s')) {
    const sing = k.endsWith('ies') ? k.slice(0, -3) + 'y' : k.slice(0, -1);
    if (LEX_DEMONYMS.has(sing) || GROUP_NOUNS.has(sing)) return (t.classes(i) & W_DEMONYM) === 0;
  }
  if (i > 0 && t.gap[i] === G_NONE && (t.classes(i) & (W_DEMONYM | W_GROUP_NOUN)) !== 0) {
    const p = t.key(i - 1);
    if ((p === 'a' || p === 'an') && (i + 1 >= t.n || t.gap[i + 1] !== G_NONE || (t.has(i + 1, F_LOWER) && STOPWORDS.has(t.key(i + 1))))) return true;
  }
  return false;
}

/** Kind of the run a..b when the lexicon knows it whole (`the` handled by the caller). */
export function lexiconKindFor(t: Tokens, a: number, b: number, whole: string): ActorKind | null {
  // `Who`, `Ice`: a lexicon acronym written as an ordinary word is that word.
  if (a === b && !t.has(a, F_ALLCAPS) && STOPWORDS.has(whole)) return null;
  // No entry starts with this word: no need to look the whole run up.
  if (!LEX_FIRST_WORDS.has(t.hash[a])) return null;
  return lexiconKind(whole);
}

/** `lexiconKindFor` of the one token `a`, read from its class bits. */
function lexiconKindOfToken(t: Tokens, a: number): ActorKind | null {
  if (!LEX_FIRST_WORDS.has(t.hash[a])) return null;
  const c = t.classes(a);
  if ((c & W_STOP) !== 0 && !t.has(a, F_ALLCAPS)) return null;
  return (c & W_LEX_PLACE) !== 0 ? 'place' : (c & W_LEX_ORG) !== 0 ? 'organization' : null;
}

/** `lexiconKindFor` of tokens a..b, the words joined only when some entry starts with the first. */
export function lexiconKindAt(t: Tokens, a: number, b: number): ActorKind | null {
  // No entry starts with this word (most words): no key made, no set looked up.
  if (!LEX_FIRST_WORDS.has(t.hash[a])) return null;
  if (a === b) return lexiconKindOfToken(t, a);
  return lexiconKind(t.joined(a, b));
}

/** Number of words from `a` that form a lexicon place or organisation (longest, up to 4). */
export function leadingLexicon(t: Tokens, a: number, b: number): number {
  if (!LEX_FIRST_WORDS.has(t.hash[a])) return 0;
  for (let len = Math.min(LEX_MAX_WORDS, 4, b - a + 1); len >= 1; len--) {
    let ok = true;
    for (let x = a + 1; x < a + len; x++) if (t.gap[x] !== G_NONE) ok = false;
    if (!ok) continue;
    const key = t.joined(a, a + len - 1);
    if (len === 1 && !t.has(a, F_ALLCAPS) && STOPWORDS.has(key)) continue;
    if (lexiconKind(key) !== null) return len;
  }
  return 0;
}

/** Kind from head words: `Security Council`, `University of Helsinki`, `Black Sea`, `North Kivu`. */
/** Place words that are no surname: after a given name they still make a place. */
/** What a centre that is a building holds (`Civic Centre`, `Leisure Centre`). */
const VENUE_WORDS: ReadonlySet<string> = new Set(['civic', 'community', 'leisure', 'shopping', 'sports', 'conference', 'convention', 'exhibition', 'visitor', 'visitors']);

const NO_SURNAME_PLACE_HEADS = new Set(
  'sea ocean gulf strait straits bay peninsula desert canyon glacier shelf island islands isles airport station avenue boulevard plaza stadium arena basin delta archipelago atoll reef room lawn garden memorial monument building farm quay wharf'.split(' '),
);

export function headKind(t: Tokens, a: number, b: number): ActorKind | null {
  const last = t.classes(b);
  // `the Civic Centre`, `Harwick Community Center`: a building named for what it holds is a place.
  if (b > a && (t.key(b) === 'centre' || t.key(b) === 'center') && VENUE_WORDS.has(t.key(b - 1))) return 'place';
  // `Tidewell Marine`: a firm's trade after its name; alone (`a Marine`) a person.
  if (b > a && t.key(b) === 'marine' && (t.classes(b - 1) & (W_DEMONYM | W_LEX_PLACE | W_TITLE)) === 0 && !t.has(b - 1, F_ALLCAPS | F_DOTTED)) return 'organization';
  if ((last & W_ORG_HEAD) !== 0 && b > a) return 'organization';
  // `Christopher Hill`, `Anna Park`: a given name and a place word is a person; not with
  // a word no surname is (`Alma Sea`, `Ilse Station`).
  if ((last & W_PLACE_HEAD) !== 0 && b > a && !(b === a + 1 && (t.classes(a) & W_FIRST_NAME) !== 0 && !NO_SURNAME_PLACE_HEADS.has(t.key(b)))) return 'place';
  for (let i = a; i < b; i++) {
    if (t.has(i + 1, F_LOWER) && !t.has(i, F_LOWER)) {
      const k = t.classes(i);
      if ((k & W_ORG_HEAD) !== 0) return 'organization';
      if ((k & W_PLACE_HEAD) !== 0) return 'place';
    }
  }
  if (b > a && (t.classes(a) & W_PLACE_PREFIX) !== 0 && (t.classes(a + 1) & W_FIRST_NAME) === 0) return 'place';
  if (a === b && (last & W_ORG_HEAD) !== 0 && (t.key(b) === 'times' || t.key(b) === 'news')) return 'organization';
  return null;
}

