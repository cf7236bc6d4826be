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
 *   (`Bos` inside `Bos and colleagues`), only the innermost counts. A flat list of names can
 *   match only one of them, and the name is the inner one.
 * - Exact score only: our span is widened to the noun phrase GUM would mark around it, by
 *   (1) for a person, a role written directly before the name (`Biologist | Nick Bos`, `President | Biden`),
 *   (2) a directly preceding honorific (`Mr. | Soren Jessen-Petersen`), (3) for organisations
 *   and places, a directly preceding `the` (`the | United States`) when the name ends its
 *   phrase (not in `the NATO conference`, `the Kenya Vision 2030`, where GUM gives `the` to
 *   the larger phrase), (4) a possessive `'s` or `’` right after the name (`Obama | ’s`,
 *   `HARRIS | ’`), (5) for a person mention that is no personal name but a role used as a
 *   name or a group (`President`, `Madam Speaker`, `Americans`, a plural role: `Senators`,
 *   a group noun named by its place: `people | of India`, a member of a body: `the
 *   gentleman | from New York`, `three new | Members`, `The | Congressmen`),
 *   a directly preceding determiner or quantifier (`the | President`, `our | President`,
 *   `all | Americans`, `these three | Senators`, `260,000 more | Democrats`), also over up
 *   to two lower-case modifiers between them (`the 46th | President`, `my fellow |
 *   Democrats`) and a predeterminer `all` (`all the | people of India`), also after a dash
 *   joined to the determiner (`history—a | kid from Brooklyn`), as GUM's noun phrase holds
 *   it, (6) for a role used as a name, the role
 *   phrase the model gives that mention, which may go on past it or begin before it
 *   (`President | of the United States`, `Ned Price, White House | spokesman`): GUM's noun
 *   phrase holds the whole role, and a place inside stays a mention of its own; else (7) for
 *   such a role, `of`, `from`, `at` or `for` and one of our mentions right after it (`the new
 *   mayor | of Philadelphia`, `The Senator | from Alaska`, `the team | at NASA`, `a writer | for
 *   The Onion`), which GUM's noun phrase holds as well, and
 *   (8) an organisation or place of ours right before it, as its modifier or possessor (`the
 *   House | managers`, `Virginia 's | Attorney General`), before the determiner of (5), and
 *   (9) `et al.` after a person's name (`Daily | et al.`) and a capital `The` before it inside a
 *   sentence (`call him The | Birdman`). A
 *   bare `’` after the name counts as a possessive only after a final s. The lenient score
 *   uses our spans as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { ActorKind, TranscriptModel } from '../../server/src/analysis/model';
import { CORPUS, type EvalRow } from './report';
import { HONORIFICS, ROLE_MODIFIERS, TITLES, GROUP_NOUNS, GROUP_PEOPLE } from '../../server/src/analysis/lexicon-titles';
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
  // the United States`, `Ned Price, White House | spokesman`).
  const rolesOf = new Map<string, { start: number; end: number }[]>();
  for (const r of model.roles) {
    let a = rolesOf.get(r.actor);
    if (!a) rolesOf.set(r.actor, (a = []));
    a.push(r);
  }
  const text = model.text;
  const mentionAt = new Map<number, number>();
  for (const m of model.mentions) mentionAt.set(m.start, m.end);
  const nameEndingAt = new Map<number, number>();
  for (const m of model.mentions) if (kindOf.get(m.actor) !== 'person') nameEndingAt.set(m.end, m.start);
  const list = model.mentions.map((m): Predicted => {
    let start = m.start;
    let end = m.end;
    if (wide) {
      const kind = kindOf.get(m.actor);
      const own = kind === 'person' ? rolesOf.get(m.actor)?.find((r) => r.start <= m.start && r.end >= m.end) : undefined;
      if (own !== undefined) {
        start = own.start;
        end = own.end;
      }
      start = widenStart(text, start, kind === 'person' ? roleEndingAt : NO_ROLES, kind !== 'person' && headsPhrase(text, m.end));
      // `call him The | Birdman`: a capital `The` inside a sentence is part of a person's name.
      if (kind === 'person' && start === m.start && start >= 6 && text.startsWith('The ', start - 4) && /[a-z,] $/.test(text.slice(start - 6, start - 4))) start -= 4;
      if (kind === 'person' && isRoleOrGroup(text.slice(m.start, m.end))) {
        const modified = start === m.start ? widenModifier(text, start, nameEndingAt) : start;
        // `slim that | Senate Republicans`: after a modifier, `that` is rather a conjunction.
        start = widenDeterminer(text, modified);
        if (start < modified && modified !== m.start && text.startsWith('that ', start)) start = modified;
        if (end === m.end) end = widenOf(text, end, mentionAt);
      }
      // `Daily | et al.`: the authors after a name are in its phrase.
      if (kind === 'person' && text.startsWith(' et al.', end)) end += 7;
      end = widenEnd(text, end);
    }
    return { start, end, key: doc, kind: kindOf.get(m.actor) ?? 'person', actor: m.actor };
  });
  // Organisations and places: the rest of the noun phrase (extents-places.ts).
  return wide ? widenPlacesAndOrganisations(text, list, model.mentions) : list;
}

