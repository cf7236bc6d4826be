/**
 * Word tokens of one line for the name finder: a char-code loop into reused typed arrays,
 * with flags for case, abbreviations, possessives and sentence starts, and a hash of each
 * lower-cased word so that lexicon lookups need no string. Also the line modes (prose,
 * title-case headline, capitals only).
 */
import { JOINED_PREFIXES, STOPWORDS } from './lexicon-words';

export const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt adm rev mt ft hon messrs mme mlle
  inc corp ltd co bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec pres supt cmdr`.split(/\s+/),
);

// ---------------------------------------------------------------------------------------
// Characters.

export const K_OTHER = 1;
export const K_UPPER = 2;
export const K_LOWER = 3;
export const K_CASELESS = 4;
export const K_MARK = 5;
export const K_DIGIT = 6;

export const charKinds = new Uint8Array(65536);
export const lowerCodes = new Uint16Array(65536);
export const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
export const RE_LOWER = /^\p{Ll}$/u;
export const RE_LETTER = /^\p{L}$/u;
export const RE_MARK = /^\p{M}$/u;
export const RE_DIGIT = /^\p{Nd}$/u;

export function classify(c: number): number {
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

export function kindOf(c: number): number {
  let k = charKinds[c];
  if (k === 0) {
    k = classify(c);
    charKinds[c] = k;
  }
  return k;
}

export function lowerCode(c: number): number {
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

export function isWordKind(k: number): boolean {
  return k >= K_UPPER;
}

export function isLetterKind(k: number): boolean {
  return k === K_UPPER || k === K_LOWER || k === K_CASELESS;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Punctuation that breaks a name but does not end a sentence. */
export function isSoftBreak(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 47 || c === 92 || c === 43 || c === 61 || c === 37 || c === 36 || c === 64 || c === 126 || c === 94;
}

export function hashMix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** The same hash a token gets, for a lower-case word. */
export function hashWord(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashMix(h, lowerCode(w.charCodeAt(i)));
  return h;
}

/** Word hashes to look tokens up by (`Tokens.in`). */
export interface HashSet {
  has(h: number): boolean;
}

/** A set of 32-bit hashes in an open-addressing table: a look-up is a few typed-array reads. */
export class HashTable implements HashSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly zero: boolean;
  /**
   * One bit per slot of the high bits of the hash, set for each member: most words asked are
   * no member, and a clear bit tells so in one read, before any probing.
   */
  private readonly bits: Int32Array;
  private readonly bitMask: number;

  constructor(hashes: Iterable<number>) {
    const all = new Set(hashes);
    let size = 16;
    while (size < all.size * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.zero = all.has(0);
    let nbits = 512;
    while (nbits < all.size * 16 && nbits < 1 << 16) nbits *= 2;
    this.bits = new Int32Array(nbits >>> 5);
    this.bitMask = nbits - 1;
    for (const h of all) {
      if (h === 0) continue;
      let i = (h ^ (h >>> 15)) & this.mask;
      while (this.table[i] !== 0) i = (i + 1) & this.mask;
      this.table[i] = h;
      const x = (h >>> 16) & this.bitMask;
      this.bits[x >>> 5] |= 1 << (x & 31);
    }
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    const x = (h >>> 16) & this.bitMask;
    if ((this.bits[x >>> 5] & (1 << (x & 31))) === 0) return false;
    const t = this.table;
    let i = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const v = t[i];
      if (v === h) return true;
      if (v === 0) return false;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * A set of word hashes filled and emptied line after line: emptying is a new stamp, no
 * clearing of memory, and nothing is allocated once it is large enough.
 */
export class HashMarks {
  private keys = new Int32Array(256);
  private stamps = new Int32Array(256);
  private mask = 255;
  private stamp = 1;
  private count = 0;

  clear(): void {
    this.count = 0;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(h: number): void {
    if (this.count * 2 >= this.keys.length) this.grow();
    const k = this.keys;
    const st = this.stamps;
    let i = (h ^ (h >>> 15)) & this.mask;
    while (st[i] === this.stamp) {
      if (k[i] === h) return;
      i = (i + 1) & this.mask;
    }
    st[i] = this.stamp;
    k[i] = h;
    this.count++;
  }

  has(h: number): boolean {
    const k = this.keys;
    const st = this.stamps;
    let i = (h ^ (h >>> 15)) & this.mask;
    while (st[i] === this.stamp) {
      if (k[i] === h) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldStamps = this.stamps;
    const size = oldKeys.length * 2;
    this.keys = new Int32Array(size);
    this.stamps = new Int32Array(size);
    this.mask = size - 1;
    const stamp = this.stamp;
    this.stamp = 1;
    this.count = 0;
    for (let j = 0; j < oldKeys.length; j++) if (oldStamps[j] === stamp) this.add(oldKeys[j]);
  }
}

export function hashSet(words: Iterable<string>): HashSet {
  const out: number[] = [];
  for (const w of words) out.push(hashWord(w));
  return new HashTable(out);
}


export const STOPWORD_HASHES = hashSet(STOPWORDS);
const H_ABBREVIATIONS = hashSet(ABBREVIATIONS);

// ---------------------------------------------------------------------------------------
// Tokens of one line.

export const F_CAP = 1; // first letter upper case (or upper case after a joined prefix: al-Assad)
export const F_LOWER = 2; // first letter lower case
export const F_ALLCAPS = 4; // two or more letters, none lower case
export const F_DIGIT = 8;
export const F_INITIAL = 16; // one capital and a period: `F.`
export const F_ABBR = 32; // the token includes a final period: `Mr.`, `U.S.`
export const F_POSS = 64; // followed by a possessive 's (not part of the token)
export const F_SENT = 128; // opens a sentence, a quote or a line
export const F_HYPHEN = 256;
export const F_AMP = 512; // the token is `&`
export const F_PREFIXED = 1024; // `al-Assad`, `d'Ettorre`
export const F_DOTTED = 2048; // a period inside: `U.S`
export const F_HASLOWER = 4096;
export const F_APOS = 8192; // an apostrophe inside: `O'Neill`, `don't`
export const F_CUT = 16384; // cut off before a dash, a false start: `the Pres- — the President`

