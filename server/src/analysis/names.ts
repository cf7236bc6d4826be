/**
 * Capitalised names in prose, headlines and speaker labels, with the roles written next to
 * them and a first guess of their kind.
 *
 * ```
 * Russian President Vladimir Putin heads to Berlin.     -> `Vladimir Putin` (role `Russian President`), `Berlin`
 * “...,” said Sergey Lavrov, Russia’s Foreign Minister. -> `Sergey Lavrov` (role `Russia’s Foreign Minister`)
 * ```
 *
 * Each line becomes word tokens in a char-code loop (into reused typed arrays). A first
 * pass notes which words the text also writes in lower case and which it capitalises in
 * mid-sentence, so that a capital that only opens a sentence (`Despite`) is no name. Lines
 * in title case (headlines) and in capitals only take names the prose has already shown.
 * Linear in the length of the text; no regular expression runs over the text.
 */
import type { ActorKind, SpeakerLabel, Span } from './model';
import type { NameCandidate } from './pipeline-types';
import type { LineIndex } from './text';
import { CALENDAR, JOINED_PREFIXES, NAME_PARTICLES, NON_NAMES, STOPWORDS } from './lexicon-words';
import { HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLES, TITLE_COMPLEMENTS, VERB_LIKE_TITLES } from './lexicon-titles';
import { CITIES, COUNTRIES, DEMONYMS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREFIXES, REGIONS } from './lexicon-places';
import { NON_ACTOR_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, ORG_NOUNS, ORGANIZATIONS, PLACE_ACRONYMS, PLACE_AFTER_NOUNS } from './lexicon-orgs';
import { FIRST_NAMES } from './lexicon-names';

// ---------------------------------------------------------------------------------------
// Lexicon lookups. Entries are compared in the form a token sequence gives: lower case,
// one space between words, without the period that ends an abbreviation (`u.s`, `st louis`).

function normalised(...sets: ReadonlySet<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sets) {
    for (const e of s) out.add(e.replace(/,/g, '').replace(/\.(?= |$)/g, ''));
  }
  return out;
}

const LEX_PLACES = normalised(COUNTRIES, CITIES, REGIONS);
const LEX_ORGS = normalised(ORGANIZATIONS);
const LEX_PLACE_ACRONYMS = normalised(PLACE_ACRONYMS);
const LEX_DEMONYMS = normalised(DEMONYMS);
const LEX_PLACE_HEADS = normalised(PLACE_HEADS);
const LEX_PLACE_PREFIXES = normalised(PLACE_PREFIXES);
const LEX_NON_ACRONYMS = normalised(NON_ORG_ACRONYMS);

/** Kind of a lexicon entry (`moscow` -> place, `the kremlin`/`kremlin` -> organisation). */
function lexiconKind(key: string): ActorKind | null {
  if (LEX_PLACE_ACRONYMS.has(key)) return 'place';
  if (LEX_ORGS.has(key)) return 'organization';
  if (LEX_PLACES.has(key)) return 'place';
  return null;
}



/** Verbs of saying after a name: the name is a person (`Lavrov said`). */
const SPEECH_VERBS = new Set(
  `said says told tells added asked asks explained explains noted insisted stated warned warns
  argued replied wrote writes tweeted declared announced claimed commented recalled recalls admitted
  acknowledged denied urged suggested continued concluded answered responded remarked observed
  believes thinks thought knew knows wants wanted laughed smiled nodded`.split(/\s+/),
);

/** Endings of English common nouns and adjectives, rare in personal names. */
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ics|ogy|ence|ency|ance|ship|ism|ist|ery|ory|ure|ive|ous|ful|less|able|ible|ical|ing|ings|ers|ors|ies)$/;

/** Lower-case adjectives that qualify an occupation: `political activist`, `presidential candidate`. */
const ADJECTIVE_ENDING = /(?:al|ial|ical|ary|ic|ian|ish|ese)$/;

/** Surname endings of several languages (Slavic, Greek, Armenian, Germanic patronymics). */
const SURNAME_ENDING = /(?:ov|ova|ev|eva|sky|ski|ska|skaya|vich|vic|ovic|evic|enko|chuk|escu|opoulos|akis|idis|yan|stein|mann|sson|dottir)$/;

/** Nouns after a surname that make it a leader's name: `the Bush administration`. */
const LEADER_NOUNS = new Set(['administration', 'presidency', 'campaign', 'regime', 'era', 'government', 'cabinet', 'doctrine']);

/** Kin and entourage after a possessive: `Trump’s wife`, `George’s brother`. */
const KIN_NOUNS = new Set(
  'wife husband son daughter father mother brother sister family children kids parents widow uncle aunt cousin nephew niece grandson granddaughter grandfather grandmother friend friends lawyer lawyers aides staff'.split(
    ' ',
  ),
);

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'our', 'my', 'your']);

/** Words right after a single name that mostly follow a person. */
const VERBS_AFTER_PERSON = new Set(['himself', 'herself', 'personally']);

/** Words that open an appositive and may begin a role after a comma. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Connectors allowed inside a role after a name (`director of the Center at the Institute`). */
const ROLE_CONNECTORS = new Set(['of', 'for', 'at', 'on', 'and', 'to', 'the', 'in', 'with']);

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt adm rev mt ft hon messrs mme mlle
  inc corp ltd co bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec pres supt cmdr`.split(/\s+/),
);

// ---------------------------------------------------------------------------------------
// Characters.

const K_OTHER = 1;
const K_UPPER = 2;
const K_LOWER = 3;
const K_CASELESS = 4;
const K_MARK = 5;
const K_DIGIT = 6;

const charKinds = new Uint8Array(65536);
const lowerCodes = new Uint16Array(65536);
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{Nd}$/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return K_OTHER;
  const s = String.fromCharCode(c);
  if (RE_UPPER.test(s)) return K_UPPER;
  if (RE_LOWER.test(s)) return K_LOWER;
  if (RE_LETTER.test(s)) return K_CASELESS;
  if (RE_MARK.test(s)) return K_MARK;
  if (RE_DIGIT.test(s)) return K_DIGIT;
  return K_OTHER;
}

for (let c = 0; c < 128; c++) charKinds[c] = classify(c);

function kindOf(c: number): number {
  let k = charKinds[c];
  if (k === 0) {
    k = classify(c);
    charKinds[c] = k;
  }
  return k;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  let l = lowerCodes[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCodes[c] = l;
  }
  return l;
}

function isWordKind(k: number): boolean {
  return k >= K_UPPER;
}

function isLetterKind(k: number): boolean {
  return k === K_UPPER || k === K_LOWER || k === K_CASELESS;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Punctuation that breaks a name but does not end a sentence. */
function isSoftBreak(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 47 || c === 92 || c === 43 || c === 61 || c === 37 || c === 36 || c === 64 || c === 126 || c === 94;
}

function hashMix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const HASH_SEED = 0x811c9dc5 | 0;

/** The same hash a token gets, for a lower-case word. */
function hashWord(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashMix(h, lowerCode(w.charCodeAt(i)));
  return h;
}

function hashSet(words: Iterable<string>): ReadonlySet<number> {
  const out = new Set<number>();
  for (const w of words) out.add(hashWord(w));
  return out;
}

/** Hashes of the first word of every lexicon entry: most words start none, and are done at once. */
const LEX_FIRST_WORDS = new Set<number>();
/** Longest entry, in words. */
let LEX_MAX_WORDS = 1;
for (const set of [LEX_PLACE_ACRONYMS, LEX_ORGS, LEX_PLACES]) {
  for (const e of set) {
    const words = e.split(' ');
    LEX_FIRST_WORDS.add(hashWord(words[0]));
    if (words.length > LEX_MAX_WORDS) LEX_MAX_WORDS = words.length;
  }
}
const STOPWORD_HASHES = hashSet(STOPWORDS);
const H_TITLES = hashSet(TITLES);
const H_FIRST_NAMES = hashSet(FIRST_NAMES);
const H_ORG_HEADS = hashSet(ORG_HEADS);

// ---------------------------------------------------------------------------------------
// Tokens of one line.

const F_CAP = 1; // first letter upper case (or upper case after a joined prefix: al-Assad)
const F_LOWER = 2; // first letter lower case
const F_ALLCAPS = 4; // two or more letters, none lower case
const F_DIGIT = 8;
const F_INITIAL = 16; // one capital and a period: `F.`
const F_ABBR = 32; // the token includes a final period: `Mr.`, `U.S.`
const F_POSS = 64; // followed by a possessive 's (not part of the token)
const F_SENT = 128; // opens a sentence, a quote or a line
const F_HYPHEN = 256;
const F_AMP = 512; // the token is `&`
const F_PREFIXED = 1024; // `al-Assad`, `d'Ettorre`
const F_DOTTED = 2048; // a period inside: `U.S`
const F_HASLOWER = 4096;
const F_APOS = 8192; // an apostrophe inside: `O'Neill`, `don't`

