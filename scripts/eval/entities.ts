/**
 * Named actors against GUM (gum/entities.tsv): person, organisation and place mentions that
 * contain a proper noun (`named` = 1), scored per kind, lenient (overlap) and exact.
 *
 * The whole pipeline runs (`analyze`), so the figures include speaker labels and every
 * merge; a mention counts with the kind of the actor it belongs to.
 *
 * GUM marks whole noun phrases, our mentions are the names inside them. Two alignments
 * follow from that, and nothing else is adjusted:
 * - Gold: where GUM nests a named span inside a larger named span of the same kind
 *   (`Lund` inside `Lund and colleagues`), only the innermost counts. A flat list of names can
 *   match only one of them, and the name is the inner one.
 * - Exact score only: our span is widened to the noun phrase GUM would mark around it, by
 *   (1) for a person, a role written directly before the name (`Biologist | Mira Lund`, `President | Ames`),
 *   (2) a directly preceding honorific (`Mr. | Anders Holm-Vestergaard`), (3) for organisations
 *   and places, a directly preceding `the` (`the | United States`) when the name ends its
 *   phrase (not in `the NATO summit`, `the Veldmark Vision 2040`, where GUM gives `the` to
 *   the larger phrase), (4) a possessive `'s` or `’` right after the name (`Vale | ’s`,
 *   `MORROW | ’`), (5) for a person mention that is no personal name but a role used as a
 *   name or a group (`President`, `Madam Speaker`, `Americans`, a plural role: `Senators`,
 *   a group noun named by its place: `people | of Veldmark`, a member of a body: `the
 *   gentleman | from New York`, `three new | Members`, `The | Congressmen`),
 *   a directly preceding determiner or quantifier (`the | President`, `our | President`,
 *   `all | Americans`, `these four | Senators`, `90,000 more | Democrats`), also over up
 *   to two lower-case modifiers between them (`the 12th | President`, `my fellow |
 *   Democrats`) and a predeterminer `all` (`all the | people of Veldmark`), also after a dash
 *   joined to the determiner (`town—a | kid from Port Arden`), as GUM's noun phrase holds
 *   it, (6) for a role used as a name, the role
 *   phrase the model gives that mention, which may go on past it or begin before it
 *   (`President | of the United States`, `Dana Holt, White House | spokesman`): GUM's noun
 *   phrase holds the whole role, and a place inside stays a mention of its own; else (7) for
 *   such a role, `of`, `from`, `at` or `for` and one of our mentions right after it (`the new
 *   mayor | of Port Arden`, `The Senator | from Alaska`, `the team | at NASA`, `a writer | for
 *   The Onion`), which GUM's noun phrase holds as well, and
 *   (8) an organisation or place of ours right before it, as its modifier or possessor (`the
 *   House | managers`, `Virginia 's | Attorney General`), before the determiner of (5), and
 *   (9) `et al.` after a person's name (`Daily | et al.`) and a capital `The` before it inside a
 *   sentence (`call him The | Lamplighter`). A
 *   bare `’` after the name counts as a possessive only after a final s. The lenient score
 *   uses our spans as they are.
 * The rest of a person's noun phrase follows GUM's convention as well:
 * - after a role or group, prepositional phrases (`the President | of that country`,
 *   `Americans | with disabilities`, `the nominee | of the Harbour party in 2019`), not one of
 *   time (`a Governor | in 1912`), read from the role's head too; a reduced relative clause
 *   (`fishermen | hoping for ...`), an infinitive after a ranked role (`the first Senator | to
 *   represent Montana`), a relative clause with no relative word (`the former governor | he
 *   most admires`) and an adjective phrase set off by a comma (`this daughter of Veldmark, |
 *   fearless in her work`);
 * - before a lower-case people noun, its modifiers (`former Army | chaplain`, `Port Arden bar |
 *   owner`); before a group, `all of` and a collective noun (`ALL of | the voters`, `our
 *   generation of | Europeans`); a demonym before a role (`Danish | Prime Minister`); the
 *   determiner of a role named by what it serves (`the "| Comets Poet'`);
 * - after any person, a relative clause (`Mara | , who runs our desk`), after a comma a
 *   description by `born` or `known` (`X | , born while ...`), an emphatic reflexive (`Tom
 *   Ashby | himself`) and an editor's brackets (`[Anna M.] | Holt`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { ActorKind, TranscriptModel } from '../../server/src/analysis/model';
import { CORPUS, type EvalRow } from './report';
import { HONORIFICS, LOWER_ROLE_MODIFIERS, ROLE_MODIFIERS, TITLES, GROUP_NOUNS, GROUP_PEOPLE } from '../../server/src/analysis/lexicon-titles';
import { ADJECTIVE_ENDING } from '../../server/src/analysis/name-kinds';
import { isDigit } from '../../server/src/analysis/chars';
import { DEMONYMS } from '../../server/src/analysis/lexicon-places';
import { STOPWORDS } from '../../server/src/analysis/lexicon-words';
import { scoreExact, scoreLenient, sum, type Scored, type SpanLike } from './score';
import { widenPlacesAndOrganisations } from './extents-places';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

export interface GoldEntity extends SpanLike {
  readonly doc: string;
  readonly kind: ActorKind;
  readonly text: string;
}

/** Named person/organisation/place mentions of entities.tsv, innermost of nested same-kind spans. */
export function readGumEntities(root = join(CORPUS, 'gum')): Map<string, GoldEntity[]> {
  const byDoc = new Map<string, GoldEntity[]>();
  const file = join(root, 'entities.tsv');
  if (!existsSync(file)) return byDoc;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const seen = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const c = lines[i].split('\t');
    if (c.length < 7 || c[4] !== '1') continue;
    const kind = c[3] as ActorKind;
    if (!KINDS.includes(kind)) continue;
    const start = Number(c[1]);
    const end = Number(c[2]);
    const k = `${c[0]}|${kind}|${start}|${end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    let a = byDoc.get(c[0]);
    if (!a) byDoc.set(c[0], (a = []));
    a.push({ doc: c[0], kind, start, end, text: c[6], key: c[0] });
  }
  for (const [doc, list] of byDoc) byDoc.set(doc, innermost(list));
  return byDoc;
}

/** Drops spans that contain another span of the same kind (sorted sweep per kind). */
function innermost(list: GoldEntity[]): GoldEntity[] {
  const out: GoldEntity[] = [];
  for (const kind of KINDS) {
    const xs = list.filter((g) => g.kind === kind).sort((x, y) => x.start - y.start || y.end - x.end);
    for (let i = 0; i < xs.length; i++) {
      let contains = false;
      // Spans starting inside xs[i]; sorted by start, so the scan stops at the first beyond it.
      for (let j = i + 1; j < xs.length && xs[j].start < xs[i].end; j++) {
        if (xs[j].end <= xs[i].end && (xs[j].start > xs[i].start || xs[j].end < xs[i].end)) {
          contains = true;
          break;
        }
      }
      if (!contains) out.push(xs[i]);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export interface Predicted extends SpanLike {
  readonly kind: ActorKind;
  readonly actor: string;
}

/** Our mentions with their actor's kind; `wide` gives the noun-phrase span for the exact score. */
export function predictedEntities(model: TranscriptModel, doc: string, wide: boolean): Predicted[] {
  const kindOf = new Map(model.actors.map((a) => [a.id, a.kind] as const));
  const roleEndingAt = new Map<number, number>();
  for (const r of model.roles) roleEndingAt.set(r.end, Math.min(r.start, roleEndingAt.get(r.end) ?? Infinity));
  // Roles that hold a mention of their own actor: a role used as a name (`President | of
  // the United States`, `Dana Holt, White House | spokesman`).
  const rolesOf = new Map<string, { start: number; end: number }[]>();
  for (const r of model.roles) {
    let a = rolesOf.get(r.actor);
    if (!a) rolesOf.set(r.actor, (a = []));
    a.push(r);
  }
  const text = model.text;
  const mentionAt = new Map<number, number>();
  for (const m of model.mentions) mentionAt.set(m.start, m.end);
  const personAt = new Set<number>();
  const personEndingAt = new Set<number>();
  for (const m of model.mentions) {
    if (kindOf.get(m.actor) !== 'person') continue;
    personAt.add(m.start);
    personEndingAt.add(m.end);
  }
  const nameEndingAt = new Map<number, number>();
  for (const m of model.mentions) if (kindOf.get(m.actor) !== 'person') nameEndingAt.set(m.end, m.start);
  const list = model.mentions.map((m): Predicted => {
    let start = m.start;
    let end = m.end;
    let clause = false;
    if (wide) {
      const kind = kindOf.get(m.actor);
      const own = kind === 'person' ? rolesOf.get(m.actor)?.find((r) => r.start <= m.start && r.end >= m.end) : undefined;
      if (own !== undefined) {
        start = own.start;
        end = own.end;
      }
      start = widenStart(text, start, kind === 'person' ? roleEndingAt : NO_ROLES, kind !== 'person' && headsPhrase(text, m.end));
      // `call him The | Lamplighter`: a capital `The` inside a sentence is part of a person's name.
      if (kind === 'person' && start === m.start && start >= 6 && text.startsWith('The ', start - 4) && /[a-z,] $/.test(text.slice(start - 6, start - 4))) start -= 4;
      if (kind === 'person' && !isRoleOrGroup(text.slice(m.start, m.end)) && start === m.start && end === m.end && isNamedRole(text.slice(m.start, m.end))) {
        const q = quotedDeterminer(text, start, end);
        start = q.start;
        end = q.end;
      } else if (kind === 'person' && isRoleOrGroup(text.slice(m.start, m.end))) {
        let modified = start === m.start ? widenModifier(text, start, nameEndingAt) : start;
        if (start === m.start && isLowerWords(text, m.start, m.end)) modified = widenPremodifier(text, modified, personEndingAt);
        // `narrow that | House Republicans`: after a modifier, `that` is rather a conjunction.
        start = widenDeterminer(text, modified);
        // `our generation of | Europeans`: a noun of a part or a group, `of` and the people.
        if (start === m.start) start = widenPartOf(text, start);
        if (start < modified && modified !== m.start && text.startsWith('that ', start)) start = modified;
        if (end === m.end) end = widenOf(text, end, mentionAt);
        // From the head too: the model's role or a mention after `of` may end inside the
        // phrase (`member of the Norway | women 's team`, `opponents of the Veldmark | War`).
        end = Math.max(end, widenPrepositional(text, end, personAt), widenPrepositional(text, m.end, personAt));
        const phraseEnd = end;
        end = widenParticiple(text, end, true, (isPluralPeople(text.slice(m.start, m.end)) && !auxiliaryBefore(text, start)) || /^an? /i.test(text.slice(start, start + 3)));
        // `the first Basque Senator | to represent Montana`: after `first`, `last` or `only`.
        if (end === phraseEnd && RANKED.test(text.slice(start, m.start))) end = widenInfinitive(text, end);
        if (end === phraseEnd) end = widenContact(text, end, mentionAt);
        if (end === phraseEnd) end = widenAdjectivePhrase(text, end);
        clause = end !== phraseEnd;
      }
      // `[Anna M.] Holt`, `Lena [Marsh]`: an editor's brackets inside a name.
      if (kind === 'person' && start === m.start) {
        const b = bracketedName(text, start, end);
        start = b.start;
        end = b.end;
      }
      // `Daily | et al.`: the authors after a name are in its phrase.
      if (kind === 'person' && text.startsWith(' et al.', end)) end += 7;
      // `the Senator himself`: an emphatic reflexive right after a person is in its phrase.
      if (kind === 'person') end = widenReflexive(text, end);
      end = widenEnd(text, end);
      // A relative clause after a clause of the phrase is that clause's (`painted on a wall
      // owned by the baker | , who ...`).
      if (kind === 'person' && !clause) end = widenRelative(text, end);
      if (kind === 'person' && end === m.end) end = widenParticiple(text, end, false);
    }
    return { start, end, key: doc, kind: kindOf.get(m.actor) ?? 'person', actor: m.actor };
  });
  // Organisations and places: the rest of the noun phrase (extents-places.ts).
  return wide ? widenPlacesAndOrganisations(text, list) : list;
}

