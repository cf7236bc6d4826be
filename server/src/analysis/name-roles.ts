/**
 * Roles written next to names: titles and honorifics before a name (`Russian President |
 * Vladimir Putin`), a lower-case occupation before it (`biologist Nick Bos`), an appositive
 * after it (`Sergey Lavrov, Russia’s Foreign Minister`), and the name part of speaker labels.
 */
import type { ActorKind, Span } from './model';
import { HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLES, TITLE_COMPLEMENTS, VERB_LIKE_TITLES } from './lexicon-titles';
import { JOINED_PREFIXES } from './lexicon-words';
import { NON_ACTOR_HEADS, ORG_HEADS } from './lexicon-orgs';
import { ADJECTIVE_ENDING, DETERMINERS, LEX_DEMONYMS, LEX_ORGS, LEX_PLACE_HEADS, ROLE_CONNECTORS, headKind, isConnectorWord, isDroppable, leadingLexicon, lexiconKind, W_FIRST_NAME, W_HONORIFIC, W_NON_ACTOR_HEAD, W_ORG_HEAD, W_PLACE_HEAD, W_ROLE_MODIFIER, W_STOP, W_TITLE } from './name-kinds';
import { F_AMP, F_DIGIT, F_LOWER, F_POSS, G_NONE, G_COMMA, K_DIGIT, K_MARK, hashWord, isApostrophe, isHyphen, isLetterKind, isSpace, isWordKind, kindOf, type Tokens } from './name-tokens';

export interface Peel {
  nameStart: number;
  role: Span | null;
  person: boolean;
  /** The run is a role with no name (`Madam Speaker`, `U.S. Secretary of State`). */
  roleOnly: boolean;
  roleStart: number;
  roleEnd: number;
  /** Where a name after `Title of` starts (`Chair of | the Harbour Safety Council`); -1 if none. */
  restFrom: number;
}

/**
 * Titles and honorifics at the start of a run: `Russian President | Vladimir Putin`,
 * `Secretary of State | John Kerry`, `Mr | Kerry`, `Madam Speaker` (all role).
 */
/** No role before the name at token `a` (made when returned: most runs have none). */
function noRole(a: number): Peel {
  return { nameStart: a, role: null, person: false, roleOnly: false, roleStart: a, roleEnd: a, restFrom: -1 };
}

export function peelRole(t: Tokens, a: number, b: number): Peel {
  // `University of X`, `Office of the President`: a head word before `of` makes an
  // organisation or place, whatever titles follow.
  // Not after a title and `of`, where the body is the title's (`President of the | International
  // Guild of Lamplighters`).
  for (let i = a; i < b; i++) {
    const k = t.classes(i);
    if ((k & W_TITLE) !== 0 && t.has(i + 1, F_LOWER) && t.key(i + 1) === 'of' && allRoleWords(t, a, i)) break;
    if ((k & (W_ORG_HEAD | W_PLACE_HEAD)) !== 0 && (k & W_TITLE) === 0 && i + 1 <= b && t.has(i + 1, F_LOWER)) return noRole(a);
  }
  let last = -1;
  let honorOnly = true;
  for (let i = a; i <= b; i++) {
    const k = t.classes(i);
    const title = (k & W_TITLE) !== 0 || isLadyTitle(t, i);
    if (title || ((k & W_HONORIFIC) !== 0 && (t.key(i) !== 'master' || masterOf(t, i, a, b)))) {
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
          // `Chair of the Harbour Safety Council`: the title is a role, the rest a name.
          let rs0 = a;
          while (rs0 < i && ((t.classes(rs0) & W_HONORIFIC) !== 0 || t.key(rs0) === 'the')) rs0++;
          return { nameStart: b + 1, role: null, person: true, roleOnly: true, roleStart: rs0, roleEnd: i, restFrom: u };
        }
      }
    }
  }
  if (last < 0) return noRole(a);
  let rs = a;
  while (rs <= last && (((t.classes(rs) & W_HONORIFIC) !== 0 && !isLadyTitle(t, rs)) || t.key(rs) === 'the')) rs++;
  // Words of a title-case heading before the role of a name are no part of it (`Remarks By |
  // President Biden`): the role starts at its first title and the role words right before it.
  // A function word capitalised in the run (`By`, `And`) tells a heading: the role starts after it.
  if (!honorOnly && last < b) {
    let ft = rs;
    while (ft < last && (t.classes(ft) & W_TITLE) === 0 && !isLadyTitle(t, ft)) ft++;
    for (let i = ft - 1; i >= rs; i--) {
      const k = t.key(i);
      if (k !== 'of' && k !== 'the' && (t.classes(i) & W_STOP) !== 0) {
        rs = i + 1;
        break;
      }
    }
  }
  const roleSpan: Span | null = rs <= last && !honorOnly ? { start: t.start[rs], end: t.end[last] } : null;
  if (last === b) {
    // `Martin Luther King`: a given name before a title-like surname keeps the whole name.
    for (let i = a; i < b; i++) if ((t.classes(i) & (W_FIRST_NAME | W_TITLE)) === W_FIRST_NAME) return noRole(a);
    return { nameStart: b + 1, role: roleSpan, person: true, roleOnly: rs <= last, roleStart: rs, roleEnd: last, restFrom: -1 };
  }
  // `General Assembly`, `Justice Department`: the rest is an organisation.
  if (headKind(t, last + 1, b) !== null && (t.classes(last) & W_HONORIFIC) === 0) return noRole(a);
  // `the Justice Department`, `West Executive Avenue`, `the World Leader Summit`: one head
  // word of a body, a place or an event after the title is no one's name.
  if (last + 1 === b && (t.classes(last) & W_HONORIFIC) === 0) {
    if ((t.classes(b) & (W_ORG_HEAD | W_PLACE_HEAD | W_NON_ACTOR_HEAD)) !== 0) return noRole(a);
  }
  if (isConnectorWord(t, last + 1)) return noRole(a);
  // A role word that is also a name word right before the name (`Will`, `Bishop`) only
  // counts when written as a title: capitalised and not the only word before the name.
  return { nameStart: last + 1, role: roleSpan, person: true, roleOnly: false, roleStart: rs, roleEnd: last, restFrom: -1 };
}