const G_NONE = 0; // only spaces before the token
const G_COMMA = 1;
const G_BREAK = 2; // other punctuation
const G_SENT = 3; // sentence end, quote, colon or line start

class Tokens {
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Int32Array(256);
  gap = new Uint8Array(256);
  hash = new Int32Array(256);
  keys: (string | undefined)[] = [];
  n = 0;
  text = '';

  reset(text: string): void {
    this.n = 0;
    this.text = text;
    this.keys.length = 0;
  }

  push(start: number, end: number, flags: number, gap: number, hash: number): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = gap === G_SENT ? flags | F_SENT : flags;
    this.gap[i] = gap;
    this.hash[i] = hash;
  }

  private grow(): void {
    const m = this.start.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.start = g(this.start, new Int32Array(m));
    this.end = g(this.end, new Int32Array(m));
    this.flags = g(this.flags, new Int32Array(m));
    this.gap = g(this.gap, new Uint8Array(m));
    this.hash = g(this.hash, new Int32Array(m));
  }

  /** Lower-case form without a final period, `’` as `'`: `U.S.` -> `u.s`. */
  key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) {
      let e = this.end[i];
      if (this.flags[i] & F_ABBR) e--;
      k = this.text.slice(this.start[i], e).toLowerCase();
      if (k.indexOf('’') >= 0) k = k.split('’').join("'");
      this.keys[i] = k;
    }
    return k;
  }

  has(i: number, f: number): boolean {
    return (this.flags[i] & f) !== 0;
  }

  /** True when token `i` is one of the words of `set` (compared by hash). */
  in(set: ReadonlySet<number>, i: number): boolean {
    return i >= 0 && i < this.n && set.has(this.hash[i]);
  }

  /** A capitalised word that may be part of a name. */
  isCap(i: number): boolean {
    return (this.flags[i] & (F_CAP | F_DIGIT)) === F_CAP;
  }

  /** Keys of tokens a..b joined by single spaces. */
  joined(a: number, b: number): string {
    let s = this.key(a);
    for (let i = a + 1; i <= b; i++) s += ' ' + this.key(i);
    return s;
  }
}

/** Splits text[from, to) into word tokens. */
function tokenize(text: string, from: number, to: number, buf: Tokens): void {
  buf.reset(text);
  let gap = G_SENT;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (isWordKind(k)) {
      i = scanWord(text, i, to, gap, buf);
      gap = G_NONE;
      continue;
    }
    i++;
    if (isSpace(c)) continue;
    if (c === 44 || c === 0x060c) {
      if (gap < G_COMMA) gap = G_COMMA;
    } else if (c === 38) {
      buf.push(i - 1, i, F_AMP, gap, 0);
      gap = G_NONE;
    } else if (isApostrophe(c) && buf.n > 0 && gap === G_NONE && i < to && (text.charCodeAt(i) | 32) === 115 && (i + 1 >= to || !isWordKind(kindOf(text.charCodeAt(i + 1)))) && isSpace(text.charCodeAt(i - 2))) {
      // A possessive written apart from its word (`Trump 's`).
      buf.flags[buf.n - 1] |= F_POSS;
      i++;
      gap = G_BREAK;
    } else if (isSoftBreak(c)) {
      if (gap < G_BREAK) gap = G_BREAK;
    } else {
      gap = G_SENT;
    }
  }
}

function scanWord(text: string, from: number, to: number, gap: number, buf: Tokens): number {
  let i = from;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let flags = 0;
  let h = HASH_SEED;
  let segStart = from;
  let prefixed = false;
  let possessive = false;
  const firstKind = kindOf(text.charCodeAt(from));
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k === K_UPPER) upper++;
    else if (k === K_LOWER) lower++;
    else if (k === K_DIGIT) digits++;
    else if (k === K_CASELESS || k === K_MARK) {
      // letters without case and combining marks continue the word
    } else if (isHyphen(c) || isApostrophe(c)) {
      const n1 = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      const k1 = kindOf(n1);
      if (isApostrophe(c) && (n1 | 32) === 115 && (i + 2 >= to || !isWordKind(kindOf(text.charCodeAt(i + 2))))) {
        possessive = true;
        break;
      }
      if (!isWordKind(k1) || (isApostrophe(c) && !isLetterKind(k1))) break;
      if (k1 === K_UPPER && upper === 0 && lower > 0 && i - from <= 3 && JOINED_PREFIXES.has(text.slice(from, i).toLowerCase())) prefixed = true;
      if (isHyphen(c)) flags |= F_HYPHEN;
      else flags |= F_APOS;
      h = hashMix(h, isHyphen(c) ? 45 : 39);
      i++;
      continue;
    } else if (c === 46) {
      const n1 = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      if (isLetterKind(kindOf(n1)) && i - segStart <= 2 && digits === 0) {
        flags |= F_DOTTED;
        segStart = i + 1;
        h = hashMix(h, 46);
        i++;
        continue;
      }
      break;
    } else break;
    h = hashMix(h, lowerCode(c));
    i++;
  }
  const end = i;
  let tokEnd = end;
  if (possessive) {
    flags |= F_POSS;
    i += 2;
  } else if (i < to && text.charCodeAt(i) === 46) {
    const letters = upper + lower;
    let abbr = false;
    if (flags & F_DOTTED) abbr = true;
    else if (letters === 1 && upper === 1 && digits === 0 && end - from === 1) {
      abbr = true;
      flags |= F_INITIAL;
    } else if (end - from <= 5 && digits === 0 && ABBREVIATIONS.has(text.slice(from, end).toLowerCase())) abbr = true;
    if (abbr) {
      flags |= F_ABBR;
      tokEnd = end + 1;
      i = end + 1;
    }
  }
  if (firstKind === K_UPPER) flags |= F_CAP;
  else if (firstKind === K_LOWER) flags |= prefixed ? F_CAP | F_PREFIXED : F_LOWER;
  if (upper + lower >= 2 && lower === 0) flags |= F_ALLCAPS;
  if (lower > 0) flags |= F_HASLOWER;
  if (digits > 0) flags |= F_DIGIT;
  buf.push(from, tokEnd, flags, gap, h);
  return i;
}

// ---------------------------------------------------------------------------------------
// Line modes.

const M_PROSE = 0;
const M_HEADLINE = 1; // title case: `Obama and Putin Meet`
const M_CAPS = 2; // capitals only