/** Roles widen person mentions only: a title before a place is no part of its name (`the first Senator | Montana has elected`). */
const NO_ROLES: ReadonlyMap<number, number> = new Map();

function widenStart(text: string, start: number, roleEndingAt: ReadonlyMap<number, number>, withThe: boolean): number {
  let s = start;
  let p = s;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p < s) {
    const role = roleEndingAt.get(p);
    if (role !== undefined) s = demonymBefore(text, role);
    else {
      const before = text.slice(Math.max(0, p - 5), p);
      const m = /(?:^|\s)(Mr|Mrs|Ms|Miss|Mx)\.?$/.exec(before);
      if (m) s = p - m[0].trimStart().length;
    }
  }
  if (!withThe) return s;
  p = s;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p < s && p >= 3 && /(?:^|[^\p{L}])[Tt]he$/u.test(text.slice(Math.max(0, p - 4), p))) s = p - 3;
  return s;
}

/** The start of a capitalised demonym right before a role (`Danish | Prime Minister`); `start` when there is none. */
function demonymBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return start;
  const w = wordStartBefore(text, start - 1);
  const c = text.charCodeAt(w);
  if (w === start - 1 || c < 65 || c > 90 || (w > 0 && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10)) return start;
  return DEMONYMS.has(text.slice(w, start - 1).toLowerCase()) ? w : start;
}