export interface LabelName {
  readonly start: number;
  readonly end: number;
  /** A title written before the name (`Chairman WHITFIELD`), when the label has no role. */
  readonly title: Span | null;
  readonly titleText: string | null;
  readonly kind: ActorKind;
  readonly key: string;
  readonly first: string;
  readonly last: string;
  readonly count: number;
}

/**
 * `MS. HALVORSEN` -> `HALVORSEN`; `Chairman WHITFIELD` -> `WHITFIELD` with the title `Chairman`;
 * `THE PRESIDENT` -> the whole label (a role in place of a name: the actors step decides
 * who it is); `Daily Courier` -> an organisation.
 */
export function readLabelName(written: string): LabelName | null {
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
    if (TITLES.has(k) || (k === 'lady' && w > 0 && (keys[w - 1] === 'first' || keys[w - 1] === 'second'))) lastTitle = w;
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
    // `USS DELAWARE CREW:`, `CAST:`: a ship's company, a crew or a team speaks as a body.
    kind: LEX_ORGS.has(key) || ORG_HEADS.has(lastWord) || COLLECTIVE_NOUNS.has(lastWord) || SHIP_PREFIXES.has(parts[0] ?? '') ? 'organization' : 'person',
    key,
    first: parts[0] ?? '',
    last: lastWord,
    count: parts.length,
  };
}

/** Nouns of a body of people that speaks together (`USS DELAWARE CREW:`). */
const COLLECTIVE_NOUNS = new Set(['crew', 'crews', 'team', 'choir', 'chorus', 'band', 'cast', 'delegation', 'squad', 'company', 'ensemble']);

/** Prefixes of ships' names (`USS`, `HMS`). */
const SHIP_PREFIXES = new Set(['uss', 'usns', 'hms', 'hmcs', 'hmas', 'hmnzs', 'rms', 'uscgc']);

/** `First Lady`, `Second Lady`: a form of address that is a title after `first` or `second`. */
/**
 * `Master John Varden`, `Master Philip`: the form of address of a boy or a young man, opening
 * the run before a name; not inside a name (`the ICT Master Plan`) nor before a thing.
 */
function masterOf(t: Tokens, i: number, a: number, b: number): boolean {
  if (i !== a || i + 1 > b) return false;
  const n = t.key(i + 1);
  return !NON_ACTOR_HEADS.has(n) && !ORG_HEADS.has(n) && !LEX_PLACE_HEADS.has(n) && lexiconKind(n) === null;
}

