/**
 * Noun-phrase extents of organisation and place mentions for the exact GUM score, applied
 * after `predictedEntities` has widened each mention by a `the` and a possessive. GUM marks
 * the whole noun phrase a name heads; these rules read only the text and our mentions:
 * - a place, a comma and the larger place it lies in are one phrase (`Cambridge,
 *   Massachusetts`, `Sochi, Russia`); the larger place is no mention of its own there;
 * - a determiner and the adjectives between it and a name that ends its phrase are the
 *   name's own (`this House`, `the 98th Congress`, `a united Germany`, `its Member States`),
 *   and so is a bare adjective of part or kind (`northern Italy`, `free Veldmark`); a name ends
 *   its phrase before punctuation, a function word, a verb or an adverb (`the United States
 *   largely`, `The Middle East took`), not before a noun (`the NATO summit`);
 * - a noun of place or part and `of` before a place head its phrase (`the city of
 *   Lyon`, `the State of Vermont`, `the Horn of Africa`);
 * - an organisation's name before a lower-case noun that names an organisation is that
 *   noun's modifier, and the phrase is the organisation's (`the Republican party`, `the NATO
 *   military alliance`);
 * - a relative clause set off by a comma after the name is in its phrase, up to the next
 *   punctuation (`Chile, which is now facing ...`, `the Ways and Means
 *   Committee, of which ... is chair`), and after an indefinite article or `the kind of`, one
 *   with `that` or `which` right after the name (`a Vermont that is ...`, `the kind of
 *   America which ...`);
 * - a place named by an adjective heads no phrase: the lower-case noun of place after it
 *   does, and the phrase is the place (`the South-East Asian region`);
 * - a `the` before a name that does not end its phrase is the larger phrase's: before a
 *   plural noun the name modifies (`the | House managers argued`, `The | United Nations
 *   headquarters in`) or before `and` and names that modify one with it (`the | European
 *   Union and NATO rules`);
 * - an organisation named after another of ours and two or more capitalised words holds
 *   that one as its own phrase (`United Nations | Office for Disarmament Affairs`).
 */
import type { Predicted } from './entities';
import { COUNTRIES, DEMONYMS, PLACE_HEADS, PLACE_NOUNS, REGIONS } from '../../server/src/analysis/lexicon-places';
import { STOPWORDS } from '../../server/src/analysis/lexicon-words';
import { isDigit } from '../../server/src/analysis/chars';

/** Widens the organisation and place spans of `list` (our wide spans, in text order); person spans stay as they are. */
export function widenPlacesAndOrganisations(text: string, list: readonly Predicted[]): Predicted[] {
  return joinPlaceWithLargerPlace(text, list).map((p) => {
    if (p.kind === 'person') return p;
    const start = p.kind === 'place' ? widenPlaceNoun(text, p.start, p.end) : p.start;
    const end = p.kind === 'organization' ? widenOrganisationNoun(text, p.end) : widenAdjectivePlace(text, p.start, p.end);
    // A `the` before a name that does not end its phrase is the larger phrase's (`the | House managers argued`).
    if (start === p.start && end === p.end && /^[Tt]he /.test(text.slice(p.start, p.start + 4)) && !endsPhrase(text, end)) return { ...p, start: p.start + 4 };
    const opened = start < p.start ? start : widenPremodifiers(text, p.start, end, p.kind === 'place');
    return { ...p, start: opened, end: widenRelativeClause(text, end, restricted(text, opened)) };
  });
}

/** Determiners that open a name's phrase; not `that`, more often a conjunction (`said that Congress`). */
const DETERMINERS = new Set(['the', 'this', 'these', 'those', 'a', 'an', 'any', 'all', 'its', 'our', 'their', 'your', 'my', 'his', 'her', 'every', 'each']);

/** Adjectives that open a place's phrase without a determiner (`northern Italy`, `free Veldmark`). */
const BARE_ADJECTIVES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western',
  'south-eastern', 'south-western', 'upper', 'lower', 'greater', 'mainland', 'rural', 'urban', 'coastal',
  'free', 'united', 'modern', 'ancient', 'medieval', 'colonial', 'occupied', 'independent', 'present-day', 'contemporary',
]);

/** Adjectives between a determiner and a name (`the whole United States`, `the new Administration`). */
const ADJECTIVES = new Set([...BARE_ADJECTIVES, 'whole', 'entire', 'new', 'old', 'current', 'former', 'future', 'great', 'strong', 'same', 'real', 'very', 'first', 'second', 'third', 'last', 'next', 'present']);