const ROLE_WORDS = new Set([...TITLES, ...HONORIFICS, ...ROLE_MODIFIERS]);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'his', 'her', 'my', 'its', 'a', 'an', 'all', 'many', 'some', 'most', 'every', 'each']);
/** Lower-case words that may stand between the determiner and the role: `our new President`. */
const MODIFIER = /^(?:[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th))$/;
/** Function words end the walk back, except the adjectives among them (`our new President`). */
const MODIFIER_STOPWORDS = new Set(['first', 'second', 'third', 'last', 'next', 'new', 'old', 'former', 'more']);

/** How a body names its members (`the gentleman | from New York`, `Members | of Congress`). */
const MEMBER_WORDS = new Set(['member', 'members', 'gentleman', 'gentlewoman', 'gentlelady']);

/** `Madam Speaker`, `Vice President`, `Americans`, `a Democrat`: a role or a group, no personal name. */
function isRoleOrGroup(mention: string): boolean {
  const words = mention.toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.every((w) => ROLE_WORDS.has(w) || MEMBER_WORDS.has(w))) return true;
  // `Basque Senator`, `Welsh-American Senator`: a title after demonyms.
  const head = words[words.length - 1];
  if (words.length > 1 && TITLES.has(head) && words.slice(0, -1).every((w) => ROLE_WORDS.has(w) || w.split('-').every((p) => DEMONYMS.has(p)))) return true;
  if (words.length !== 1) return false;
  // A group named by its place or body (`the people | of Veldmark`).
  if (GROUP_PEOPLE.has(words[0]) && mention === mention.toLowerCase()) return true;
  const sing = words[0].endsWith('men') ? words[0].slice(0, -3) + 'man' : words[0].endsWith('s') ? words[0].slice(0, -1) : words[0];
  // A plural role is a group too (`our Founders`, `these four Senators`).
  return DEMONYMS.has(sing) || GROUP_NOUNS.has(sing) || (sing !== words[0] && TITLES.has(sing));
}

const OPENING_QUOTES = '"“‘\'';
const CLOSING_QUOTES = '"”’\'';

/** `Comets Poet`, `Harbour Poet`: a title after a capitalised word that is no role word, a role named by what it serves. */
function isNamedRole(mention: string): boolean {
  const words = mention.toLowerCase().split(/\s+/);
  return words.length > 1 && TITLES.has(words[words.length - 1]) && !words.slice(0, -1).some((w) => ROLE_WORDS.has(w) || HONORIFICS.has(w));
}

/**
 * A determiner before a role named by what it serves (`the | Comets Poet`), also before an
 * opening quote, with the quote and its closing one (`the "Comets Poet'`); as it was when there
 * is no determiner.
 */
function quotedDeterminer(text: string, start: number, end: number): { start: number; end: number } {
  const quoted = start >= 2 && OPENING_QUOTES.includes(text[start - 1]) && text.charCodeAt(start - 2) === 32;
  const p = quoted ? start - 1 : start;
  const s = widenDeterminer(text, p);
  if (s === p || !DETERMINERS.has(text.slice(s, wordEnd(text, s)).toLowerCase())) return { start, end };
  return { start: s, end: quoted && CLOSING_QUOTES.includes(text[end] ?? '') ? end + 1 : end };
}

/**
 * The start of a determiner before the mention, over up to two lower-case modifiers
 * (`the 12th | President`, `my fellow | Democrats`); `start` when there is none.
 */
function widenDeterminer(text: string, start: number): number {
  let p = start;
  // A number opens the phrase when no determiner comes before it (`90,000 more | Democrats`).
  let number = start;
  for (let words = 0; words < 3; words++) {
    let q = p;
    while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
    if (q === p || q === 0) return number;
    let w = q;
    // A dash joined to the word ends it as a space would (`town—a | kid from Port Arden`).
    while (w > 0 && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10 && text.charCodeAt(w - 1) !== 0x2014 && text.charCodeAt(w - 1) !== 0x2013) w--;
    const word = text.slice(w, q);
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower)) return predeterminer(text, w);
    // `as 'The | Comets Poet'`: a determiner right after an opening quote.
    if (OPENING_QUOTES.includes(word[0]) && DETERMINERS.has(lower.slice(1))) return w + 1;
    if (CARDINAL.test(lower)) {
      number = w;
      p = w;
      continue;
    }
    if (word !== lower || !MODIFIER.test(word) || (STOPWORDS.has(word) && !MODIFIER_STOPWORDS.has(word))) return number;
    // `that allows | Americans`: a verb, not a modifier.
    if (/[^s]s$/.test(word)) return number;
    p = w;
  }
  return number;
}

/** Nouns of a part or a gathering of people: with `of` before a group they head its phrase (`our generation of Europeans`). */
const COLLECTIVE_NOUNS = new Set(['generation', 'generations', 'group', 'groups', 'number', 'majority', 'minority', 'handful', 'couple', 'host', 'army', 'wave', 'body', 'class', 'crowd', 'band', 'delegation', 'contingent', 'coalition']);

/** The start of `det noun of` before a group, the noun a collective one (`our generation of | Europeans`); `start` when there is none. */
function widenPartOf(text: string, start: number): number {
  if (!text.endsWith(' of ', start) ) return start;
  const q = start - 4;
  const w = wordStartBefore(text, q);
  const noun = text.slice(w, q);
  if (w === q || !COLLECTIVE_NOUNS.has(noun)) return start;
  const d = widenDeterminer(text, w);
  if (d === w) return start;
  return DETERMINERS.has(text.slice(d, wordEnd(text, d)).toLowerCase()) ? d : start;
}