const H_LADY = hashWord('lady');

export function isLadyTitle(t: Tokens, i: number): boolean {
  if (i <= 0 || !t.is(i, H_LADY, 'lady') || t.gap[i] !== G_NONE || !t.isCap(i - 1)) return false;
  const p = t.key(i - 1);
  return p === 'first' || p === 'second';
}

/** Tokens a..e-1 are all titles, role modifiers, honorifics or demonyms. */
export function allRoleWords(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) {
    const k = t.key(i);
    if (!(TITLES.has(k) || ROLE_MODIFIERS.has(k) || HONORIFICS.has(k) || LEX_DEMONYMS.has(k) || k === 'the' || lexiconKind(k) !== null)) return false;
  }
  return true;
}

/**
 * A title that is also a verb (`coach`, `chief`, `host`) is a noun here: after a name or a
 * possessive (`Arsenal coach`, `the club's coach`); not after a pronoun, a helper verb or a
 * role word (`We coach`, `to host`, `Head coach`).
 */
function nounBefore(t: Tokens, p: number): boolean {
  if (p === 0 || t.gap[p] !== G_NONE) return false;
  const q = p - 1;
  if (t.has(q, F_POSS)) return true;
  // `opposition leader`, `Labour leader`, `police chief`, `majority whip`: after a word that
  // modifies titles, the title is a noun.
  if ((t.classes(q) & W_ROLE_MODIFIER) !== 0 && (t.classes(q) & W_STOP) === 0) return true;
  return t.isCap(q) && !t.has(q, F_LOWER) && !isDroppable(t, q) && (t.classes(q) & (W_STOP | W_TITLE | W_ROLE_MODIFIER | W_HONORIFIC)) === 0;
}