function lineMode(text: string, from: number, to: number, t: Tokens): number {
  let caps = 0;
  let content = 0;
  let words = 0;
  let allcaps = 0;
  let anyLower = false;
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i];
    if (f & F_AMP) continue;
    words++;
    if (f & F_HASLOWER) anyLower = true;
    if (f & F_ALLCAPS) allcaps++;
    if ((f & (F_CAP | F_DIGIT)) === F_CAP) caps++;
    else if (f & F_LOWER && !STOPWORD_HASHES.has(t.hash[i])) content++;
  }
  if (!anyLower && allcaps >= 2) return M_CAPS;
  if (caps >= 2 && content === 0 && words <= 20) {
    let e = to - 1;
    while (e >= from && isSpace(text.charCodeAt(e))) e--;
    const last = e >= from ? text.charCodeAt(e) : 0;
    if (last !== 46 && last !== 63 && last !== 33 && last !== 44 && last !== 59 && last !== 0x2026) return M_HEADLINE;
  }
  return M_PROSE;
}

// ---------------------------------------------------------------------------------------
// Candidates.

interface Draft {
  start: number;
  end: number;
  kind: ActorKind | null;
  role: string | null;
  roleSpan: Span | null;
  label: number;
  /** Offsets of each word of a two-word name that may be two surnames (`Obama Putin`). */
  split: [number, number, number, number] | null;
  /** Lower-case words of the name joined by one space; its first and last word; how many. */
  key: string;
  first: string;
  last: string;
  count: number;
}

interface Peel {
  nameStart: number;
  role: Span | null;
  person: boolean;
  /** The run is a role with no name (`Madam Speaker`, `U.S. Secretary of State`). */
  roleOnly: boolean;
  roleStart: number;
  roleEnd: number;
  /** Where a name after `Title of` starts (`Chair of | the National Space Council`); -1 if none. */
  restFrom: number;
}

interface Pending {
  start: number;
  end: number;
  after: number;
}

class Finder {
  readonly tokens = new Tokens();
  readonly lowerSeen = new Set<number>();
  readonly capSeen = new Set<number>();
  readonly drafts: Draft[] = [];
  /** Known name (lower-case words, one space) -> kind, from prose, for headlines. */
  readonly known = new Map<string, ActorKind | null>();
  /** Last word of a full name -> the full names (lower case) that end with it. */
  readonly surnames = new Map<string, Set<string>>();
  /** First word of a full name -> the full names that start with it. */
  readonly givenNames = new Map<string, Set<string>>();
  pending: Pending | null = null;
  /** The current line has lower-case words: capitals in it stand out. */
  mixedLine = false;

  constructor(readonly text: string) {}

  // -- pass 1: which words appear in lower case, which capitalised mid-sentence ----------
  observe(mode: number): void {
    const t = this.tokens;
    for (let i = 0; i < t.n; i++) {
      const f = t.flags[i];
      if (f & F_LOWER) this.lowerSeen.add(t.hash[i]);
      else if (mode === M_PROSE && (f & (F_CAP | F_SENT | F_ALLCAPS | F_DIGIT)) === F_CAP) this.capSeen.add(t.hash[i]);
    }
  }

  // -- pass 2: prose lines ------------------------------------------------------------------
  prose(): void {
    const t = this.tokens;
    this.pending = null;
    let lower = 0;
    for (let i = 0; i < t.n && lower < 3; i++) if (t.has(i, F_LOWER)) lower++;
    this.mixedLine = lower >= 3;
    let j = 0;
    while (j < t.n) {
      if (!t.isCap(j)) {
        j++;
        continue;
      }
      const a = j;
      let b = j;
      for (;;) {
        const nx = b + 1;
        if (nx >= t.n || t.gap[nx] !== G_NONE || t.has(b, F_POSS)) break;
        if (t.isCap(nx)) {
          b = nx;
          continue;
        }
        const skip = this.connectorLength(a, b, nx);
        if (skip > 0) {
          b = nx + skip;
          continue;
        }
        break;
      }
      this.splitShouting(a, b);
      j = b + 1;
    }
  }

  /**
   * Length of the words after `nx` that a connector at `nx` joins to the run a..b:
   * a particle (`van`), `of`/`for`/`on` after a title or head word, `and`/`&` inside an
   * organisation name. 0 when `nx` does not continue the run.
   */
  private connectorLength(a: number, b: number, nx: number): number {
    const t = this.tokens;
    let p = nx;
    const w = t.has(nx, F_AMP) ? '&' : t.has(nx, F_LOWER) ? t.key(nx) : '';
    if (w === '') return 0;
    if (NAME_PARTICLES.has(w)) {
      // `Ludwig van Beethoven`, `Rio de Janeiro`: only between capitalised words
      if (p + 1 < t.n && t.gap[p + 1] === G_NONE && t.isCap(p + 1)) return 1;
      if (w === 'van' || w === 'von' || w === 'de' || w === 'di' || w === 'da' || w === 'la' || w === 'le' || w === 'du' || w === 'del') {
        // `van der Berg`
        if (p + 2 < t.n && t.gap[p + 1] === G_NONE && t.gap[p + 2] === G_NONE && NAME_PARTICLES.has(t.key(p + 1)) && t.isCap(p + 2)) return 2;
      }
      return 0;
    }
    let head = false;
    let orgHead = false;
    let title = false;
    for (let i = a; i <= b; i++) {
      const k = t.key(i);
      if (ORG_HEADS.has(k)) orgHead = head = true;
      else if (LEX_PLACE_HEADS.has(k)) head = true;
      if (TITLES.has(k)) title = true;
    }
    const lastKey = t.key(b);
    const headLast = ORG_HEADS.has(lastKey) || LEX_PLACE_HEADS.has(lastKey);
    let ok = false;
    if (w === 'of') ok = head || title;
    else if (w === 'for' || w === 'on') ok = head && headLast;
    else if (w === '&') ok = true;
    // `Office of Science and Technology Policy`, `Republic Windows and Doors`; never `Kerry and Lavrov`
    // (`the Hewlett Foundation and Creative Commons` are two: a head word ends a name)
    else if (w === 'and') ok = orgHead && !headLast && hasOfBefore(t, a, b) && !LEX_FIRST_WORDS.has(t.hash[nx + 1]);
    if (!ok) return 0;
    // `of the Congo`
    if (w === 'of' && p + 1 < t.n && t.gap[p + 1] === G_NONE && t.key(p + 1) === 'the' && t.has(p + 1, F_LOWER)) p++;
    if (p + 1 < t.n && t.gap[p + 1] === G_NONE && t.isCap(p + 1)) return p - nx + 1;
    return 0;
  }

  /**
   * Runs of two or more words in capitals are shouting or labels, never names; except a
   * given name and a surname in capitals inside mixed-case prose (`KAMALA HARRIS was sworn
   * in`), as records of legislatures write them.
   */
  private splitShouting(a: number, b: number): void {
    const t = this.tokens;
    let s = a;
    let i = a;
    while (i <= b) {
      if (isShout(t, i) && i + 1 <= b && isShout(t, i + 1)) {
        if (i > s) this.run(s, i - 1);
        const from = i;
        while (i <= b && isShout(t, i)) i++;
        const len = i - from;
        if ((len === 2 || len === 3) && t.in(H_FIRST_NAMES, from) && !t.in(H_TITLES, i - 1) && this.mixedLine) this.emitRun(from, i - 1, false, true, null, false);
        s = i;
        continue;
      }
      i++;
    }
    if (s <= b) this.run(s, b);
  }