export const G_NONE = 0; // only spaces before the token
export const G_COMMA = 1;
export const G_BREAK = 2; // other punctuation
export const G_SENT = 3; // sentence end, quote, colon or line start

export class Tokens {
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Int32Array(256);
  gap = new Uint8Array(256);
  hash = new Int32Array(256);
  /** Key of each token, valid where `keyGen` holds the current `gen` (a new line is a new generation, nothing cleared). */
  private keys: string[] = new Array<string>(256).fill('');
  private keyGen = new Int32Array(256);
  private gen = 1;
  /** Keys asked beyond the buffer. */
  private farKeys: (string | undefined)[] = [];
  /** Word classes of each token (`classes`), valid where `classGen` holds the current `gen`. */
  private cls = new Int32Array(256);
  private classGen = new Int32Array(256);
  n = 0;
  text = '';
  /**
   * Counts of the line's tokens, kept as they are pushed (for `lineMode` and the prose
   * reader, with no pass of their own): words (no `&`), capitalised words (no digit),
   * words in capitals, words in lower case; whether some word has a lower-case letter.
   */
  words = 0;
  caps = 0;
  allCaps = 0;
  lowers = 0;
  anyLower = false;

  reset(text: string): void {
    this.n = 0;
    this.text = text;
    this.words = 0;
    this.caps = 0;
    this.allCaps = 0;
    this.lowers = 0;
    this.anyLower = false;
    // Setting an array's length is a call into the engine: only when there is something to drop.
    if (this.farKeys.length !== 0) this.farKeys.length = 0;
    if (++this.gen === 0x7fffffff) {
      this.keyGen.fill(0);
      this.classGen.fill(0);
      this.gen = 1;
    }
  }