/** `117th`, `3rd`: an ordinal in digits. */
function isOrdinal(word: string): boolean {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) i++;
  return i > 0 && ['st', 'nd', 'rd', 'th'].includes(word.slice(i));
}

/** `full-time`, `war-torn`: lower-case words joined by a hyphen. */
function isHyphenated(word: string): boolean {
  const h = word.indexOf('-');
  return h > 0 && h < word.length - 1 && word === word.toLowerCase() && isLetters(word.slice(0, h)) && isLetters(word.slice(h + 1));
}

function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

/** The word that ends right before `end` over spaces, as [start, end], or null at a line start or punctuation. */
function wordBefore(text: string, end: number): [number, number] | null {
  let q = end;
  while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
  if (q === end) return null;
  let w = q;
  while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--;
  return w < q ? [w, q] : null;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/**
 * The start of the determiner and adjectives before a name (at most two adjectives), or with
 * `bareOk` (places) of a bare adjective of part or kind, when the name ends its phrase;
 * `start` when the span holds its `the` already or none comes before.
 */
function widenPremodifiers(text: string, start: number, end: number, bareOk: boolean): number {
  if (/^[Tt]he /.test(text.slice(start, start + 4)) || !endsPhrase(text, end)) return start;
  return premodifierStart(text, start, bareOk);
}

/** The start of the determiner, or with `bareOk` of the bare adjective, over at most two adjectives before `start`; `start` when there is none. */
function premodifierStart(text: string, start: number, bareOk: boolean): number {
  let p = start;
  let bare = -1;
  for (let words = 0; words < 3; words++) {
    const w = wordBefore(text, p);
    if (w === null) break;
    const word = text.slice(w[0], w[1]);
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower)) return w[0];
    if (word !== lower && !isOrdinal(word)) break;
    if (!ADJECTIVES.has(lower) && !isOrdinal(word) && !isHyphenated(word)) break;
    if (BARE_ADJECTIVES.has(lower)) bare = w[0];
    p = w[0];
  }
  return bare >= 0 && bareOk ? bare : start;
}

/**
 * True when the name ends its noun phrase: punctuation or the end of the text follows, or a
 * possessive, or a lower-case function word, or a word ending like a verb or a plural
 * (`-ed`, `-s`); not a capitalised word (`the | Veldmark Vision`) or another lower-case word
 * (`the | NATO summit`).
 */
function endsPhrase(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 39 || last === 0x2019 || (last === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019))) return true;
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  if (j === i) return true;
  const word = text.slice(i, j);
  if (word !== word.toLowerCase()) return false;
  if (word.endsWith('s') && !word.endsWith('ss') && !STOPWORDS.has(word)) return !isPluralHead(text, j);
  if ((word === 'and' || word === 'or') && modifiesAfterConjunct(text, j)) return false;
  return STOPWORDS.has(word) || word.endsWith('ed') || isVerbOrAdverb(word);
}

/**
 * True when the names joined after `and` or `or` (ending at `end`) modify a lower-case noun
 * with the name before them (`the | World Bank and Council of Europe reports`, `the
 * | European Union and NATO rules`): capitalised words, with `of` or `for` between
 * them, and then a plural noun; a singular one rather heads a phrase of its own (`the
 * Hollis Foundation | and Tarvo Africa team`).
 */
function modifiesAfterConjunct(text: string, end: number): boolean {
  let p = end;
  let names = 0;
  for (let words = 0; words < 8; words++) {
    const w = wordAfter(text, p);
    if (w === null) return false;
    const word = text.slice(w[0], w[1]);
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) names++;
    else if (word !== 'of' && word !== 'for') break;
    p = w[1];
  }
  if (names === 0) return false;
  const w = wordAfter(text, p);
  if (w === null) return false;
  const word = text.slice(w[0], w[1]);
  return isLetters(word) && word.endsWith('s') && !word.endsWith('ss') && !STOPWORDS.has(word);
}