export function lowerRoleBefore(t: Tokens, a: number): Span | null {
  if (a === 0 || t.gap[a] !== G_NONE) return null;
  const p = a - 1;
  if (!t.has(p, F_LOWER)) return null;
  if ((t.classes(p) & W_TITLE) === 0 || (VERB_LIKE_TITLES.has(t.key(p)) && !nounBefore(t, p))) return null;
  // Leftwards over modifiers: `former`, `political activist and`, `Meridian News`, `2012 presidential`.
  let s = p;
  while (s > 0 && t.gap[s] === G_NONE && !t.has(s - 1, F_POSS)) {
    const q = s - 1;
    if (t.has(q, F_LOWER)) {
      const w = t.key(q);
      if (LOWER_ROLE_MODIFIERS.has(w) || (t.classes(q) & (W_TITLE | W_ROLE_MODIFIER)) !== 0 || ADJECTIVE_ENDING.test(w)) s = q;
      else if (w === 'and' && q > 0 && t.has(q - 1, F_LOWER) && (t.classes(q - 1) & W_TITLE) !== 0) s = q;
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
export function appositiveRole(t: Tokens, b: number): Span | null {
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
    const c = t.classes(i);
    if (t.has(i, F_LOWER)) {
      if (i === first && DETERMINERS.has(k)) continue;
      if ((c & (W_TITLE | W_ROLE_MODIFIER)) !== 0 || LOWER_ROLE_MODIFIERS.has(k)) {
        if (start < 0) start = i;
        if ((c & W_TITLE) !== 0) {
          title = true;
          last = i;
        }
        continue;
      }
      if (ROLE_CONNECTORS.has(k) && start >= 0) continue;
      // `director of the Asia | program at the German Marshall Fund`: a noun after a name
      // inside the role, when a connector and another name follow.
      if (title && i > first && t.isCap(i - 1) && (c & W_STOP) === 0 && namedAfter(t, i + 1)) {
        last = i;
        continue;
      }
      // `the first great American poet`: adjectives before the title.
      if (start < 0 && i - first < 4 && (ORDINALS.has(k) || (c & W_STOP) === 0) && !k.endsWith('ed') && !k.endsWith('ing')) continue;
      break;
    }
    if (t.isCap(i)) {
      if ((c & W_HONORIFIC) !== 0) return null;
      // `, Smith’s national security advisor Jane Doe`: a name right after a lower-case
      // title takes the title; the words are no role of the name before the comma.
      if (i > first && (c & W_TITLE) === 0 && t.has(i - 1, F_LOWER) && (t.classes(i - 1) & W_TITLE) !== 0) return null;
      if (start < 0) start = i;
      if ((c & W_TITLE) !== 0) title = true;
      last = i;
      continue;
    }
    break;
  }
  if (!title || start < 0 || last < start) return null;
  // `Owen, the minister for ports, Rachel Dunmore, has said`: a role set off before a full name is that name's.
  let n = last + 1;
  while (n < t.n && n - last <= 6 && t.gap[n] === G_NONE && t.has(n, F_LOWER)) n++;
  if (n + 1 < t.n && t.gap[n] === G_COMMA && t.isCap(n) && t.gap[n + 1] === G_NONE && t.isCap(n + 1) && ((t.classes(n) | t.classes(n + 1)) & (W_TITLE | W_HONORIFIC | W_STOP)) === 0) return null;
  return { start: t.start[start], end: t.end[last] };
}

/** At `j`: a connector (`at`, `of`, `for`...), maybe `the`, then a capitalised word, with no break between. */
function namedAfter(t: Tokens, j: number): boolean {
  if (j >= t.n || t.gap[j] !== G_NONE || !t.has(j, F_LOWER) || !ROLE_CONNECTORS.has(t.key(j)) || t.key(j) === 'and' || t.key(j) === 'the') return false;
  let k = j + 1;
  if (k < t.n && t.gap[k] === G_NONE && t.key(k) === 'the' && t.has(k, F_LOWER)) k++;
  return k < t.n && t.gap[k] === G_NONE && t.isCap(k) && !t.has(k, F_LOWER);
}

export function stripEdgePunct(w: string): string {
  let s = 0;
  let e = w.length;
  while (s < e && !isWordKind(kindOf(w.charCodeAt(s)))) s++;
  while (e > s && !isWordKind(kindOf(w.charCodeAt(e - 1)))) e--;
  return s === 0 && e === w.length ? w : w.slice(s, e);
}

export function isTrailingPunct(c: number): boolean {
  return c === 44 || c === 58 || c === 59 || c === 46 || c === 41 || c === 93 || c === 62;
}

/**
 * `ANGELA MERKEL` -> `Angela Merkel`, `JEAN-LUC` -> `Jean-Luc`, `O'NEILL` -> `O'Neill`;
 * a joined prefix stays lower case (`AL-ASSAD` -> `al-Assad`).
 */
/** Abbreviations with no vowel that are no acronyms: `MR.`, `DR.`, `ST.`. */
const VOWELLESS_WORDS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'messrs', 'mme', 'mlle', 'hr', 'pt', 'rd', 'nd', 'th', 'sgt', 'lt', 'cpl', 'pvt', 'cmdr', 'ft', 'mt', 'cllr']);

/**
 * The word at `i` is a ship's prefix in capitals (`USS`) or two to five capitals with no
 * vowel (`CNN`, `NSC`), no abbreviation (`MR`).
 */
function keptAcronym(s: string, i: number): boolean {
  let j = i;
  let vowel = false;
  while (j < s.length && j - i <= 5) {
    const c = s.charCodeAt(j);
    if (c < 65 || c > 90) break;
    if (c === 65 || c === 69 || c === 73 || c === 79 || c === 85 || c === 89) vowel = true;
    j++;
  }
  if (j - i < 2 || j - i > 5) return false;
  if (j < s.length && isLetterKind(kindOf(s.charCodeAt(j)))) return false;
  const w = s.slice(i, j).toLowerCase();
  return vowel ? SHIP_PREFIXES.has(w) : !VOWELLESS_WORDS.has(w);
}

export function titleCase(s: string): string {
  let out = '';
  let letters = 0; // letters so far in the current word part
  let wordStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = kindOf(c);
    if (isLetterKind(k)) {
      if (letters === 0 && keptAcronym(s, i)) {
        // `USS`, `CNN`: written with no vowel, an acronym keeps its capitals.
        let j = i;
        while (j < s.length && isLetterKind(kindOf(s.charCodeAt(j)))) j++;
        out += s.slice(i, j);
        letters = j - i;
        i = j - 1;
        continue;
      }
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

const ORDINALS = new Set(['first', 'second', 'third', 'last', 'next']);
