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
 *
 * Forms of a name and their keys are in actor-forms.ts, the actors being built and their
 * look-ups in actor-resolver.ts; this file runs the passes and lists the actors.
 */
import type { Actor, ActorKind, Mention, MentionForm, PinnedActor, RoleMention, SpeakerLabel } from './model';
import type { ActorResolution, NameCandidate } from './pipeline-types';
import { slugify } from './text';
import { foldName } from './lexicon-translit';
import { ADDRESS_OF, HONORIFICS } from './lexicon-titles';
import { titleCase } from './names';
import { titleFit } from './actor-kin';
import { type Building, type Parsed, adjectiveStem, isPlainWord, shortFormWord, memo, vkey, parseName, trimPunct, isWordChar, aliasKey, stripPossessive, stripPrefix, prosePhrase, rolePhrase, roleAsName, surnameKeyOf, orgKeyOf } from './actor-forms';
import { EVIDENCE_SHORT_FORM, Resolver, fitsAddress, middleKey } from './actor-resolver';
import { isSignOffPlace, lexiconKind } from './name-kinds';
import { FIRST_NAMES } from './lexicon-names';
export { holdsRole, nameKeys, phraseKeyWord, roleKeyWords, type Building, type Parsed } from './actor-forms';
export { READ_EARLY, READ_FITS, Resolver, type Outside, type OutsideView, type Read } from './actor-resolver';

export const EVIDENCE_CAPS_LABEL = 'caps speaker label';
export const EVIDENCE_PINNED = 'alias from actors.json';
export const EVIDENCE_ROLE_LABEL = 'role in speaker label';

const KIND_INDEX: Record<ActorKind, number> = { person: 0, organization: 1, place: 2 };
const KINDS: ActorKind[] = ['person', 'organization', 'place'];

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

/** The title written with a name (`President` in `President Ames`, `PRESIDENT AMES:`); null for none or a form of address. */
function titleOf(c: NameCandidate): string | null {
  return c.role !== null && c.roleSpan !== null ? c.role : null;
}