/** Words after a plural noun that heads the phrase (`the House managers | proved`, `headquarters | in`). */
const AFTER_PLURAL = new Set(['in', 'of', 'for', 'at', 'on', 'with', 'from', 'are', 'were', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/**
 * True when the lower-case `-s` word ending at `end` is rather a plural noun the name modifies
 * than a verb: a preposition, an auxiliary or a verb in `-ed` follows it (`the House managers
 * | proved`, `The United Nations headquarters | in Vienna`), not an object (`The Onion
 * writes | an issue`).
 */
function isPluralHead(text: string, end: number): boolean {
  const w = wordAfter(text, end);
  if (w === null) return false;
  const word = text.slice(w[0], w[1]);
  return AFTER_PLURAL.has(word) || (word.length > 3 && word.endsWith('ed') && word === word.toLowerCase()) || (VERBS.has(word) && word !== 'too');
}

/** Verbs that follow their subject or object (`The Middle East took`, `make the United States meet`), and `too`. */
const VERBS = new Set([
  'too', 'took', 'made', 'set', 'put', 'gave', 'came', 'went', 'got', 'led', 'left', 'won', 'lost', 'held', 'met',
  'sent', 'kept', 'brought', 'began', 'became', 'grew', 'fell', 'rose', 'stood', 'saw', 'knew', 'thought', 'told',
  'found', 'ran', 'paid', 'built', 'sold', 'spent', 'meet', 'join', 'become', 'remain', 'continue', 'seem',
]);

/** Nouns ending in `-ly` (`the NATO ally`, `the US supply`). */
const LY_NOUNS = new Set(['ally', 'rally', 'reply', 'supply', 'family', 'assembly', 'monopoly', 'anomaly', 'belly', 'jelly', 'lily', 'bully', 'folly', 'italy', 'fly', 'july', 'homily', 'melancholy']);

/** A verb of {@link VERBS} or an adverb in `-ly` (`largely`, `officially`): the name before it ends its phrase. */
function isVerbOrAdverb(word: string): boolean {
  return VERBS.has(word) || (word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word));
}

/** A country, a US state or a region that a smaller place is said to lie in. */
function isLargerPlace(name: string): boolean {
  const key = name.toLowerCase();
  return COUNTRIES.has(key) || REGIONS.has(key);
}

/**
 * `Silver Falls, Montana`, `Verona, Italy`: a place that is no country or region itself,
 * then `, ` and a country or region of ours, make one place. A list of countries or regions
 * (`France, Italy`) stays apart.
 */
function joinPlaceWithLargerPlace(text: string, list: readonly Predicted[]): Predicted[] {
  const out: Predicted[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.kind === 'place') {
      const j = list.findIndex((q) => q.kind === 'place' && q.start === p.end + 2);
      if (j > i && text.charCodeAt(p.end) === 44 && text.charCodeAt(p.end + 1) === 32) {
        const q = list[j];
        if (isLargerPlace(text.slice(q.start, q.end)) && !isLargerPlace(bare(text.slice(p.start, p.end)))) {
          out.push({ ...p, end: q.end });
          list = list.filter((_, k) => k !== j);
          continue;
        }
      }
    }
    out.push(p);
  }
  return out;
}

/** A name without a leading `the` (`the Netherlands`). */
function bare(name: string): string {
  return name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
}

/** Nouns of a part of a place (`the Horn of Africa`, `the heartland of America`), besides {@link PLACE_NOUNS}. */
const PART_NOUNS = new Set(['horn', 'heart', 'heartland', 'north', 'south', 'east', 'west', 'centre', 'center', 'interior', 'mainland', 'kind', 'sort']);

/**
 * The start of `the city of`, `the State of`, `the Horn of` before a place that ends its
 * phrase, with the definite determiner and adjectives before the noun (`the great state
 * of`); `start` when there is none.
 */
function widenPlaceNoun(text: string, start: number, end: number): number {
  if (!endsPhrase(text, end)) return start;
  const of = wordBefore(text, start);
  if (of === null || text.slice(of[0], of[1]) !== 'of') return start;
  const noun = wordBefore(text, of[0]);
  if (noun === null) return start;
  const lower = text.slice(noun[0], noun[1]).toLowerCase();
  if (!PLACE_NOUNS.has(lower) && !PART_NOUNS.has(lower)) return start;
  // Only a definite one: `a state of | Peace` is no place.
  const opened = premodifierStart(text, noun[0], false);
  const det = text.slice(opened, opened + 5).toLowerCase();
  return opened < noun[0] && (det.startsWith('the ') || det.startsWith('this ')) ? opened : start;
}