/** The start of `all` or `all of` before the determiner at `w` (`all | the people of Veldmark`); not `both`, which may open a pair (`both the President and the Congress`). */
function predeterminer(text: string, w: number): number {
  const before = text.slice(Math.max(0, w - 4), w);
  const m = /(?:^|\s)(all|All) $/.exec(before);
  if (m) return w - m[1].length - 1;
  // `ALL of | the voters`: `all of` as `all`.
  const of = text.slice(Math.max(0, w - 8), w);
  const n = /(?:^|\s)(all|All|ALL) of $/.exec(of);
  return n ? w - n[1].length - 4 : w;
}

/**
 * The start of an organisation or place of ours written right before a role or group, as its
 * modifier or possessor (`Senate | Republicans`, `the House | managers`, `Virginia 's |
 * Attorney General`); `start` when there is none.
 */
function widenModifier(text: string, start: number, nameEndingAt: ReadonlyMap<number, number>): number {
  for (const gap of [1, 4, 3]) {
    const s = nameEndingAt.get(start - gap);
    if (s === undefined) continue;
    const between = text.slice(start - gap, start);
    if (between === ' ' || /^ ?['’]s $/.test(between)) return s;
  }
  return start;
}

/** Adjectives before a people noun that GUM's phrase holds (`young refugees`) besides role modifiers and `-al`, `-ic`... endings. */
const PEOPLE_ADJECTIVES = new Set(['young', 'old', 'older', 'younger', 'elderly', 'poor', 'rich', 'wealthy', 'ordinary', 'local', 'foreign', 'many', 'other', 'new', 'former', 'fellow', 'best', 'great', 'brave', 'innocent']);

/** The mention is lower-case words only (`owner`, `decision-makers`): a people noun, no name. */
function isLowerWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

/** The word that ends at `q` (after no space): its start, over letters, digits, `-` and `.`. */
function wordStartBefore(text: string, q: number): number {
  let w = q;
  while (w > 0) {
    const c = text.charCodeAt(w - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || (c >= 0xc0 && c < 0x2000))) break;
    w--;
  }
  return w;
}

/**
 * The start of the modifiers of a lower-case people noun (`former Army | chaplain`,
 * `Port Arden bar | owner`, `Ebola | survivors`, `political | decision-makers`): capitalised
 * words that are no function words, role modifiers and adjectives, and a lower-case noun
 * between a capitalised modifier and the noun (`Port Arden bar`), not over a person's name
 * (`Tom Ashby | former Army chaplain`); `start` when there are none.
 */
function widenPremodifier(text: string, start: number, personEndingAt: ReadonlySet<number>): number {
  let s = start;
  let kept = start;
  let pendingNoun = false;
  let capBefore = false;
  for (let words = 0; words < 5; words++) {
    const q = s - 1;
    if (q <= 0 || text.charCodeAt(q) !== 32) break;
    const w = wordStartBefore(text, q);
    if (w === q) break;
    if (w > 0 && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10) break;
    const word = text.slice(w, q);
    const lower = word.toLowerCase();
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) {
      if ((STOPWORDS.has(lower) && !MODIFIER_STOPWORDS.has(lower)) || DETERMINERS.has(lower) || personEndingAt.has(q)) break;
      pendingNoun = false;
      capBefore = true;
      s = kept = w;
      continue;
    }
    if (word === 'and' && capBefore && w >= 2 && text.charCodeAt(w - 1) === 32) {
      // `the Basque and Welsh-American | communities`: two capitalised modifiers joined.
      const v = wordStartBefore(text, w - 1);
      const prev = text.slice(v, w - 1);
      const pc = prev.charCodeAt(0);
      if (v < w - 1 && pc >= 65 && pc <= 90 && !STOPWORDS.has(prev.toLowerCase()) && !personEndingAt.has(w - 1)) {
        s = kept = v;
        words++;
        continue;
      }
    }
    capBefore = false;
    if (c < 97 || c > 122 || (STOPWORDS.has(word) && !MODIFIER_STOPWORDS.has(word))) break;
    if (LOWER_ROLE_MODIFIERS.has(word) || PEOPLE_ADJECTIVES.has(word) || ADJECTIVE_ENDING.test(word)) {
      if (pendingNoun) break;
      s = kept = w;
      continue;
    }
    // A lower-case noun counts only before a capitalised modifier (`Port Arden | bar owner`).
    if (pendingNoun || words > 0 || /(?:s|ed|ing|ly)$/.test(word)) break;
    pendingNoun = true;
    s = w;
  }
  return kept;
}

/** A cardinal number, in digits or words: a quantifier of the phrase (`these three | Senators`). */
const CARDINAL = /^(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozens|hundreds|thousands)$/;

/**
 * True when the name ends its noun phrase, so that a `the` before it is the name's own:
 * not when a noun follows (`the | NATO summit`, `the | Veldmark National Rail Master Plan`).
 * A lower-case word after the name heads the phrase unless it is a function word or ends
 * like a verb or a plural (`-ed`, `-s`).
 */
function headsPhrase(text: string, end: number): boolean {
  let i = end;
  if (/^ ?['’]s?(?![\p{L}\p{N}])/u.test(text.slice(end, end + 4))) return true;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < text.length && /[\p{L}-]/u.test(text[j])) j++;
  if (j === i) return true;
  const word = text.slice(i, j);
  if (word !== word.toLowerCase()) return false;
  return STOPWORDS.has(word) || /(?:ed|s)$/.test(word);
}

/**
 * The end of an `of` or `from` phrase after a role used as a name, when one of our mentions
 * makes it (`the new mayor | of Port Arden`, `the head | of NATO`, `The Senator | from
 * Alaska`); `end` when there is none.
 */
function widenOf(text: string, end: number, mentionAt: ReadonlyMap<number, number>): number {
  const m = /^ (?:of|from|at|for) (?:[Tt]he |this |that |our |their |its )?/.exec(text.slice(end, end + 12));
  if (!m) return end;
  return mentionAt.get(end + m[0].length) ?? end;
}

/** Prepositions whose phrase after a role or group is held in its noun phrase (`the President | of that country`); not `at`, which after a role mostly places an event (`met the President | at a summit`). */
const PHRASE_PREPOSITIONS = new Set(['of', 'from', 'in', 'with', 'on']);
/** Prepositions of place that may follow `from` (`from across the country`). */
const PLACE_PREPOSITIONS = new Set(['across', 'within', 'around', 'outside', 'inside', 'beyond', 'throughout', 'behind', 'among']);
/** Adverb particles that follow a preposition in phrasal verbs and idioms (`on down`, `in between`). */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'forward', 'between', 'board', 'hand', 'hold', 'top', 'behalf']);
/** Determiners opening the noun phrase after the preposition. */
const NP_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'his', 'her', 'their', 'its', 'my', 'every', 'each', 'both', 'all', 'some', 'any']);
/** Past forms of common verbs with no `-ed`: they end a noun phrase (`the President of that country | took`). */
const IRREGULAR_PAST = new Set(['took', 'made', 'gave', 'came', 'went', 'said', 'got', 'held', 'told', 'saw', 'knew', 'thought', 'found', 'left', 'brought', 'became', 'began', 'ran', 'won', 'lost', 'kept', 'met', 'paid', 'sent', 'set', 'put', 'stood', 'spoke', 'wrote', 'felt', 'led', 'read', 'heard', 'meant', 'built', 'sat', 'sold', 'fought', 'taught', 'bought', 'chose', 'drove', 'fell', 'grew', 'rose', 'shot', 'struck', 'threw', 'wore', 'gone', 'taken', 'given', 'seen', 'known', 'shown', 'written', 'spoken', 'chosen', 'become']);