  /** One run of capitalised words a..b: strip, peel roles, guess the kind, emit. */
  private run(a0: number, b0: number): void {
    const t = this.tokens;
    let a = a0;
    let b = b0;
    const pending = this.pending;
    this.pending = null;
    let hasThe = a > 0 && t.gap[a] === G_NONE && t.key(a - 1) === 'the';
    let initial = t.has(a, F_SENT);
    // Leading function words (`The Kremlin`, `Despite Moscow`) and edge calendar words.
    while (a <= b && isDroppable(t, a) && !(a < b && LEX_PLACE_PREFIXES.has(t.key(a)) && leadingLexicon(t, a, b) > 0)) {
      if (t.key(a) === 'the') hasThe = true;
      a++;
      initial = false;
    }
    while (b >= a && (isDroppable(t, b) || isConnectorWord(t, b))) b--;
    if (a > b) return;
    // A single word that opens a sentence is a name only with evidence from elsewhere.
    if (initial) {
      if (a === b) {
        if (!this.evidence(a)) return;
      } else if (this.commonWord(a) && !t.in(H_TITLES, a + 1)) {
        a++;
        initial = false;
        if (isConnectorWord(t, a)) return this.run(a + 1, b);
      }
    }
    // `Washington State University Simon Ličen`: an organisation's head word followed by a
    // given name ends the organisation's name.
    for (let i = a; i < b; i++) {
      if (t.in(H_ORG_HEADS, i) && t.in(H_FIRST_NAMES, i + 1) && i + 1 < b) {
        this.run(a, i);
        this.run(i + 1, b);
        return;
      }
    }
    // Whole run known (`Russian Federation`, `Islamic State`, `White House`).
    const whole = t.joined(a, b);
    const lex = lexiconKindFor(t, a, b, whole);
    if (lex === null) {
      if (a === b && isAdjectiveOnly(t, a)) return;
    }
    // Role before the name inside the run.
    let nameA = a;
    let role: Span | null = null;
    let person = false;
    if (lex === null) {
      const peel = this.peel(a, b);
      // Places and organisations named inside the role (`U.S. Secretary of State`,
      // `Pennsylvania Senator`, `President of the United States`) are mentions too.
      this.emitKnownInside(a, peel.roleOnly ? (peel.restFrom >= 0 ? peel.roleEnd : b) : peel.nameStart - 1);
      if (peel.roleOnly) {
        if (peel.restFrom >= 0) {
          this.run(peel.restFrom, b);
          return;
        }
        this.pending = { start: t.start[peel.roleStart], end: t.end[peel.roleEnd], after: b };
        return;
      }
      nameA = peel.nameStart;
      role = peel.role;
      person = peel.person;
      // `the first Senator Georgia has elected`: a title before a known place names no one.
      if (nameA <= b && nameA > a && leadingLexicon(t, nameA, b) === b - nameA + 1) {
        this.emitRun(nameA, b, false, false, null, true);
        return;
      }
    }
    if (nameA > b) return;
    // A known place or organisation leading other words (`UN Resolution`): emit it apart.
    if (lex === null && role === null && !person && nameA < b) {
      const lead = leadingLexicon(t, nameA, b);
      if (lead > 0 && !headKind(t, nameA, b)) {
        this.emitRun(nameA, nameA + lead - 1, hasThe, false, null, false);
        this.run(nameA + lead, b);
        return;
      }
    }
    // Before the run: a lower-case occupation (`biologist Nick Bos`), or modifiers of a
    // role peeled off the run (`former Senator`).
    if (role === null && lex === null) {
      const before = lowerRoleBefore(t, a);
      if (before !== null) {
        role = before;
        person = true;
      }
    } else if (role !== null) {
      let s = a;
      while (s > 0 && t.gap[s] === G_NONE && t.has(s - 1, F_LOWER) && LOWER_ROLE_MODIFIERS.has(t.key(s - 1))) s--;
      if (s < a) role = { start: t.start[s], end: role.end };
    }
    // A role written first and set off by commas: `U.S. Secretary of State, Rex Tillerson,`.
    if (role === null && pending !== null && pending.after + 1 === a0 && t.gap[a0] === G_COMMA && (b + 1 >= t.n || t.gap[b + 1] >= G_COMMA)) {
      role = { start: pending.start, end: pending.end };
      person = true;
    }
    this.emitRun(nameA, b, hasThe && nameA === a, person, role, lex !== null);
  }

  /** Emits the lexicon places and organisations among tokens a..b. */
  private emitKnownInside(a: number, b: number): void {
    const t = this.tokens;
    for (let i = a; i <= b; ) {
      const len = t.isCap(i) && !TITLES.has(t.key(i)) && !ROLE_MODIFIERS.has(t.key(i)) ? leadingLexicon(t, i, b) : 0;
      if (len > 0) {
        const hasThe = i > 0 && t.gap[i] === G_NONE && t.key(i - 1) === 'the';
        this.emitRun(i, i + len - 1, hasThe, false, null, true);
        i += len;
      } else i++;
    }
  }

  /** True when the sentence-initial word at `i` is capitalised elsewhere too, or known. */
  private evidence(i: number): boolean {
    const t = this.tokens;
    const k = t.key(i);
    if (STOPWORDS.has(k) || CALENDAR.has(k) || NON_NAMES.has(k)) return false;
    if (t.end[i] - t.start[i] < 2) return false;
    if (lexiconKind(k) !== null) return true;
    if (t.has(i, F_ALLCAPS)) return !LEX_NON_ACRONYMS.has(k);
    if (this.capSeen.has(t.hash[i])) return true;
    if (FIRST_NAMES.has(k) && !this.lowerSeen.has(t.hash[i])) return true;
    // `Tillerson said` at the start of a line: a speech verb right after makes it a person.
    return i + 1 < t.n && t.gap[i + 1] === G_NONE && SPEECH_VERBS.has(t.key(i + 1)) && !this.lowerSeen.has(t.hash[i]);
  }

  /** A sentence-initial word the text otherwise writes in lower case, and never capitalised. */
  private commonWord(i: number): boolean {
    const t = this.tokens;
    const k = t.key(i);
    if (TITLES.has(k) || HONORIFICS.has(k) || FIRST_NAMES.has(k) || lexiconKind(k) !== null || LEX_DEMONYMS.has(k)) return false;
    return this.lowerSeen.has(t.hash[i]) && !this.capSeen.has(t.hash[i]);
  }

  /**
   * Titles and honorifics at the start of a run: `Russian President | Vladimir Putin`,
   * `Secretary of State | John Kerry`, `Mr | Kerry`, `Madam Speaker` (all role).
   */
  private peel(a: number, b: number): Peel {
    const t = this.tokens;
    const none: Peel = { nameStart: a, role: null, person: false, roleOnly: false, roleStart: a, roleEnd: a, restFrom: -1 };
    // `University of X`, `Office of the President`: a head word before `of` makes an
    // organisation or place, whatever titles follow.
    for (let i = a; i < b; i++) {
      const k = t.key(i);
      if ((ORG_HEADS.has(k) || LEX_PLACE_HEADS.has(k)) && !TITLES.has(k) && i + 1 <= b && t.has(i + 1, F_LOWER)) return none;
    }
    let last = -1;
    let honorOnly = true;
    for (let i = a; i <= b; i++) {
      const k = t.key(i);
      const title = TITLES.has(k);
      if (title || HONORIFICS.has(k)) {
        last = i;
        if (title) honorOnly = false;
        // `Secretary of State`, `President of the United States`
        if (title && i + 2 <= b && t.has(i + 1, F_LOWER) && (t.key(i + 1) === 'of' || t.key(i + 1) === 'for')) {
          let u = i + 2;
          if (t.key(u) === 'the' && u + 1 <= b) u++;
          let v = u;
          for (;;) {
            if (v > b) break;
            const lexLen = leadingLexicon(t, v, b);
            if (lexLen > 0) {
              v += lexLen;
              continue;
            }
            if (TITLE_COMPLEMENTS.has(t.key(v))) {
              v++;
              continue;
            }
            break;
          }
          if (v > u) {
            last = v - 1;
            i = v - 1;
          } else if (allRoleWords(t, a, i)) {
            // `Chair of the National Space Council`: the title is a role, the rest a name.
            let rs0 = a;
            while (rs0 < i && (HONORIFICS.has(t.key(rs0)) || t.key(rs0) === 'the')) rs0++;
            return { nameStart: b + 1, role: null, person: true, roleOnly: true, roleStart: rs0, roleEnd: i, restFrom: u };
          }
        }
      }
    }
    if (last < 0) return none;
    let rs = a;
    while (rs <= last && (HONORIFICS.has(t.key(rs)) || t.key(rs) === 'the')) rs++;
    const roleSpan: Span | null = rs <= last && !honorOnly ? { start: t.start[rs], end: t.end[last] } : null;
    if (last === b) {
      // `Martin Luther King`: a given name before a title-like surname keeps the whole name.
      for (let i = a; i < b; i++) if (FIRST_NAMES.has(t.key(i)) && !TITLES.has(t.key(i))) return none;
      return { nameStart: b + 1, role: roleSpan, person: true, roleOnly: rs <= last, roleStart: rs, roleEnd: last, restFrom: -1 };
    }
    // `General Assembly`, `Justice Department`: the rest is an organisation.
    if (headKind(t, last + 1, b) !== null && !HONORIFICS.has(t.key(last))) return none;
    if (isConnectorWord(t, last + 1)) return none;
    // A role word that is also a name word right before the name (`Will`, `Bishop`) only
    // counts when written as a title: capitalised and not the only word before the name.
    return { nameStart: last + 1, role: roleSpan, person: true, roleOnly: false, roleStart: rs, roleEnd: last, restFrom: -1 };
  }