  push(start: number, end: number, flags: number, gap: number, hash: number): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = gap === G_SENT ? flags | F_SENT : flags;
    this.gap[i] = gap;
    this.hash[i] = hash;
    if ((flags & F_AMP) === 0) {
      this.words++;
      if ((flags & F_HASLOWER) !== 0) this.anyLower = true;
      if ((flags & F_ALLCAPS) !== 0) this.allCaps++;
      if ((flags & (F_CAP | F_DIGIT)) === F_CAP) this.caps++;
    }
    if ((flags & F_LOWER) !== 0) this.lowers++;
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
    this.keyGen = g(this.keyGen, new Int32Array(m));
    this.cls = g(this.cls, new Int32Array(m));
    this.classGen = g(this.classGen, new Int32Array(m));
    for (let i = this.keys.length; i < m; i++) this.keys.push('');
  }

  /** Lower-case form without a final period, `’` as `'`: `U.S.` -> `u.s`. */
  key(i: number): string {
    if (i >= 0 && i < this.keyGen.length) {
      if (this.keyGen[i] === this.gen) return this.keys[i];
      const k = this.makeKey(i);
      this.keys[i] = k;
      this.keyGen[i] = this.gen;
      return k;
    }
    let k = this.farKeys[i];
    if (k === undefined) {
      k = this.makeKey(i);
      this.farKeys[i] = k;
    }
    return k;
  }

  private makeKey(i: number): string {
    let k: string;
    const s = this.start[i];
    let e = this.end[i];
    if (this.flags[i] & F_ABBR) e--;
    // Words repeat: the key of an ASCII word is found by its hash (and checked), not made again.
    const h = this.hash[i];
    const slot = (h ^ (h >>> 15)) & KEY_SLOTS_MASK;
    const known = KEY_STRINGS[slot];
    if (known !== '' && KEY_HASHES[slot] === h && sameAsciiKey(this.text, s, e, known)) k = known;
    else {
      k = this.text.slice(s, e).toLowerCase();
      if (k.indexOf('’') >= 0) k = k.split('’').join("'");
      if (k.length > 0 && isAsciiKey(k)) {
        KEY_HASHES[slot] = h;
        KEY_STRINGS[slot] = k;
      }
    }
    return k;
  }

  has(i: number, f: number): boolean {
    return (this.flags[i] & f) !== 0;
  }

  /**
   * The word classes of token `i` (a bit mask of the lists its key is in, see name-kinds
   * `classesOf`), read once per token of a line and kept per word across lines: bits in
   * place of set look-ups. A word no list holds is known by its hash alone, with no key made.
   */
  classes(i: number): number {
    if (i >= 0 && i < this.n) {
      if (this.classGen[i] === this.gen) return this.cls[i];
      const h = this.hash[i];
      let c = 0;
      if (CLASSIFIER.words.has(h)) {
        const k = this.key(i);
        const slot = (h ^ (h >>> 15)) & CLASS_SLOTS_MASK;
        if (k !== '' && CLASS_KEYS[slot] === k) c = CLASS_BITS[slot];
        else {
          c = CLASSIFIER.of(k);
          CLASS_KEYS[slot] = k;
          CLASS_BITS[slot] = c;
        }
      }
      this.cls[i] = c;
      this.classGen[i] = this.gen;
      return c;
    }
    // Beyond the line's tokens: from the key, as a set look-up of it would be.
    return CLASSIFIER.of(this.key(i));
  }

  /** True when token `i` is one of the words of `set` (compared by hash). */
  in(set: HashSet, i: number): boolean {
    return i >= 0 && i < this.n && set.has(this.hash[i]);
  }

  /** A capitalised word that may be part of a name (not one cut off: `the Pres- —`). */
  isCap(i: number): boolean {
    return (this.flags[i] & (F_CAP | F_DIGIT | F_CUT)) === F_CAP;
  }

  /** Token `i` is the word `w` of hash `h` (the hash first: most tokens differ there). */
  is(i: number, h: number, w: string): boolean {
    return this.hash[i] === h && this.key(i) === w;
  }

  /** Keys of tokens a..b joined by single spaces. */
  joined(a: number, b: number): string {
    let s = this.key(a);
    for (let i = a + 1; i <= b; i++) s += ' ' + this.key(i);
    return s;
  }
}