/** A lower-case noun: no function word nor verb form. */
function isPlainNoun(w: string): boolean {
  return /^[a-z][a-z-]*$/.test(w) && !STOPWORDS.has(w) && !IRREGULAR_PAST.has(w) && !/(?:ed|ing|ly)$/.test(w);
}

/**
 * The end of a list of lower-case nouns after the noun ending at `end` (`duties | , votes
 * and seats`), when the list ends with `and` and a noun at a sentence mark; `end` otherwise.
 */
function nounListEnd(text: string, end: number): number {
  let i = end;
  let comma = false;
  for (let items = 0; items < 6; items++) {
    if (text.startsWith(', ', i)) {
      comma = true;
      i += 2;
    } else if (text.startsWith(' and ', i) && comma) {
      const j = wordEnd(text, i + 5);
      if (!isPlainNoun(text.slice(i + 5, j))) return end;
      const c = text.charCodeAt(j);
      return c === 46 || c === 59 || c === 58 || (c === 32 && (text.charCodeAt(j + 1) === 46 || text.charCodeAt(j + 1) === 59)) ? j : end;
    } else return end;
    const j = wordEnd(text, i);
    if (!isPlainNoun(text.slice(i, j))) return end;
    i = j;
  }
  return end;
}

/**
 * A phrase of time after a role belongs rather to the verb (`named as Chair | at that
 * meeting`, `opened by the Secretary-General | on Tuesday`, `removed a Governor | in 1912`);
 * a year after another phrase of the role dates it (`the nominee of the Harbour party | in 2019`).
 */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'moment', 'morning', 'evening', 'night', 'afternoon', 'today', 'tonight', 'yesterday', 'tomorrow']);

/** Longest prepositional phrase (in words) held after a role. */
const MAX_PHRASE_WORDS = 14;

function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    // `U.S.`: a full stop between letters is inside the word, and the one after it too.
    if (c === 46 && j > i && isLetterAt(text, j + 1) && isLetterAt(text, j - 1)) {
      j++;
      continue;
    }
    if (c === 46 && j >= i + 3 && text.charCodeAt(j - 2) === 46 && isLetterAt(text, j - 1)) return j + 1;
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 92 || clauseMark(c) || c === 46 || c === 59) break;
    j++;
  }
  return j;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of prepositional phrases after a role or group (`the President | of that country`,
 * `the Senator | from this State`, `Americans | with disabilities`, `the nominee | of the
 * Harbour party in 2019`): a determiner, then capitalised words, numbers and, after a
 * determiner or a lower-case word, lower-case words that are no function words nor verbs
 * (`-ed`, `-ing`, `-ly`, a common past form), joined by `and` (not before a person of ours)
 * or another preposition; not a phrase of time (`on Monday`, `in 1912`); `end` when there is
 * none.
 */
function widenPrepositional(text: string, end: number, personAt: ReadonlySet<number>): number {
  let best = end;
  let i = end;
  let words = 0;
  for (let phrases = 0; phrases < 3; phrases++) {
    if (text.charCodeAt(i) !== 32) return best;
    let p = i + 1;
    let e = wordEnd(text, p);
    const preposition = text.slice(p, e);
    if (!PHRASE_PREPOSITIONS.has(preposition)) return best;
    // `from | across the country`: a second preposition of place after `from`.
    if (text.slice(p, e) === 'from' && text.charCodeAt(e) === 32) {
      const e2 = wordEnd(text, e + 1);
      if (PLACE_PREPOSITIONS.has(text.slice(e + 1, e2))) e = e2;
    }
    let last = -1;
    let det = false;
    let lower = false;
    for (;;) {
      if (!(text.charCodeAt(e) === 32 || (text.charCodeAt(e) === 10 && wrapAt(text, e))) || ++words > MAX_PHRASE_WORDS) break;
      const q = e + 1;
      const r = wordEnd(text, q);
      // `Secretary of the Navy | Dana Whitlock`: a person of ours after the phrase is no part of it.
      if (r === q || (last >= 0 && personAt.has(q))) break;
      const w = text.slice(q, r);
      const c = w.charCodeAt(0);
      const cap = c >= 65 && c <= 90;
      const digit = c >= 48 && c <= 57;
      if (last < 0 && !det && NP_DETERMINERS.has(w)) {
        // `on` with a determiner is rather the verb's (`asked the President | on the issue`);
        // with a bare noun the state of the person (`the President | on trial`).
        if (preposition === 'on') return best;
        det = true;
        e = r;
        continue;
      }
      if (last >= 0 && (w === "'s" || w === '’s')) {
        last = r;
        e = r;
        continue;
      }
      if (last >= 0 && w === 'and') {
        // `this county and State`, `Lisbon and Porto`: a second noun, not a clause.
        const r2 = wordEnd(text, r + 1);
        const w2 = text.slice(r + 1, r2);
        const c2 = w2.charCodeAt(0);
        // Not before a person of ours, a conjunct of the whole phrase (`the Governor of Ohio | and Americans`).
        if (!((c2 >= 65 && c2 <= 90) || NP_DETERMINERS.has(w2)) || personAt.has(r + 1)) break;
        det = false;
        e = r;
        continue;
      }
      if (w === '@' || w === '&') {
        // `Starwisp @ home`, `Johnson & Johnson`: one name.
        const r2 = wordEnd(text, r + 1);
        if (r2 === r + 1) break;
        last = r2;
        e = r2;
        continue;
      }
      if (TIME_WORDS.has(w.toLowerCase()) || (digit && /^\d{4}$/.test(w) && last < 0 && phrases === 0)) return best;
      if (w === 'I') break;
      if (cap || digit) {
        lower = false;
        last = r;
        e = r;
        continue;
      }
      if (!/^[a-z][a-z-]*$/.test(w) || (STOPWORDS.has(w) && !(det && MODIFIER_STOPWORDS.has(w))) || IRREGULAR_PAST.has(w) || /(?:ed|ing|ly)$/.test(w)) break;
      // `from the President on | down`: a particle, no noun.
      if (PARTICLES.has(w)) return best;
      // After a bare proper noun a lower-case word is a verb (`of Veldmark | believe`) or the
      // noun of a longer phrase (`owner on Marlowe | cocktail`): the phrase is left out.
      if (last >= 0 && !det && !lower) return best;
      lower = true;
      last = r;
      e = r;
    }
    if (last < 0) return best;
    // `with equal duties, votes and seats`: a list of nouns closing the sentence.
    if (lower) last = nounListEnd(text, last);
    best = last;
    i = last;
  }
  return best;
}