  private emitRun(a: number, b: number, hasThe: boolean, person: boolean, role: Span | null, lexical: boolean): void {
    const t = this.tokens;
    if (a > b) return;
    // Trailing words the text otherwise writes in lower case (`Obama Putin Meeting`).
    if (!lexical && !person) {
      while (b > a && this.commonWordAnywhere(b) && headKind(t, a, b) === null) b--;
    }
    if (a === b) {
      const k = t.key(a);
      if (t.end[a] - t.start[a] < 2 || t.has(a, F_INITIAL)) return;
      if (STOPWORDS.has(k) || CALENDAR.has(k) || NON_NAMES.has(k)) return;
      if (t.has(a, F_ALLCAPS) && LEX_NON_ACRONYMS.has(k) && !person) return;
      if (!person && isAdjectiveOnly(t, a)) return;
    }
    const kind = person ? 'person' : this.guessKind(a, b, hasThe);
    let key = t.key(a);
    let count = 1;
    for (let i = a + 1; i <= b; i++) {
      if (t.has(i, F_LOWER) || t.has(i, F_AMP)) continue;
      key += ' ' + t.key(i);
      count++;
    }
    let roleAfter: Span | null = null;
    if (role === null && kind !== 'place' && kind !== 'organization') roleAfter = appositiveRole(t, b);
    const finalRole = role ?? roleAfter;
    const draft: Draft = {
      start: t.start[a],
      end: t.has(b, F_ABBR) && !t.has(b, F_DOTTED) && !t.has(b, F_INITIAL) ? t.end[b] - 1 : t.end[b],
      kind: finalRole !== null ? 'person' : kind,
      role: finalRole !== null ? this.text.slice(finalRole.start, finalRole.end) : null,
      roleSpan: finalRole,
      label: -1,
      split: null,
      key,
      first: t.key(a),
      last: t.key(b),
      count,
    };
    if (b === a + 1 && finalRole === null && draft.kind !== 'place' && draft.kind !== 'organization') {
      draft.split = [t.start[a], t.end[a], t.start[b], t.end[b]];
    }
    this.drafts.push(draft);
  }

  private commonWordAnywhere(i: number): boolean {
    const t = this.tokens;
    const k = t.key(i);
    if (TITLES.has(k) || FIRST_NAMES.has(k) || lexiconKind(k) !== null || t.has(i, F_ALLCAPS) || t.has(i, F_PREFIXED)) return false;
    return this.lowerSeen.has(t.hash[i]) && !this.capSeen.has(t.hash[i]);
  }