/** How `Tokens.classes` classifies a key, and the hashes of every word some class holds (set by name-kinds). */
export interface WordClassifier {
  readonly of: (key: string) => number;
  readonly words: HashSet;
}

let CLASSIFIER: WordClassifier = { of: () => 0, words: { has: () => false } };

export function setWordClassifier(c: WordClassifier): void {
  CLASSIFIER = c;
}

/** Classes of keys by their hash, one slot per hash (see `Tokens.classes`). */
const CLASS_SLOTS_MASK = (1 << 14) - 1;
const CLASS_KEYS: string[] = new Array<string>(CLASS_SLOTS_MASK + 1).fill('');
const CLASS_BITS = new Int32Array(CLASS_SLOTS_MASK + 1);

/**
 * Keys of ASCII words by their hash (see `Tokens.key`): one slot per hash, a later word
 * taking the slot of an earlier one; a look-up is two array reads and no boxed number.
 */
const KEY_SLOTS_MASK = (1 << 16) - 1;
const KEY_HASHES = new Int32Array(KEY_SLOTS_MASK + 1);
const KEY_STRINGS: string[] = new Array<string>(KEY_SLOTS_MASK + 1).fill('');

function isAsciiKey(k: string): boolean {
  for (let j = 0; j < k.length; j++) if (k.charCodeAt(j) >= 128) return false;
  return true;
}

/** True when text[s, e) in lower case (`’` as `'`) is the ASCII key `k`. */
function sameAsciiKey(text: string, s: number, e: number, k: string): boolean {
  if (e - s !== k.length) return false;
  for (let j = 0; j < k.length; j++) {
    let c = text.charCodeAt(s + j);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c >= 128) return false;
    if (c !== k.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * A word of ASCII letters only at `from`, followed by the end, a space or punctuation that
 * ends a word (not `-`, `'`, `.`): pushed as `scanWord` would push it, returning where it
 * ends; 0 when the word is not that plain (nothing pushed).
 */
function plainWord(text: string, from: number, to: number, gap: number, buf: Tokens): number {
  let h = HASH_SEED;
  // The letters' codes OR-ed together: the bit of 32 is set when some letter is lower case.
  let seen = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    // `c | 32` is the lower case of an ASCII letter, and in a..z only for a letter.
    const l = c | 32;
    if (l >= 97 && l <= 122) {
      seen |= c;
      h = Math.imul(h ^ l, 0x01000193);
    } else {
      if (c >= 128 || c === 45 || c === 39 || c === 46 || charKinds[c] !== K_OTHER) return 0;
      break;
    }
  }
  const first = text.charCodeAt(from);
  let flags = first <= 90 ? F_CAP : F_LOWER;
  if ((seen & 32) !== 0) flags |= F_HASLOWER;
  else if (i - from >= 2) flags |= F_ALLCAPS;
  buf.push(from, i, flags, gap, h);
  return i;
}

/** Splits text[from, to) into word tokens. */
export function tokenize(text: string, from: number, to: number, buf: Tokens): void {
  buf.reset(text);
  let gap = G_SENT;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // A line break inside the stretch (a paragraph's wrap) reads as a space.
    if (c === 32 || c === 10 || c === 13) {
      i++;
      continue;
    }
    // Most words are ASCII letters ended by a space or plain punctuation: read here in one
    // pass. Anything else in or after the word (a digit, hyphen, apostrophe, period, a
    // letter beyond ASCII) goes to `scanWord`, which reads the word from its start.
    const l = c | 32;
    if (l >= 97 && l <= 122) {
      const j = plainWord(text, i, to, gap, buf);
      if (j > 0) {
        i = j;
        gap = G_NONE;
        continue;
      }
      i = scanWord(text, i, to, gap, buf);
      gap = G_NONE;
      continue;
    }
    const k = kindOf(c);
    if (isWordKind(k)) {
      i = scanWord(text, i, to, gap, buf);
      gap = G_NONE;
      continue;
    }
    // `\_`, a no-break space written out in markdown (`President\_Biden`), reads as a space.
    if (c === 92 && i + 1 < to && text.charCodeAt(i + 1) === 95) {
      i += 2;
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
      // The next word follows it as it follows an attached one (`Okafor ’s national
      // security advisor`); runs end at a possessive whatever the gap.
      buf.flags[buf.n - 1] |= F_POSS;
      i++;
      gap = G_NONE;
    } else if (isApostrophe(c) && buf.n > 0 && gap === G_NONE && buf.end[buf.n - 1] === i - 1 && (text.charCodeAt(i - 2) | 32) === 115 && (i >= to || isSpace(text.charCodeAt(i)))) {
      // A plural's possessive mark (`Harbour Workers’ Union`, `the Joneses’ house`): the word
      // after it follows as after a plain word; a lower-case one ends the name as ever.
    } else if (isSoftBreak(c)) {
      if (gap < G_BREAK) gap = G_BREAK;
    } else {
      gap = G_SENT;
    }
  }
}