function widenEnd(text: string, end: number): number {
  const rest = text.slice(end, end + 4);
  const m = /^ ?['’]s?(?![\p{L}\p{N}])/u.exec(rest);
  if (!m) return end;
  // A bare mark is a possessive only after a plural (`MORROW ’`), else a closing quote.
  if (!/s$/i.test(m[0]) && !/s$/i.test(text.slice(end - 1, end))) return end;
  return end + m[0].length;
}

/** Where a relative clause or its parenthetical ends: at a sentence mark, a dash, a bracket or a quote. */
function clauseMark(c: number): boolean {
  return c === 46 || c === 59 || c === 58 || c === 63 || c === 33 || c === 40 || c === 41 || c === 34 || c === 10 || c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d;
}

/** Subject pronouns: `and` before one of them opens a new clause (`who runs our desk | and she 's`). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Longest relative clause held in a mention's phrase; a longer run is rather a run-on sentence. */
const MAX_CLAUSE = 240;

/**
 * The end of a relative clause right after a person (`Mara, who runs our desk`, `Arabs who
 * did it`, `the people of Veldmark, whose servants we are`): GUM's noun phrase holds it.
 * It ends at a sentence mark, a dash, a bracket, a quote, a comma (a parenthetical set off
 * right after `who,` is skipped: `who, carrying the old banner, led the march`) or
 * `and` before a subject pronoun; `end` when there is none or it runs on too long.
 */
function widenRelative(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end) return end;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  const word = text.slice(i, j);
  if (word !== 'who' && word !== 'whose' && word !== 'whom') return end;
  let k = j;
  while (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) === 44) {
    // `who, carrying the old banner of Veldmark, led`: over the parenthetical.
    k++;
    while (k < text.length && text.charCodeAt(k) !== 44 && !clauseMark(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 44) return end;
    k++;
  }
  return clauseEnd(text, end, j, k);
}

/**
 * Where a clause that opened with the word ending at `last` ends, scanning from `k`: at a
 * sentence mark, a dash, a bracket, a quote, a comma or `and`/`but` before a subject pronoun;
 * `end` when it runs on past MAX_CLAUSE.
 */
function clauseEnd(text: string, end: number, last: number, k: number): number {
  const opened = last;
  let w = k;
  while (k < text.length && k - end <= MAX_CLAUSE) {
    const c = text.charCodeAt(k);
    // A line wrapped inside a sentence goes on in lower case; a new line in capitals (a verse,
    // a heading) or a blank line ends the clause.
    if (c === 32 || c === 9 || c === 13 || (c === 10 && wrapAt(text, k))) {
      k++;
      continue;
    }
    if ((c === 44 && !isDigit(text.charCodeAt(k - 1))) || clauseMark(c)) return last === opened ? end : last;
    w = k;
    while (k < text.length && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9 && text.charCodeAt(k) !== 13 && (text.charCodeAt(k) !== 44 || isDigit(text.charCodeAt(k + 1))) && (!clauseMark(text.charCodeAt(k)) || abbreviationDot(text, k))) k++;
    const token = text.slice(w, k);
    if (token === 'and' || token === 'but') {
      let q = k;
      while (text.charCodeAt(q) === 32) q++;
      let r = q;
      while (r < text.length && text.charCodeAt(r) >= 97 && text.charCodeAt(r) <= 122) r++;
      if (SUBJECT_PRONOUNS.has(text.slice(q, r).toLowerCase()) || (r === q + 1 && text.charCodeAt(q) === 73)) return last === opened ? end : last;
    }
    last = k;
  }
  return k >= text.length && last !== opened ? last : end;
}

/** The full stop at `k` is inside an abbreviation (`U.S.`, `D.C.`): between letters, or after a letter and a dot, with no capital after it. */
function abbreviationDot(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 46 || !isLetterAt(text, k - 1)) return false;
  if (isLetterAt(text, k + 1)) return true;
  if (text.charCodeAt(k - 2) !== 46) return false;
  let i = k + 1;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Longest line of a text wrapped at a fixed width; such a text has many lines near it. */
const WRAP_WIDTH = 100;

let wrappedText = '';
let wrapped = false;

/** The text is wrapped at a fixed width (`names across line wraps`): of its lines at least half that long, many and nearly all no longer than WRAP_WIDTH. */
function isWrapped(text: string): boolean {
  if (text === wrappedText) return wrapped;
  let fit = 0;
  let over = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    const n = i - start;
    if (n > WRAP_WIDTH) over++;
    else if (n >= WRAP_WIDTH / 2) fit++;
    start = i + 1;
  }
  wrapped = fit >= 10 && over * 20 <= fit;
  wrappedText = text;
  return wrapped;
}

/**
 * The line break at `k` goes on inside a sentence: the next line goes on in lower case, or,
 * in a text wrapped at a fixed width, no blank line follows; not a heading nor a verse.
 */
function wrapAt(text: string, k: number): boolean {
  let i = k + 1;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (i >= text.length || c === 10) return false;
  return isWrapped(text);
}

/** People named as a group: a plural (`refugees`, `Americans`, `Congressmen`) or a group noun (`people`). */
function isPluralPeople(mention: string): boolean {
  const last = mention.slice(mention.lastIndexOf(' ') + 1).toLowerCase();
  return (last.endsWith('s') && !last.endsWith('ss')) || last.endsWith('men') || last === 'people' || last === 'staff' || last === 'team';
}