  /** Kind from the words and their context; null when nothing tells. */
  private guessKind(a: number, b: number, hasThe: boolean): ActorKind | null {
    const t = this.tokens;
    const whole = t.joined(a, b);
    const lex = lexiconKindFor(t, a, b, whole);
    if (lex !== null) return lex;
    // `the West`, `the Gulf`
    if (hasThe && lexiconKind('the ' + whole) !== null) return lexiconKind('the ' + whole);
    // `Policing Act`, `the Charter`, `World Cup`: laws, events and works are no actors.
    if (NON_ACTOR_HEADS.has(t.key(b))) return null;
    // `the town of Khan Sheikhoun`, `the Black Sea resort of Sochi`
    if (a >= 2 && t.gap[a] === G_NONE && t.gap[a - 1] === G_NONE && t.key(a - 1) === 'of' && PLACE_NOUNS.has(t.key(a - 2))) return 'place';
    const head = headKind(t, a, b);
    if (head !== null) return head;
    // `the Islamic State group`, `the Crimea region`
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS)) {
      const nk = t.key(b + 1);
      if (ORG_NOUNS.has(nk)) return 'organization';
      if (PLACE_AFTER_NOUNS.has(nk)) return 'place';
    }
    // `Marta Silva, Vienna` is a sign-off, not a place: a given name first makes a person.
    if (b > a && FIRST_NAMES.has(t.key(a)) && !this.lowerSeen.has(t.hash[a])) return 'person';
    // `Hangzhou, China`
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.isCap(b + 1)) {
      const nk = t.key(b + 1);
      if (LEX_PLACES.has(nk) && (b + 2 >= t.n || t.gap[b + 2] !== G_NONE || !t.isCap(b + 2))) return 'place';
    }
    if (a === b && t.has(a, F_ALLCAPS) && !t.has(a, F_DOTTED)) return this.acronymKind(a, hasThe);
    const firstKey = t.key(a);
    if (b > a && FIRST_NAMES.has(firstKey)) return 'person';
    for (let i = a; i < b; i++) if (isInitialLike(t, i)) return 'person';
    // `the Kremlin said`, `The Onion`; not `the Santorum cocktail`, where the name only
    // qualifies a noun, nor `the Constitution`, `the Nation`, a common noun with a capital.
    // `the Government`, `Cabinet`, `Navy`: an organisation's head word alone, capitalised mid-sentence.
    if (a === b && t.in(H_ORG_HEADS, a) && !t.has(a, F_SENT) && !t.has(a, F_ALLCAPS)) return 'organization';
    if (hasThe && a === b && !isPluralPossessive(this.text, t, a) && !(b + 1 < t.n && t.gap[b + 1] === G_NONE && t.has(b + 1, F_LOWER) && !t.has(b, F_POSS) && isNounLike(t, b + 1))) {
      const k = t.key(a);
      if (!this.lowerSeen.has(t.hash[a]) && !COMMON_NOUN_ENDING.test(k) && (ORG_HEADS.has(k) || !isInstitutionWord(k))) return 'organization';
    }
    if (a === b && FIRST_NAMES.has(firstKey) && !this.lowerSeen.has(t.hash[a])) return 'person';
    if (b + 1 < t.n && t.gap[b + 1] === G_NONE && SPEECH_VERBS.has(t.key(b + 1))) return 'person';
    if (b + 1 < t.n && t.gap[b + 1] === G_COMMA && t.key(b + 1) === 'who') return 'person';
    // `in Hangzhou`, `near Idlib`
    if (a > 0 && t.gap[a] === G_NONE && t.has(a - 1, F_LOWER)) {
      const pk = t.key(a - 1);
      if (pk === 'in' || pk === 'near' || pk === 'across' || pk === 'throughout' || pk === 'outside') return 'place';
    }
    if (a === b) return this.singleWordKind(a);
    // Two to four capitalised words, none of them a word the text also writes in lower
    // case (`Mathias Krumbholz`, not `Open Educational Resources`), read as a person.
    if (b > a && b - a <= 3 && !hasThe) {
      for (let i = a; i <= b; i++) {
        if (this.lowerSeen.has(t.hash[i]) || (t.has(i, F_ALLCAPS) && !t.has(i, F_DOTTED))) return null;
        if (isInstitutionWord(t.key(i))) return null;
      }
      return 'person';
    }
    return null;
  }

  /**
   * An acronym the lexicon does not know: an organisation when written `the TAOM` or
   * `NASA’s`, or when it abbreviates an organisation's name right before it
   * (`Office for Democratic Institutions and Human Rights (ODIHR)`); otherwise unknown
   * (`ICT`, `OER`, `ROS` are terms, not actors).
   */
  private acronymKind(i: number, hasThe: boolean): ActorKind | null {
    const t = this.tokens;
    if (t.has(i, F_HASLOWER)) return null;
    if (hasThe || t.has(i, F_POSS)) return 'organization';
    const start = t.start[i];
    if (start >= 2 && this.text.charCodeAt(start - 1) === 40) {
      // The name it abbreviates starts with its first letter and ends shortly before.
      const initial = this.text.charCodeAt(start);
      for (let d = this.drafts.length - 1; d >= 0 && d >= this.drafts.length - 4; d--) {
        const prev = this.drafts[d];
        if (prev.end < start - 80) break;
        if (this.text.charCodeAt(prev.start) === initial) return prev.kind === 'person' ? null : prev.kind;
      }
    }
    return null;
  }

  /**
   * A single capitalised word mid-sentence that nothing else explains. Most such words in
   * news are people (`Gorbachev`, `Scarne`); they are not when the text also writes the word
   * (or its singular) in lower case, when it has the shape of a common noun (`Impeachment`,
   * `Biology`), of a product (`GitHub`) or of a compound (`DNA-suitable`).
   */
  private singleWordKind(i: number): ActorKind | null {
    const t = this.tokens;
    const k = t.key(i);
    if (this.lowerSeen.has(t.hash[i])) return null;
    if (k.length > 3 && k.endsWith('s') && this.lowerSeen.has(hashWord(k.slice(0, -1)))) return null;
    if (t.has(i, F_HYPHEN) || t.has(i, F_DOTTED) || t.has(i, F_APOS)) return null;
    if (COMMON_NOUN_ENDING.test(k)) return null;
    if (isInstitutionWord(k)) return null;
    // `GitHub`, `LibriVox`: a capital inside the word marks a product or organisation
    // (`McDonnell`, `MacArthur` are names).
    const text = this.text;
    const from = k.startsWith('mc') ? 3 : k.startsWith('mac') ? 4 : 1;
    for (let c = t.start[i] + from; c < t.end[i]; c++) if (kindOf(text.charCodeAt(c)) === K_UPPER) return 'organization';
    // Positive evidence for a person: a surname ending (`Gorbachev`, `Dostoyevsky`), a
    // leader's possessions (`the Bush administration`, `Obama’s adviser`, `Trump’s wife`).
    if (SURNAME_ENDING.test(k)) return 'person';
    // `Philonise, his brother,` / `his daughter, Gianna,`: kin set off by commas.
    if (i + 2 < t.n && t.gap[i + 1] === G_COMMA && t.gap[i + 2] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i + 1)) && (KIN_NOUNS.has(t.key(i + 2)) || TITLES.has(t.key(i + 2)))) return 'person';
    if (i >= 2 && t.gap[i] === G_COMMA && t.gap[i - 1] === G_NONE && POSSESSIVE_DETERMINERS.has(t.key(i - 2)) && KIN_NOUNS.has(t.key(i - 1))) return 'person';
    if (i + 1 < t.n && t.gap[i + 1] === G_NONE && t.has(i + 1, F_LOWER)) {
      const nk = t.key(i + 1);
      if (LEADER_NOUNS.has(nk) || (t.has(i, F_POSS) && (TITLES.has(nk) || KIN_NOUNS.has(nk)))) return 'person';
      if (VERBS_AFTER_PERSON.has(nk)) return 'person';
    }
    return null;
  }

  // -- pass 3: headlines: only names the prose has shown, or the lexicon knows --------------
  headline(): void {
    const t = this.tokens;
    let i = 0;
    while (i < t.n) {
      if (!t.isCap(i) || isDroppable(t, i)) {
        i++;
        continue;
      }
      let matched = 0;
      let kind: ActorKind | null = null;
      for (let len = 4; len >= 1 && matched === 0; len--) {
        const e = i + len - 1;
        if (e >= t.n) continue;
        let ok = true;
        for (let x = i + 1; x <= e; x++) if (t.gap[x] !== G_NONE || !t.isCap(x)) ok = false;
        if (!ok) continue;
        const key = t.joined(i, e);
        const known = this.known.get(key);
        if (known !== undefined) {
          matched = len;
          kind = known;
        } else if (lexiconKindFor(t, i, e, key) !== null) {
          matched = len;
          kind = lexiconKindFor(t, i, e, key);
        } else if (len === 1 && this.surnames.has(key) && !this.givenNames.has(key)) {
          matched = 1;
          kind = 'person';
        } else if (len === 2 && FIRST_NAMES.has(t.key(i)) && !isDroppable(t, e) && !TITLES.has(t.key(e)) && lexiconKind(t.key(e)) === null) {
          matched = 2;
          kind = 'person';
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      const e = i + matched - 1;
      this.drafts.push({
        start: t.start[i],
        end: t.has(e, F_ABBR) && !t.has(e, F_DOTTED) && !t.has(e, F_INITIAL) ? t.end[e] - 1 : t.end[e],
        kind,
        role: null,
        roleSpan: null,
        label: -1,
        split: null,
        key: t.joined(i, e),
        first: t.key(i),
        last: t.key(e),
        count: e - i + 1,
      });
      i = e + 1;
    }
  }

  /** What headlines may match: every prose name, and the surnames of full names. */
  indexKnown(): void {
    this.known.clear();
    this.surnames.clear();
    this.givenNames.clear();
    for (const d of this.drafts) {
      const key = d.key;
      const had = this.known.get(key);
      if (had === undefined || had === null) this.known.set(key, d.kind);
      if (d.count >= 2 && (d.kind === 'person' || d.kind === null)) {
        addTo(this.surnames, d.last, key);
        addTo(this.givenNames, d.first, key);
      }
    }
  }

  /**
   * `Obama Putin meeting`: two words side by side that the text also uses alone as names
   * (or as surnames of full names), the first no given name, are two names.
   */
  splitSurnamePairs(): boolean {
    // Evidence from other names only: the pair itself says nothing about its words.
    const other = (m: Map<string, Set<string>>, w: string, pair: string): boolean => {
      const keys = m.get(w);
      return keys !== undefined && (keys.size > 1 || !keys.has(pair));
    };
    const alone = (w: string, pair: string): boolean =>
      other(this.surnames, w, pair) || (this.known.has(w) && this.known.get(w) !== 'place' && this.known.get(w) !== 'organization' && !isInstitutionWord(w));
    const splits = (d: Draft): boolean => {
      const pair = d.key;
      return d.split !== null && d.count === 2 && alone(d.first, pair) && alone(d.last, pair) && !other(this.givenNames, d.first, pair) && !FIRST_NAMES.has(d.first);
    };
    if (!this.drafts.some(splits)) return false;
    const out: Draft[] = [];
    for (const d of this.drafts) {
      const s = d.split;
      if (s !== null && splits(d)) {
        out.push({ ...d, start: s[0], end: s[1], key: d.first, last: d.first, count: 1, kind: 'person', split: null });
        out.push({ ...d, start: s[2], end: s[3], key: d.last, first: d.last, count: 1, kind: 'person', split: null });
      } else out.push(d);
    }
    this.drafts.length = 0;
    for (const d of out) this.drafts.push(d);
    return true;
  }

  // -- speaker labels ------------------------------------------------------------------------
  label(index: number, s: SpeakerLabel): void {
    if (s.anonymous) return;
    const text = this.text;
    const ns = s.nameSpan;
    if (!ns || ns.end <= ns.start || ns.start < 0 || ns.end > text.length) return;
    // Labels repeat (`MS. LIND:` a hundred times): the reading of a name is kept by its text.
    const written = text.slice(ns.start, ns.end);
    let r = this.labelMemo.get(written);
    if (r === undefined) {
      r = readLabelName(written);
      if (this.labelMemo.size < 10_000) this.labelMemo.set(written, r);
    }
    if (r === null) return;
    let role = s.role;
    let roleSpan = s.roleSpan;
    if (role === null && r.title !== null) {
      roleSpan = { start: ns.start + r.title.start, end: ns.start + r.title.end };
      role = r.titleText;
    }
    this.drafts.push({
      start: ns.start + r.start,
      end: ns.start + r.end,
      kind: r.kind,
      role,
      roleSpan: role === null ? null : roleSpan,
      label: index,
      split: null,
      key: r.key,
      first: r.first,
      last: r.last,
      count: r.count,
    });
  }

  readonly labelMemo = new Map<string, LabelName | null>();
}

/** How the name part of a label reads, offsets relative to the name's start. */
interface LabelName {
  readonly start: number;
  readonly end: number;
  /** A title written before the name (`Chairman HAMILTON`), when the label has no role. */
  readonly title: Span | null;
  readonly titleText: string | null;
  readonly kind: ActorKind;
  readonly key: string;
  readonly first: string;
  readonly last: string;
  readonly count: number;
}

/**
 * `MS. PSAKI` -> `PSAKI`; `Chairman HAMILTON` -> `HAMILTON` with the title `Chairman`;
 * `THE PRESIDENT` -> the whole label (a role in place of a name: the actors step decides
 * who it is); `Daily Courier` -> an organisation.
 */
function readLabelName(written: string): LabelName | null {
  const words: Span[] = [];
  let i = 0;
  const n = written.length;
  while (i < n) {
    while (i < n && isSpace(written.charCodeAt(i))) i++;
    const st = i;
    while (i < n && !isSpace(written.charCodeAt(i))) i++;
    if (i > st) words.push({ start: st, end: i });
  }
  if (words.length === 0) return null;
  const keys = words.map((w) => stripEdgePunct(written.slice(w.start, w.end).toLowerCase()));
  let first = 0;
  while (first < words.length && (keys[first] === 'the' || HONORIFICS.has(keys[first]))) first++;
  let lastTitle = -1;
  for (let w = first; w < words.length; w++) {
    const k = keys[w];
    if (TITLES.has(k)) lastTitle = w;
    else if (!ROLE_MODIFIERS.has(k) && !LEX_DEMONYMS.has(k) && !HONORIFICS.has(k) && k !== 'of' && k !== 'the') break;
  }
  let title: Span | null = null;
  if (lastTitle >= first) {
    title = { start: words[first].start, end: words[lastTitle].end };
    first = lastTitle + 1;
  }
  let end = words[words.length - 1].end;
  while (end > 0 && isTrailingPunct(written.charCodeAt(end - 1))) end--;
  let start: number;
  if (first >= words.length) {
    start = words[0].start;
    title = null;
  } else start = words[first].start;
  if (end <= start) return null;
  const parts = written
    .slice(start, end)
    .toLowerCase()
    .split(' ')
    .map(stripEdgePunct)
    .filter((w) => w.length > 0);
  const key = parts.join(' ');
  const lastWord = parts[parts.length - 1] ?? '';
  return {
    start,
    end,
    title,
    titleText: title === null ? null : titleCase(written.slice(title.start, title.end)),
    kind: LEX_ORGS.has(key) || ORG_HEADS.has(lastWord) ? 'organization' : 'person',
    key,
    first: parts[0] ?? '',
    last: lastWord,
    count: parts.length,
  };
}

/** Tokens a..e-1 are all titles, role modifiers, honorifics or demonyms. */
function allRoleWords(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) {
    const k = t.key(i);
    if (!(TITLES.has(k) || ROLE_MODIFIERS.has(k) || HONORIFICS.has(k) || LEX_DEMONYMS.has(k) || k === 'the' || lexiconKind(k) !== null)) return false;
  }
  return true;
}

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