/** Lower-case nouns that name an organisation (`the Republican | party`); not a website or a blog, which GUM leaves out (`The LibriVox | website`). */
const ORGANISATION_NOUNS = new Set([
  'party', 'movement', 'alliance', 'coalition', 'government', 'administration', 'team', 'club', 'group', 'network',
  'company', 'corporation', 'firm', 'agency', 'committee', 'council', 'union', 'league', 'federation', 'association',
  'foundation', 'institute', 'organisation', 'organization', 'magazine', 'newspaper', 'band',
]);

/**
 * The end of a lower-case noun that names an organisation, directly or over one lower-case
 * word, after an organisation's name (`Republican | party`, `NATO | military alliance`), when
 * the noun ends its phrase; `end` when there is none.
 */
function widenOrganisationNoun(text: string, end: number): number {
  let p = end;
  for (let words = 0; words < 2; words++) {
    const w = wordAfter(text, p);
    if (w === null) return end;
    const word = text.slice(w[0], w[1]);
    if (word !== word.toLowerCase() || STOPWORDS.has(word)) return end;
    if (ORGANISATION_NOUNS.has(word)) return endsPhrase(text, w[1]) ? w[1] : end;
    p = w[1];
  }
  return end;
}

/** The word that starts right after `start` over spaces, as [start, end], or null. */
function wordAfter(text: string, start: number): [number, number] | null {
  let i = start;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === start) return null;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return j > i ? [i, j] : null;
}

/** Prepositions that may open a relative clause (`in which`, `on which`). */
const CLAUSE_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'for', 'from', 'by', 'with', 'through', 'under']);

/**
 * True when the phrase opening at `start` asks for a restrictive clause after the name: an
 * indefinite article (`a Vermont | that is ...`) or `the kind of` (`the kind of America |
 * which ...`).
 */
function restricted(text: string, start: number): boolean {
  const head = text.slice(start, start + 16).toLowerCase();
  return head.startsWith('a ') || head.startsWith('an ') || head.startsWith('the kind of ') || head.startsWith('the sort of ');
}

/**
 * The end of a relative clause set off by a comma after a name (`, which ...`, `, in which
 * ...`), or with `restrictive` one right after it (`a modern Veldmark | that will be ...`), at the next comma, stop, colon, semicolon, question or exclamation mark, dash,
 * bracket or line end; `end` when none follows. Not `, where` or `, whose`, which GUM leaves
 * out of a place's phrase as often as not (`East Africa, where ...`).
 */
function widenRelativeClause(text: string, end: number, restrictive: boolean): number {
  const comma = text.charCodeAt(end) === 44;
  if (!comma && !restrictive) return end;
  let w = wordAfter(text, comma ? end + 1 : end);
  if (w !== null && CLAUSE_PREPOSITIONS.has(text.slice(w[0], w[1]))) w = wordAfter(text, w[1]);
  if (w === null) return end;
  const word = text.slice(w[0], w[1]);
  if (word !== 'which' && (comma || word !== 'that')) return end;
  let i = w[1];
  // A comma between digits is no end (`about 2,300 participants`).
  while (i < text.length && (!CLAUSE_ENDS.includes(text.charCodeAt(i)) || (text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))) i++;
  let e = i;
  while (e > w[1] && text.charCodeAt(e - 1) === 32) e--;
  return e;
}

/** `,` `.` `;` `:` `?` `!` `(` `)` line feed, carriage return, en and em dash. */
const CLAUSE_ENDS: readonly number[] = [44, 46, 59, 58, 63, 33, 40, 41, 10, 13, 0x2013, 0x2014];

/**
 * The end of the lower-case noun of place after a place named by an adjective (`South-East
 * European | region`, `Asian | area`): a demonym or a word in `-ean`, `-ian`, `-ern` that
 * names no place itself; `end` when the name is no adjective or no such noun follows.
 */
function widenAdjectivePlace(text: string, start: number, end: number): number {
  let w = end;
  while (w > start && isWordChar(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 45) w--;
  const last = text.slice(w, end).toLowerCase();
  const adjective = DEMONYMS.has(last) || last.endsWith('ean') || last.endsWith('ian') || last.endsWith('ern');
  if (!adjective || isLargerPlace(last)) return end;
  const noun = wordAfter(text, end);
  if (noun === null) return end;
  const word = text.slice(noun[0], noun[1]);
  return PLACE_HEADS.has(word) && endsPhrase(text, noun[1]) ? noun[1] : end;
}