/** Forms of `be` and auxiliaries: before a subject they ask a question (`Is | the President looking ...`). */
const BE_AND_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);

/** The word before `start` is a form of `be` or an auxiliary. */
function auxiliaryBefore(text: string, start: number): boolean {
  if (start < 2 || !(text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 10)) return false;
  const w = wordStartBefore(text, start - 1);
  return BE_AND_AUXILIARIES.has(text.slice(w, start - 1).toLowerCase());
}

/** Past participles with no `-ed` that open a reduced relative clause (`born in 1958`, `known as the Gliders`). */
const IRREGULAR_PARTICIPLES = new Set(['born', 'known', 'caught', 'given', 'taken', 'chosen', 'held', 'seen', 'left', 'sworn', 'brought', 'led', 'made', 'kept', 'sent', 'won', 'found', 'shown', 'written']);
/** Prepositions after a participle of a passive (`registered | in the city`, `caught | in a moment`). */
const PASSIVE_PREPOSITIONS = new Set(['in', 'by', 'at', 'on', 'from', 'into', 'under', 'as']);
/** Those of them that are no past tense as well: only they open a clause with no comma (not `the Chancellor | brought it up`). */
const PARTICIPLES_ONLY = new Set(['born', 'known', 'given', 'taken', 'chosen', 'seen', 'sworn', 'shown', 'written']);

/**
 * The end of a reduced relative clause after a role or group (`fishermen on the northern coast |
 * hoping for a return`, `a fan | caught in the moment`, `a former member, | known as the
 * Gliders`) or, after a comma, a name (`ALEX VALE, | born while ...`): a participle in
 * `-ing` (after a role or group only) or one with no `-ed` and its clause, to the clause end;
 * `end` when there is none. Not `-ed`, which is as often the verb of the sentence (`the
 * Liberals of this county | produced a margin`).
 */
function widenParticiple(text: string, end: number, role: boolean, group = false): number {
  let i = end;
  const comma = text.charCodeAt(i) === 44;
  if (comma) i++;
  if (text.charCodeAt(i) !== 32) return end;
  while (text.charCodeAt(i) === 32) i++;
  if (!role && !comma) return end;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  if (j < text.length && text.charCodeAt(j) !== 32) return end;
  const word = text.slice(i, j);
  // After a comma only a description of the person (`X, born in 1958`, `a member, known as
  // ...`); an event is the sentence's (`the Senator, sworn in today`).
  if (comma && word !== 'born' && word !== 'known') return end;
  // A form with no `-ed` that is a past tense too (`caught`) opens the clause only before a
  // preposition (`a fan | caught in the moment`), not before an object (`the Chancellor | brought
  // it up`); one in `-ed` never (`the Liberals | produced a margin`, `the justices | ruled in`).
  // Those and a form in `-ing` only after `group`: people named as a group that are no subject
  // of a question (`Is the President | looking ...`, `Are the Democrats | planning ...`), or an
  // indefinite person (`a fan | caught in ...`).
  const passive = group && !comma && IRREGULAR_PARTICIPLES.has(word) && PASSIVE_PREPOSITIONS.has(text.slice(j + 1, wordEnd(text, j + 1)));
  const participle = (comma ? IRREGULAR_PARTICIPLES : PARTICIPLES_ONLY).has(word) || passive || (word.length > 5 && word.endsWith('ing') && group);
  if (!participle || STOPWORDS.has(word)) return end;
  return clauseEnd(text, end, j, j);
}

/** The end of a run of capitalised words from `i` (`Holt`, `Marsh Jr.`); `i` when there is none. */
function capitalRunEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    const c = text.charCodeAt(e);
    if (c < 65 || c > 90) return e;
    let j = e + 1;
    while (j < text.length && /[\p{L}.'’-]/u.test(text[j])) j++;
    if (text.charCodeAt(j) !== 32) return j;
    const n = text.charCodeAt(j + 1);
    if (n < 65 || n > 90) return j;
    e = j + 1;
  }
}

/**
 * A name an editor completed in brackets (`[Anna M.] Holt`, `[Ivo] Dorn`, `Lena [Marsh]`):
 * the brackets and the words on their other side are in the name; the span as it was otherwise.
 */
function bracketedName(text: string, start: number, end: number): { start: number; end: number } {
  if (text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93 && text.charCodeAt(end + 1) === 32) {
    const e = capitalRunEnd(text, end + 2);
    if (e > end + 2) return { start: start - 1, end: e };
  }
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 91) {
    const e = capitalRunEnd(text, end + 2);
    if (e > end + 2 && text.charCodeAt(e) === 93) return { start, end: e + 1 };
  }
  return { start, end };
}

const REFLEXIVES = ['himself', 'herself', 'themselves', 'myself', 'yourself', 'ourselves'];

/** The end of an emphatic reflexive after a person (`the Senator | himself has said`); `end` when there is none. */
function widenReflexive(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end;
  for (const r of REFLEXIVES) {
    if (!text.startsWith(r, end + 1)) continue;
    const c = text.charCodeAt(end + 1 + r.length);
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? end : end + 1 + r.length;
  }
  return end;
}

/** A ranking before the role (`the first | Basque Senator`, `the only | candidate`): an infinitive after it is in the phrase. */
const RANKED = /^(?:[Tt]he|[Aa]n?|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:first|last|only|next|second|third)\b/;

/** The end of an infinitive clause after a ranked role (`the first Senator | to represent Montana`); `end` when there is none. */
function widenInfinitive(text: string, end: number): number {
  if (!text.startsWith(' to ', end)) return end;
  const c = text.charCodeAt(end + 4);
  if (c < 97 || c > 122) return end;
  const j = wordEnd(text, end + 4);
  if (STOPWORDS.has(text.slice(end + 4, j)) && text.slice(end + 4, j) !== 'be') return end;
  return clauseEnd(text, end, j, j);
}

/** Words that, right after a subject, show a clause: an adverb before its verb, after an auxiliary or not (`he | most admires`, `Montana | has ever elected`). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do']);
const CLAUSE_ADVERBS = new Set(['most', 'ever', 'never', 'always', 'once', 'still', 'really', 'personally', 'first', 'last']);

/**
 * The end of a relative clause with no `who` or `that` after a role (`the former governor |
 * he most admires`, `the first Senator | Montana has ever elected`): a subject pronoun or a
 * mention of ours, then an auxiliary or an adverb, to the clause end; `end` when there is none.
 */