function hasOfBefore(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (t.has(i, F_LOWER) && (t.key(i) === 'of' || t.key(i) === 'for' || t.key(i) === 'on')) return true;
  return false;
}

/** A title, head word, role modifier or demonym, or its plural: `Senators`, `Republican`, `Hall`. */
function isInstitutionWord(k: string): boolean {
  const sing = k.endsWith('s') ? k.slice(0, -1) : k;
  for (const w of sing === k ? [k] : [k, sing]) {
    if (TITLES.has(w) || ORG_HEADS.has(w) || LEX_PLACE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || LEX_DEMONYMS.has(w)) return true;
  }
  return false;
}

/** `the Joneses’ house`: a plural with a possessive mark, a family or group, not an organisation. */
function isPluralPossessive(text: string, t: Tokens, i: number): boolean {
  const e = t.end[i];
  return (text.charCodeAt(e - 1) | 32) === 115 && e < text.length && isApostrophe(text.charCodeAt(e));
}

/** `F.`, `O.J.`: an initial or initials, not a known abbreviation like `U.S.`. */
function isInitialLike(t: Tokens, i: number): boolean {
  if (t.has(i, F_INITIAL)) return true;
  if (!t.has(i, F_DOTTED) || !t.has(i, F_ALLCAPS)) return false;
  const k = t.key(i);
  return k.length <= 5 && lexiconKind(k) === null;
}

/**
 * A lower-case word after `the X` that reads as the noun X qualifies (`the Santorum
 * cocktail`), not as a verb (`the Kremlin agreed`, `the Onion is`).
 */
function isNounLike(t: Tokens, i: number): boolean {
  const k = t.key(i);
  if (STOPWORDS.has(k) || SPEECH_VERBS.has(k)) return false;
  if (k.endsWith('ed') || (k.endsWith('s') && !k.endsWith('ss'))) return false;
  return true;
}

function isShout(t: Tokens, i: number): boolean {
  return t.has(i, F_ALLCAPS) && !t.has(i, F_DOTTED);
}

function isConnectorWord(t: Tokens, i: number): boolean {
  if (t.has(i, F_AMP)) return true;
  if (!t.has(i, F_LOWER)) return false;
  return true;
}

/** A word that never starts or ends a name: `The`, `However`, `Tuesday`, `I`. */
function isDroppable(t: Tokens, i: number): boolean {
  if (!t.isCap(i)) return false;
  const k = t.key(i);
  // `US`, `IT`, `WHO` in capitals are acronyms, not the function words.
  if (t.has(i, F_ALLCAPS)) return CALENDAR.has(k) || NON_NAMES.has(k);
  return STOPWORDS.has(k) || CALENDAR.has(k) || NON_NAMES.has(k);
}

/** `Syrian`, `Russians`, `US-Russia`: an adjective or a people, not a name. */
function isAdjectiveOnly(t: Tokens, i: number): boolean {
  const k = t.key(i);
  if (LEX_DEMONYMS.has(k)) return true;
  if (k.endsWith('s') && LEX_DEMONYMS.has(k.slice(0, -1))) return true;
  if (k.endsWith('ns') && LEX_DEMONYMS.has(k.slice(0, -1))) return true;
  if (t.has(i, F_HYPHEN) && !t.has(i, F_PREFIXED)) {
    const parts = k.split('-');
    let known = 0;
    for (const p of parts) if (lexiconKind(p) !== null || LEX_DEMONYMS.has(p)) known++;
    if (known > 0 && lexiconKind(k) === null) return true;
  }
  return false;
}

/** Kind of the run a..b when the lexicon knows it whole (`the` handled by the caller). */
function lexiconKindFor(t: Tokens, a: number, b: number, whole: string): ActorKind | null {
  // `Who`, `Ice`: a lexicon acronym written as an ordinary word is that word.
  if (a === b && !t.has(a, F_ALLCAPS) && STOPWORDS.has(whole)) return null;
  return lexiconKind(whole);
}