/** A form of address passed as a role without a span (`Mrs.`): no role of the person. */
function isAddress(c: NameCandidate): boolean {
  return c.role !== null && c.roleSpan === null && c.label < 0 && roleWord(c.role).honorific;
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
  const short = shortOrganisations(sorted, parsed);
  r.phase = 2;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (assigned[i] || p.folded.length !== 1 || c.kind !== 'person' || roleAsName(c, p)) continue;
    // `Skyvale said` after `Skyvale Airways`: the organisation, read in pass 4.
    if (shortOrganisationOf(short, c, p) >= 0) continue;
    const key = surnameKeyOf(p);
    const list = r.bySurname.get(key);
    const address = addresses[i];
    if (list === undefined) {
      // `Sir Walter` after `Walter Elliot`: the given name of the one person who has it.
      // A nickname joins alone only without a title: `Prince Harry` is a name of its own, not
      // the one Henry of the text.
      const g = r.countGiven(key, true, i);
      const given = g.n === 1 ? g.one : g.n === 0 && titleOf(c) === null ? (r.nicknameAlone(p.folded[0], true, i)?.b ?? null) : null;
      // `Nunes` after `Tiago Amaral Nunes da Rocha`: the one person with that middle name, read in pass 4.
      if (given === null && g.n === 0 && titleOf(c) === null && address === 0 && r.countGiven(middleKey(key), true, i).n === 1) continue;
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
    // address is another person (`Mr. Pell`, `Mrs. Pell`).
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
    if (assigned[i] !== null && c.role !== null) r.releaseGiven(p);
    keep(i);
  }

  // Words that may be the adjective of a country (`Valdorian`): their stems (`valdoria`).
  let adjectives: Set<string> | null = null;
  for (let i = 0; i < n; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (p.folded.length !== 1 || c.label >= 0 || (c.kind !== null && c.kind !== 'place')) continue;
    const stem = isPlainWord(p.folded[0]) ? adjectiveStem(p.folded[0]) : null;
    if (stem !== null && !FIRST_NAMES.has(p.folded[0])) (adjectives ??= new Set()).add(stem);
  }

  const offices2 = qualifiedOffices(sorted, parsed);

  // Pass 2: everything in text order.
  r.phase = 4;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    const p = parsed[i];
    if (p.folded.length === 0) continue;
    let b = assigned[i];
    let shortForm = false;
    // A role in place of a name, in a label (`THE PRESIDENT:`) or in prose (`Madam Speaker`):
    // the one person with that role, else an actor of its own for the role.
    if (!b && roleAsName(c, p)) {
      // In prose the whole role tells the holder (`director of Lumenhall`, `President of
      // Veldmark`); a label gives the title alone.
      const phrase = c.label < 0 && c.role !== null && c.roleSpan === null ? prosePhrase(c.role) : rolePhrase(p);
      b = r.byRoleLabel.get(phrase) ?? null;
      // `the President of Mexico` in a text that also writes `the President of the United
      // States`: two offices of one title, each its holder's; neither is `the President`.
      const q = c.label < 0 && c.role !== null && c.roleSpan !== null ? qualifiedRole(c.role, phrase) : null;
      if (q !== null && (offices2?.get(phrase)?.size ?? 0) >= 2) {
        const key = '\u0005' + q;
        b = r.byRoleLabel.get(key) ?? null;
        if (b === null) {
          b = r.create();
          b.roleLabel = q;
          b.roleName = c.role;
          r.byRoleLabel.set(key, b);
        }
      }
      if (!b) {
        // `the Prime Minister` after `the British Prime Minister`: the one office of two words
        // or more named with a word before it so far, when no named person holds it.
        const fit = r.oneFit(phrase, at[i], i) ?? (phrase.indexOf(' ') > 0 ? r.widerRoleLabel(phrase) : null);
        b = fit ?? r.create();
        if (fit === null) {
          b.roleLabel = phrase;
          if (c.label < 0 && c.role !== null && wordCount(c.role) > 1) b.roleName = c.role;
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
        const oi = shortOrganisationOf(short, c, p);
        if (oi >= 0 && r.bySurname.get(surnameKeyOf(p)) === undefined) {
          b = r.byOrgKey.get(orgKeyOf(parsed[oi])) ?? r.orgOrPlace(parsed[oi], []);
          ev.push(EVIDENCE_SHORT_FORM);
          shortForm = true;
        } else b = r.single(p.folded[0], ev, addresses[i], i, titleOf(c), c.kind === 'person') ?? r.byOrgKey.get(orgKeyOf(p)) ?? null;
        // A place that is also a given name (`Georgia said`) no person has here: the place.
        // A word the text also writes as an adjective (`Valdoria` beside `a Valdorian
        // newspaper`): a country.
        if (b === null && c.kind === null && c.label < 0 && (lexiconKind(p.folded[0]) === 'place' || countryOfAdjective(p.folded[0], adjectives))) {
          b = r.orgOrPlace(p, ev);
          b.kindVotes[KIND_INDEX.place]++;
        }
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
    if (c.kind !== null && !shortForm) b.kindVotes[KIND_INDEX[c.kind]] += c.label >= 0 ? 2 : 1;
    if (c.role !== null || c.label >= 0) {
      if (c.kind === 'person' || c.kind === null) b.strongPerson = true;
    }
    // A role used as a name adds its role, unless the actor is pinned (its role is given). A
    // label's place (`NORA VANCE KYIV`, a reporter signing off) is where they spoke from, not a role.
    if (c.role !== null && !isAddress(c) && !(roleAsName(c, p) && b.pinned) && !b.roles.includes(c.role) && !(c.label >= 0 && isSignOffPlace(c.role))) r.addRole(b, c.role, i, p.folded.length >= 2 || c.label >= 0);
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

/** The role phrase of `role` when it writes out what the title `phrase` is of (`president of mexico` for `President of Mexico`); null when it does not. */
function qualifiedRole(role: string, phrase: string): string | null {
  const full = prosePhrase(role);
  return full.length > phrase.length + 4 && full.startsWith(phrase) && (full.startsWith(' of ', phrase.length) || full.startsWith(' for ', phrase.length)) ? full : null;
}

/** For each title used as a name in prose (`president`), the offices of it the text writes out (`president of mexico`, `president of the united states`). */
function qualifiedOffices(sorted: readonly NameCandidate[], parsed: readonly Parsed[]): Map<string, Set<string>> | null {
  let out: Map<string, Set<string>> | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.label >= 0 || c.role === null || c.roleSpan === null || parsed[i].folded.length === 0 || !roleAsName(c, parsed[i])) continue;
    const phrase = rolePhrase(parsed[i]);
    const q = qualifiedRole(c.role, phrase);
    if (q === null) continue;
    out ??= new Map();
    let set = out.get(phrase);
    if (set === undefined) out.set(phrase, (set = new Set()));
    set.add(q);
  }
  return out;
}

/** A word of unknown kind ending in `a` whose adjective (`valdorian` of `valdoria`) the text writes too, neither of them a given name. */
function countryOfAdjective(word: string, adjectives: ReadonlySet<string> | null): boolean {
  return adjectives !== null && word.length >= 4 && word.charCodeAt(word.length - 1) === 97 && adjectives.has(word) && !FIRST_NAMES.has(word) && isPlainWord(word);
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

/** White space as `\s` of a regular expression has it. */
function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Number of words of `s` (as `s.split(/\s+/)` gives them, empty ones left out). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isRegExpSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The first word of `s` is `the`, in any case. */
function firstWordIsThe(s: string): boolean {
  let a = 0;
  while (a < s.length && isRegExpSpace(s.charCodeAt(a))) a++;
  let e = a;
  while (e < s.length && !isRegExpSpace(s.charCodeAt(e))) e++;
  return e - a === 3 && s.slice(a, e).toLowerCase() === 'the';
}

/** The fullest mixed-case form; a form in capitals only is title-cased. */
function canonicalName(b: Building, kind: ActorKind): string {
  if (b.pinned) return b.pinned.name.trim();
  let best: string | null = null;
  let bestWords = -1;
  let bestCaps = true;
  for (const f of b.forms) {
    // Words and the first of them, read in place (a form is read for every actor, often).
    const count = wordCount(f);
    let n = count;
    if (kind !== 'person' && count > 1 && firstWordIsThe(f)) n--;
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
  // A name written only in lower case (`>> eric: thanks, jenna.`) is shown capitalised (`Eric`);
  // the written form stays an alias. Not a group known by its role (`members of Congress`).
  if (b.roleName === null && b.roleLabel === null && b.roles.length === 0 && name === name.toLowerCase() && name !== name.toUpperCase()) name = titleCase(name);
  // Honorifics never head a canonical name (`MS. HALVORSEN` -> `Halvorsen`).
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
 * their form of address: `Mr. Pell`, `Mrs. Pell`.
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
  /** Per live building, by its `order`: its id, its draft and its actor's mention list. */
  const info: ({ id: string; draft: ActorDraft; list: Mention[] } | undefined)[] = new Array(r.buildings.length);
  for (let k = 0; k < live.length; k++) {
    const d = drafts[k];
    const id = uniqueId(d.slug, used);
    const list: Mention[] = [];
    info[live[k].order] = { id, draft: d, list };
    actors.push({ id, name: d.name, kind: d.kind, aliases: d.aliases, roles: d.roles, mentions: list, evidence: d.evidence });
  }

  // Mentions in text order: the names are sorted, so each actor's list is too.
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  const labelActors: (string | null)[] = speakers.map(() => null);
  for (let i = 0; i < sorted.length; i++) {
    const b = assigned[i];
    if (!b) continue;
    const it = info[b.order];
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
    const it = info[b.order]!;
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


/**
 * Organisations named in full by two words or more whose first word is in no list (`Skyvale
 * Airways`): that word alone, written as a name (`Skyvale said`, `Skyvale's chief executive`),
 * is the organisation, when no person named in full has it as surname and no other organisation
 * starts with it. Word -> the first full name's index (-1 when two organisations start with it).
 */
function shortOrganisations(sorted: readonly NameCandidate[], parsed: readonly Parsed[]): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.kind !== 'organization' || c.label >= 0) continue;
    const w = shortFormWord(parsed[i]);
    if (w === null) continue;
    out ??= new Map();
    const j = out.get(w);
    if (j === undefined) out.set(w, i);
    else if (j >= 0 && orgKeyOf(parsed[j]) !== orgKeyOf(parsed[i])) out.set(w, -1);
  }
  if (out === null) return null;
  for (let i = 0; i < sorted.length; i++) {
    const p = parsed[i];
    // A person's surname (read under the same key when names are merged again after an edit).
    if (sorted[i].kind === 'person' && p.folded.length >= 2) out.delete(p.folded[p.folded.length - 1]);
  }
  return out.size > 0 ? out : null;
}

/**
 * The organisation a single word in prose stands for (`shortOrganisations`): the index of its
 * full name, or -1. Not an acronym (`ICT` beside `ICT Authority`: a term of its own as often as not).
 */
function shortOrganisationOf(short: Map<string, number> | null, c: NameCandidate, p: Parsed): number {
  if (short === null || c.label >= 0 || isCapsWord(stripPossessive(c.text))) return -1;
  return short.get(p.folded[0]) ?? -1;
}

/** No lower-case letter and two capitals or more (`ICT`, `NATO's`). */
function isCapsWord(s: string): boolean {
  let caps = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) caps++;
  }
  return caps >= 2;
}