function widenContact(text: string, end: number, mentionAt: ReadonlyMap<number, number>): number {
  if (text.charCodeAt(end) !== 32) return end;
  const a = end + 1;
  let b = wordEnd(text, a);
  const subject = text.slice(a, b);
  if (!SUBJECT_PRONOUNS.has(subject) || subject === 'i') {
    const m = mentionAt.get(a);
    if (m === undefined && subject !== 'I') return end;
    if (m !== undefined) b = m;
  }
  if (text.charCodeAt(b) !== 32) return end;
  let c = wordEnd(text, b + 1);
  let word = text.slice(b + 1, c);
  // An auxiliary alone may open the main clause (`when I met the Prime Minister | we have
  // ...`); an adverb before the verb tells a clause of the role (`he | most admires`,
  // `Montana | has ever elected`).
  if (AUXILIARIES.has(word) && text.charCodeAt(c) === 32) {
    const d = wordEnd(text, c + 1);
    word = text.slice(c + 1, d);
    c = d;
  }
  if (!CLAUSE_ADVERBS.has(word)) return end;
  return clauseEnd(text, end, c, c);
}

/** Endings of adjectives (`magnificent`, `proud` aside): a noun set off by a comma is rather an apposition (`the Danes, | neighbour to neighbour`). */
const ADJECTIVE_SUFFIX = /(?:ent|ant|ous|ful|ive|ble|al|ic|less|ary|ish|ile|ate|ar|en|est|ier)$/;

/** Prepositions that take the complement of an adjective (`fearless | in her work`, `proud | of them`). */
const ADJECTIVE_COMPLEMENTS = new Set(['in', 'of', 'with', 'about', 'to', 'for']);

/**
 * The end of an adjective phrase set off by a comma after a role (`this great daughter of Veldmark,
 * | fearless in her work and speech`): a lower-case adjective that is no title nor verb
 * form, its preposition and the rest of the clause; `end` when there is none.
 */
function widenAdjectivePhrase(text: string, end: number): number {
  if (!text.startsWith(', ', end)) return end;
  const a = end + 2;
  const b = wordEnd(text, a);
  const adj = text.slice(a, b);
  if (!isPlainNoun(adj) || !ADJECTIVE_SUFFIX.test(adj) || IRREGULAR_PARTICIPLES.has(adj) || TITLES.has(adj) || TITLES.has(adj.replace(/s$/, '')) || GROUP_PEOPLE.has(adj) || text.charCodeAt(b) !== 32) return end;
  const c = wordEnd(text, b + 1);
  if (!ADJECTIVE_COMPLEMENTS.has(text.slice(b + 1, c))) return end;
  return clauseEnd(text, end, c, c);
}

/** Scores of one kind over all documents. */
export interface KindScores {
  readonly lenient: Scored;
  readonly exact: Scored;
  readonly n: number;
}

/**
 * `EVAL_ENTITY_ERRORS=person` (or `organization`, `place`, `all`) lists, per document, the
 * gold mentions no prediction overlaps (FN), the predictions that overlap no gold mention
 * of their kind (FP, with the kind of any gold they do overlap), on stderr.
 */
const errorsFor: string | null = process.env.EVAL_ENTITY_ERRORS ?? null;

function listErrors(doc: string, text: string, gold: readonly GoldEntity[], pred: readonly Predicted[], which: string): void {
  const ctx = (s: number, e: number): string =>
    (text.slice(Math.max(0, s - 30), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 30)).replace(/\s+/g, ' ');
  const out: string[] = [];
  for (const kind of KINDS) {
    if (which !== 'all' && which !== kind) continue;
    const g = gold.filter((x) => x.kind === kind);
    const p = pred.filter((x) => x.kind === kind);
    for (const x of g) if (!p.some((y) => y.start < x.end && y.end > x.start)) out.push(`FN ${kind} ${ctx(x.start, x.end)}`);
    for (const y of p) {
      if (g.some((x) => y.start < x.end && y.end > x.start)) continue;
      const other = gold.find((x) => y.start < x.end && y.end > x.start);
      out.push(`FP ${kind}${other ? ' (gold ' + other.kind + ')' : ''} ${ctx(y.start, y.end)}`);
    }
  }
  if (out.length > 0) process.stderr.write(`== ${doc}\n${out.join('\n')}\n`);
}

/** Runs the pipeline on every GUM document; scores per kind. */
export function scoreGum(root = join(CORPUS, 'gum')): Map<ActorKind, KindScores> | null {
  const gold = readGumEntities(root);
  if (gold.size === 0) return null;
  const lenient = new Map<ActorKind, Scored[]>(KINDS.map((k) => [k, []]));
  const exact = new Map<ActorKind, Scored[]>(KINDS.map((k) => [k, []]));
  const counts = new Map<ActorKind, number>(KINDS.map((k) => [k, 0]));
  for (const [doc, list] of gold) {
    const file = join(root, 'text', `${doc}.txt`);
    if (!existsSync(file)) continue;
    const model = analyze(readFileSync(file, 'utf8'));
    const narrow = predictedEntities(model, doc, false);
    const wide = predictedEntities(model, doc, true);
    if (errorsFor !== null) listErrors(doc, model.text, list, narrow, errorsFor);
    for (const kind of KINDS) {
      const g = list.filter((x) => x.kind === kind);
      counts.set(kind, (counts.get(kind) ?? 0) + g.length);
      lenient.get(kind)!.push(scoreLenient(g, narrow.filter((p) => p.kind === kind)));
      exact.get(kind)!.push(scoreExact(g, wide.filter((p) => p.kind === kind)));
    }
  }
  const out = new Map<ActorKind, KindScores>();
  for (const kind of KINDS) out.set(kind, { lenient: sum(lenient.get(kind)!), exact: sum(exact.get(kind)!), n: counts.get(kind) ?? 0 });
  return out;
}

export function evalEntities(): EvalRow[] {
  const scores = scoreGum();
  if (scores === null) return [];
  const rows: EvalRow[] = [];
  for (const [kind, s] of scores) {
    const label = kind === 'organization' ? 'organisation' : kind;
    rows.push({ corpus: 'gum', metric: `${label} mentions (lenient)`, precision: s.lenient.precision, recall: s.lenient.recall, f1: s.lenient.f1, n: s.n });
    rows.push({ corpus: 'gum', metric: `${label} mentions (exact)`, precision: s.exact.precision, recall: s.exact.recall, f1: s.exact.f1, n: s.n });
  }
  return rows;
}