/** Number of words from `a` that form a lexicon place or organisation (longest, up to 4). */
function leadingLexicon(t: Tokens, a: number, b: number): number {
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
function headKind(t: Tokens, a: number, b: number): ActorKind | null {
  const last = t.key(b);
  if (ORG_HEADS.has(last) && b > a) return 'organization';
  // `Christopher Hill`, `Anna Park`: a given name and a place word is a person.
  if (LEX_PLACE_HEADS.has(last) && b > a && !(b === a + 1 && FIRST_NAMES.has(t.key(a)))) return 'place';
  for (let i = a; i < b; i++) {
    if (t.has(i + 1, F_LOWER) && !t.has(i, F_LOWER)) {
      const k = t.key(i);
      if (ORG_HEADS.has(k)) return 'organization';
      if (LEX_PLACE_HEADS.has(k)) return 'place';
    }
  }
  if (b > a && LEX_PLACE_PREFIXES.has(t.key(a)) && !FIRST_NAMES.has(t.key(a + 1))) return 'place';
  if (a === b && ORG_HEADS.has(last) && (last === 'times' || last === 'news')) return 'organization';
  return null;
}

/** `biologist Nick Bos`, `former advice columnist Dan Savage`: a lower-case role right before. */
function lowerRoleBefore(t: Tokens, a: number): Span | null {
  if (a === 0 || t.gap[a] !== G_NONE) return null;
  const p = a - 1;
  if (!t.has(p, F_LOWER)) return null;
  const k = t.key(p);
  if (!TITLES.has(k) || VERB_LIKE_TITLES.has(k)) return null;
  // Leftwards over modifiers: `former`, `political activist and`, `Wikinews`, `2012 presidential`.
  let s = p;
  while (s > 0 && t.gap[s] === G_NONE && !t.has(s - 1, F_POSS)) {
    const q = s - 1;
    if (t.has(q, F_LOWER)) {
      const w = t.key(q);
      if (LOWER_ROLE_MODIFIERS.has(w) || TITLES.has(w) || ROLE_MODIFIERS.has(w) || ADJECTIVE_ENDING.test(w)) s = q;
      else if (w === 'and' && q > 0 && t.has(q - 1, F_LOWER) && TITLES.has(t.key(q - 1))) s = q;
      else break;
    } else if (t.isCap(q) && !isDroppable(t, q)) s = q;
    else if (t.has(q, F_DIGIT) && t.end[q] - t.start[q] === 4) s = q;
    else break;
  }
  return { start: t.start[s], end: t.end[p] };
}

/**
 * A role set off by a comma after the name: `Sergey Lavrov, Russia’s Foreign Minister`,
 * `Ned Price, White House spokesman`. It must hold a title; it ends at punctuation or at
 * the first word that can be no part of a role.
 */
function appositiveRole(t: Tokens, b: number): Span | null {
  let i = b + 1;
  if (i >= t.n || t.gap[i] !== G_COMMA) return null;
  const first = i;
  let start = -1;
  let last = -1;
  let title = false;
  for (; i < t.n && i - first < 16; i++) {
    if (i > first && t.gap[i] !== G_NONE) break;
    if (t.has(i, F_AMP)) continue;
    const k = t.key(i);
    if (t.has(i, F_LOWER)) {
      if (i === first && DETERMINERS.has(k)) continue;
      if (TITLES.has(k) || LOWER_ROLE_MODIFIERS.has(k) || ROLE_MODIFIERS.has(k)) {
        if (start < 0) start = i;
        if (TITLES.has(k)) {
          title = true;
          last = i;
        }
        continue;
      }
      if (ROLE_CONNECTORS.has(k) && start >= 0) continue;
      break;
    }
    if (t.isCap(i)) {
      if (HONORIFICS.has(k)) return null;
      if (start < 0) start = i;
      if (TITLES.has(k)) title = true;
      last = i;
      continue;
    }
    break;
  }
  if (!title || start < 0 || last < start) return null;
  return { start: t.start[start], end: t.end[last] };
}

function stripEdgePunct(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isWordKind(kindOf(w.charCodeAt(s)))) s++;
  while (e > s && !isWordKind(kindOf(w.charCodeAt(e - 1)))) e--;
  return s === 0 && e === w.length ? w : w.slice(s, e);
}

function isTrailingPunct(c: number): boolean {
  return c === 44 || c === 58 || c === 59 || c === 46 || c === 41 || c === 93 || c === 62;
}

/**
 * `ANGELA MERKEL` -> `Angela Merkel`, `JEAN-PIERRE` -> `Jean-Pierre`, `O'NEILL` -> `O'Neill`;
 * a joined prefix stays lower case (`AL-ASSAD` -> `al-Assad`).
 */
export function titleCase(s: string): string {
  let out = '';
  let letters = 0; // letters so far in the current word part
  let wordStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = kindOf(c);
    if (isLetterKind(k)) {
      out += letters === 0 ? s[i].toUpperCase() : s[i].toLowerCase();
      letters++;
    } else if (k === K_MARK || k === K_DIGIT) {
      out += s[i];
    } else if (isApostrophe(c)) {
      out += s[i];
      // `O'Neill`, `d'Ettorre` capitalise after the mark; `Don't` does not.
      if (letters === 1) letters = 0;
    } else {
      out += s[i];
      if (isHyphen(c)) {
        const prefix = out.slice(wordStart, out.length - 1).toLowerCase();
        if (JOINED_PREFIXES.has(prefix) && prefix.length >= 2) out = out.slice(0, wordStart) + prefix + '-';
      } else wordStart = out.length;
      letters = 0;
    }
  }
  return out;
}

/**
 * Every capitalised name of the text: in prose (with its role), in headlines when the
 * prose or the lexicon confirms it, and the name part of each speaker label (`label` set).
 */
export function findNames(text: string, lines: LineIndex, speakers: readonly SpeakerLabel[]): NameCandidate[] {
  const f = new Finder(text);
  const nLines = lines.starts.length;
  const modes = new Uint8Array(nLines);
  const from = new Int32Array(nLines);
  // Where each line's prose begins: after a speaker label on it.
  let si = 0;
  for (let li = 0; li < nLines; li++) {
    const ls = lines.starts[li];
    const le = lines.ends[li];
    let start = ls;
    while (si < speakers.length && speakers[si].start < ls) si++;
    let sj = si;
    while (sj < speakers.length && speakers[sj].start < le) {
      const s = speakers[sj];
      const body = Math.max(s.end, s.bodyStart);
      if (body > start && body <= le) start = body;
      sj++;
    }
    from[li] = start;
  }
  // Pass 1: line modes and word evidence.
  const t = f.tokens;
  for (let li = 0; li < nLines; li++) {
    const le = lines.ends[li];
    if (from[li] >= le) continue;
    tokenize(text, from[li], le, t);
    modes[li] = lineMode(text, from[li], le, t);
    f.observe(modes[li]);
  }
  // Pass 2: prose.
  for (let li = 0; li < nLines; li++) {
    const le = lines.ends[li];
    if (from[li] >= le || modes[li] !== M_PROSE) continue;
    tokenize(text, from[li], le, t);
    f.prose();
  }
  f.indexKnown();
  if (f.splitSurnamePairs()) f.indexKnown();
  // Pass 3: headlines.
  for (let li = 0; li < nLines; li++) {
    const le = lines.ends[li];
    if (from[li] >= le || modes[li] !== M_HEADLINE) continue;
    tokenize(text, from[li], le, t);
    f.headline();
  }
  // Speaker labels.
  for (let i = 0; i < speakers.length; i++) f.label(i, speakers[i]);

  const drafts = f.drafts.filter((d) => d.end > d.start);
  drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: NameCandidate[] = [];
  let lastEnd = -1;
  for (const d of drafts) {
    if (d.start < lastEnd) continue;
    lastEnd = d.end;
    out.push({
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      role: d.role,
      roleSpan: d.roleSpan,
      label: d.label,
    });
  }
  return out;
}