export function scanWord(text: string, from: number, to: number, gap: number, buf: Tokens): number {
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
    // ASCII letters and digits first: most of the text.
    if (c >= 97 && c <= 122) {
      lower++;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      upper++;
      h = Math.imul(h ^ (c + 32), 0x01000193);
      i++;
      continue;
    }
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
      if (!isWordKind(k1) || (isApostrophe(c) && !isLetterKind(k1))) {
        if (isHyphen(c) && cutOff(text, i + 1, to)) flags |= F_CUT;
        break;
      }
      if (k1 === K_UPPER && upper === 0 && lower > 0 && i - from <= 3 && JOINED_PREFIXES.has(text.slice(from, i).toLowerCase())) prefixed = true;
      if (isHyphen(c)) {
        flags |= F_HYPHEN;
        // `Japan-U.S.`: an abbreviation after the hyphen is read as one (`U.S.`).
        segStart = i + 1;
      } else flags |= F_APOS;
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
    } else if (end - from <= 5 && digits === 0 && H_ABBREVIATIONS.has(h) && ABBREVIATIONS.has(text.slice(from, end).toLowerCase())) abbr = true;
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

/** A dash follows at `i`, after spaces if any: the hyphen before it cut a word off (`Pres- —`). */
function cutOff(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && j < i + 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  if (j >= to) return false;
  const c = text.charCodeAt(j);
  return c === 0x2014 || c === 0x2013 || isHyphen(c);
}

// ---------------------------------------------------------------------------------------
// Line modes.

/** Some lower-case word of the line is no stopword (`meet` in `Obama and Putin meet`). */
function hasContentWord(t: Tokens): boolean {
  for (let i = 0; i < t.n; i++) {
    const f = t.flags[i];
    if (f & F_AMP || (f & (F_CAP | F_DIGIT)) === F_CAP) continue;
    if (f & F_LOWER && !STOPWORD_HASHES.has(t.hash[i])) return true;
  }
  return false;
}

export const M_PROSE = 0;
export const M_HEADLINE = 1; // title case: `Obama and Putin Meet`
export const M_CAPS = 2; // capitals only

export function lineMode(text: string, from: number, to: number, t: Tokens): number {
  // Counted as the tokens were pushed (`Tokens.words` and the others).
  if (!t.anyLower && t.allCaps >= 2) return M_CAPS;
  if (t.caps >= 2 && t.words <= 20 && !hasContentWord(t)) {
    let e = to - 1;
    while (e >= from && isSpace(text.charCodeAt(e))) e--;
    const last = e >= from ? text.charCodeAt(e) : 0;
    if (last !== 46 && last !== 63 && last !== 33 && last !== 44 && last !== 59 && last !== 0x2026) return M_HEADLINE;
  }
  return M_PROSE;
}