/** Roles widen person mentions only: a title before a place is no part of its name (`the first Senator | Georgia has elected`). */
const NO_ROLES: ReadonlyMap<number, number> = new Map();

function widenStart(text: string, start: number, roleEndingAt: ReadonlyMap<number, number>, withThe: boolean): number {
  let s = start;
  let p = s;
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p < s) {
    const role = roleEndingAt.get(p);
    if (role !== undefined) s = role;
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
  if (words.length !== 1) return false;
  // A group named by its place or body (`the people | of India`).
  if (GROUP_PEOPLE.has(words[0]) && mention === mention.toLowerCase()) return true;
  const sing = words[0].endsWith('men') ? words[0].slice(0, -3) + 'man' : words[0].endsWith('s') ? words[0].slice(0, -1) : words[0];
  // A plural role is a group too (`our Founders`, `these three Senators`).
  return DEMONYMS.has(sing) || GROUP_NOUNS.has(sing) || (sing !== words[0] && TITLES.has(sing));
}

/**
 * The start of a determiner before the mention, over up to two lower-case modifiers
 * (`the 46th | President`, `my fellow | Democrats`); `start` when there is none.
 */
function widenDeterminer(text: string, start: number): number {
  let p = start;
  // A number opens the phrase when no determiner comes before it (`260,000 more | Democrats`).
  let number = start;
  for (let words = 0; words < 3; words++) {
    let q = p;
    while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
    if (q === p || q === 0) return number;
    let w = q;
    // A dash joined to the word ends it as a space would (`history—a | kid from Brooklyn`).
    while (w > 0 && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10 && text.charCodeAt(w - 1) !== 0x2014 && text.charCodeAt(w - 1) !== 0x2013) w--;
    const word = text.slice(w, q);
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower)) return predeterminer(text, w);
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

/** The start of `all` before the determiner at `w` (`all | the people of India`); not `both`, which may open a pair (`both the President and the Congress`). */
function predeterminer(text: string, w: number): number {
  const before = text.slice(Math.max(0, w - 4), w);
  const m = /(?:^|\s)(all|All) $/.exec(before);
  return m ? w - m[1].length - 1 : w;
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

/** A cardinal number, in digits or words: a quantifier of the phrase (`these three | Senators`). */
const CARDINAL = /^(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozens|hundreds|thousands)$/;

/**
 * True when the name ends its noun phrase, so that a `the` before it is the name's own:
 * not when a noun follows (`the | NATO conference`, `the | Kenya National ICT Master Plan`).
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
 * makes it (`the new mayor | of Philadelphia`, `the head | of NATO`, `The Senator | from
 * Alaska`); `end` when there is none.
 */
function widenOf(text: string, end: number, mentionAt: ReadonlyMap<number, number>): number {
  const m = /^ (?:of|from|at|for) (?:[Tt]he |this |that |our |their |its )?/.exec(text.slice(end, end + 12));
  if (!m) return end;
  return mentionAt.get(end + m[0].length) ?? end;
}

function widenEnd(text: string, end: number): number {
  const rest = text.slice(end, end + 4);
  const m = /^ ?['’]s?(?![\p{L}\p{N}])/u.exec(rest);
  if (!m) return end;
  // A bare mark is a possessive only after a plural (`HARRIS ’`), else a closing quote.
  if (!/s$/i.test(m[0]) && !/s$/i.test(text.slice(end - 1, end))) return end;
  return end + m[0].length;
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
