/**
 * People the text names only by a title they are addressed with, joined to the speaker
 * addressed. In a meeting or a hearing, a reply often opens by addressing the one who spoke
 * before by their office alone:
 *
 * ```
 * Helen Park: Good evening, and welcome to the meeting of the city council.
 * David Osei: Thank you, Madam Chair. I would like to start with the library budget.
 * ```
 *
 * `Madam Chair` names no one by name, and no label gives Helen Park that office, so the names
 * alone make it an actor of its own (`Chair`). When every mention of such a title-only person
 * is a vocative right after a turn's opening thanks (addressing the speaker of the turn
 * before) or its giving of the floor (`Go ahead, Councilman.`: the speaker of the turn after),
 * and all address the same speaker, it is that speaker: the mentions become theirs, the title
 * one of their roles. A title opening a turn with nothing before it (`Mr. Chairman, I want to
 * add...`) is not joined: it asks the chair for the floor, whoever spoke last.
 *
 * A title-only person is also joined to the one person named by name who holds that title,
 * when exactly one does: a headline or a question speaks of `the Prime Minister` before the
 * text names Rowan Ashby as Prime Minister (the names step gives the mentions after that to
 * the holder already).
 *
 * Runs after the names are merged, on every analysis (fresh or incremental alike), and gives
 * back the very resolution it was given when nothing is joined.
 */
import type { Actor, Mention, RoleMention, Span, SpeakerLabel } from './model';
import type { ActorResolution } from './pipeline-types';
import { isHSpace, isSpaceCode } from './chars';
import { firstStartingAfter, firstStartingAt } from './spans';

export const EVIDENCE_ADDRESSED = 'addressed by title in a reply to their turn';
export const EVIDENCE_TITLE_HELD = 'named by the title they hold';

/** How far into a turn a vocative may stand (characters after the label). */
const OPENING_REACH = 60;

/** One title-only actor joined to the speaker it addresses, or to the one person holding the title. */
interface Join {
  readonly title: Actor;
  readonly to: string;
  readonly evidence: string;
}

/**
 * What was joined last time, so that an analysis after an edit gives back the same objects for
 * an unchanged join (later steps compare actors by identity).
 */
export class AddressMemo {
  /** `title -> addressee` pairs of the last analysis, in actor order (compared as a whole). */
  key = '';
  private readonly made = new WeakMap<Actor, { title: readonly Actor[]; actor: Actor }>();
  private readonly moved = new WeakMap<Mention, Mention>();
  private readonly movedRoles = new WeakMap<RoleMention, RoleMention>();
  /** Each role as titles are compared (`titleKey`), for the roles of this document. */
  private readonly titleKeys = new Map<string, string>();
  /**
   * Whether a name is one of its actor's roles, by the actor's list of roles (an actor made
   * again by a merge keeps the list while its roles stay, so most keystrokes look nothing up again).
   */
  private readonly named = new WeakMap<readonly string[], { name: string; title: boolean }>();
  /** The speakers' actors as a set, by the list they come in (the same list while no label changes). */
  private readonly labelSets = new WeakMap<readonly (string | null)[], Set<string>>();

  /** A person named by a title alone: their name is one of their roles (`Chair`, `Prime Minister`). */
  titleOnly(a: Actor): boolean {
    if (a.kind !== 'person' || a.roles.length === 0 || a.mentions.length === 0) return false;
    const m = this.named.get(a.roles);
    if (m !== undefined && m.name === a.name) return m.title;
    const title = titleOnly(a);
    this.named.set(a.roles, { name: a.name, title });
    return title;
  }

  /** The actors that speak under a label. */
  labelled(labelActors: readonly (string | null)[]): Set<string> {
    let set = this.labelSets.get(labelActors);
    if (set === undefined) {
      set = new Set(labelActors.filter((x): x is string => x !== null));
      this.labelSets.set(labelActors, set);
    }
    return set;
  }

  titleKey(role: string): string {
    let t = this.titleKeys.get(role);
    if (t === undefined) {
      t = titleKey(role);
      this.titleKeys.set(role, t);
    }
    return t;
  }

  actor(addressee: Actor, titles: readonly Actor[], make: () => Actor): Actor {
    const m = this.made.get(addressee);
    if (m !== undefined && m.title.length === titles.length && m.title.every((t, i) => t === titles[i])) return m.actor;
    const actor = make();
    this.made.set(addressee, { title: titles, actor });
    return actor;
  }

  /** Mention `m` given to `to`: the one made for it before, where `m` stands now (the analyser moves `m` in place, see `ListPositions`), or a new one. */
  mention(m: Mention, to: string): Mention {
    const x = this.moved.get(m);
    if (x !== undefined && x.actor === to) return placedAs(x, m);
    const made: Mention = { start: m.start, end: m.end, actor: to, form: m.form };
    this.moved.set(m, made);
    return made;
  }

  /** Role mention `r` given to `to`, as `mention` gives a mention. */
  role(r: RoleMention, to: string): RoleMention {
    const x = this.movedRoles.get(r);
    if (x !== undefined && x.actor === to) return placedAs(x, r);
    const made: RoleMention = { start: r.start, end: r.end, actor: to, role: r.role };
    this.movedRoles.set(r, made);
    return made;
  }
}

/** `x`, a copy of `s` given to another actor, moved in place to where `s` stands now. */
function placedAs<T extends Span>(x: T, s: Span): T {
  if (x.start !== s.start || x.end !== s.end) {
    const w = x as { start: number; end: number };
    w.start = s.start;
    w.end = s.end;
  }
  return x;
}

/**
 * The resolution with each title-only person addressed as above joined to the speaker
 * addressed; `memo.key` tells which joins were made (compare it before and after to know
 * whether they changed).
 */
export function joinAddressed(text: string, speakers: readonly SpeakerLabel[], res: ActorResolution, memo: AddressMemo): ActorResolution {
  // The title-only people no label names, found once (this runs at every keystroke).
  let titled: Actor[] | null = null;
  const titleOnlyIds = new Set<string>();
  let labelled: Set<string> | null = null;
  for (const a of res.actors) {
    if (!memo.titleOnly(a)) continue;
    titleOnlyIds.add(a.id);
    labelled ??= memo.labelled(res.labelActors);
    if (!labelled.has(a.id)) (titled ??= []).push(a);
  }
  if (titled === null) {
    memo.key = '';
    return res;
  }
  const addressed = findJoins(text, speakers, res, titled);
  const joins = [...addressed, ...findHolders(res, titled, titleOnlyIds, addressed, memo)];
  memo.key = joins.map((j) => `${j.title.id}>${j.to}`).join('|');
  if (joins.length === 0) return res;
  const into = new Map<string, Actor[]>();
  const gone = new Map<string, string>();
  for (const j of joins) {
    gone.set(j.title.id, j.to);
    const list = into.get(j.to);
    if (list === undefined) into.set(j.to, [j.title]);
    else list.push(j.title);
  }
  const actors: Actor[] = [];
  for (const a of res.actors) {
    if (gone.has(a.id)) continue;
    const titles = into.get(a.id);
    actors.push(titles === undefined ? a : memo.actor(a, titles, () => joined(text, a, titles, joins, memo)));
  }
  // Only the joined people's mentions change: each found by position in the sorted list.
  const mentions = res.mentions.slice();
  for (const j of joins) {
    for (const m of j.title.mentions) {
      for (let i = firstStartingAt(mentions, m.start); i < mentions.length && mentions[i].start === m.start; i++) {
        if (mentions[i].actor === j.title.id) mentions[i] = memo.mention(mentions[i], j.to);
      }
    }
  }
  let roles = res.roles;
  if (roles.some((r) => gone.has(r.actor))) {
    roles = roles.slice();
    for (let i = 0; i < roles.length; i++) {
      const to = gone.get(roles[i].actor);
      if (to !== undefined) roles[i] = memo.role(roles[i], to);
    }
  }
  return { actors, mentions, roles, labelActors: res.labelActors };
}

/** The speaker `a` with the title-only people `titles` joined to it (by `joins`). */
function joined(text: string, a: Actor, titles: readonly Actor[], joins: readonly Join[], memo: AddressMemo): Actor {
  const aliases = [...a.aliases];
  const roles = [...a.roles];
  const mentions: Mention[] = [...a.mentions];
  for (const t of titles) {
    for (const m of t.mentions) {
      const form = text.slice(m.start, m.end);
      if (form !== a.name && !aliases.includes(form)) aliases.push(form);
      mentions.push(memo.mention(m, a.id));
    }
    for (const r of t.roles) if (!roles.includes(r)) roles.push(r);
  }
  mentions.sort((x, y) => x.start - y.start);
  const evidence = [...a.evidence];
  for (const j of joins) if (titles.includes(j.title) && !evidence.includes(j.evidence)) evidence.push(j.evidence);
  return { id: a.id, name: a.name, kind: a.kind, aliases, roles, mentions, evidence };
}

/** Each title-only person all of whose mentions address one and the same speaker (`addresseeOf`). */
function findJoins(text: string, speakers: readonly SpeakerLabel[], res: ActorResolution, titled: readonly Actor[]): Join[] {
  const out: Join[] = [];
  if (speakers.length < 2) return out;
  let byId: Map<string, Actor> | null = null;
  for (const a of titled) {
    let to: string | null = null;
    for (const m of a.mentions) {
      const x = addresseeOf(text, speakers, res.labelActors, m);
      if (x === null || (to !== null && x !== to)) {
        to = null;
        break;
      }
      to = x;
    }
    if (to === null || to === a.id) continue;
    byId ??= new Map(res.actors.map((x) => [x.id, x]));
    if (byId.get(to)?.kind !== 'person') continue;
    out.push({ title: a, to, evidence: EVIDENCE_ADDRESSED });
  }
  return out;
}

/**
 * Each title-only person (not a label's) whose title is a role of exactly one person named by
 * name: a headline or a question that speaks of `the Prime Minister` before the text names
 * Rowan Ashby as Prime Minister. (After the holder is named, the names step gives such a
 * mention to the holder already.)
 */
function findHolders(res: ActorResolution, titled: readonly Actor[], titleOnlyIds: ReadonlySet<string>, taken: readonly Join[], memo: AddressMemo): Join[] {
  const out: Join[] = [];
  let holders: Map<string, string | null> | null = null;
  for (const a of titled) {
    if (taken.some((j) => j.title === a)) continue;
    if (holders === null) {
      // Each title held by a person named by name: that person, or null when two hold it.
      holders = new Map();
      for (const p of res.actors) {
        if (p.kind !== 'person' || p.roles.length === 0 || titleOnlyIds.has(p.id)) continue;
        for (const r of p.roles) {
          const t = memo.titleKey(r);
          const h = holders.get(t);
          if (h === undefined) holders.set(t, p.id);
          else if (h !== p.id) holders.set(t, null);
        }
      }
    }
    const to = holders.get(titleKey(a.name));
    if (to !== undefined && to !== null) out.push({ title: a, to, evidence: EVIDENCE_TITLE_HELD });
  }
  return out;
}

/** Words before a title that say its holder holds it now (`Incumbent Mayor`). */
const HOLDING = ['the ', 'incumbent ', 'current ', 'sitting '];

/** A title as roles are compared: lower case, without an opening `the` or `incumbent`. */
function titleKey(title: string): string {
  let t = title.toLowerCase();
  for (let again = true; again; ) {
    again = false;
    for (const w of HOLDING) {
      if (t.startsWith(w) && t.length > w.length) {
        t = t.slice(w.length);
        again = true;
      }
    }
  }
  return t;
}

/** A person named by a title alone: its name is one of its roles (`Chair`, `Councilman`). */
function titleOnly(a: Actor): boolean {
  if (a.kind !== 'person' || a.roles.length === 0 || a.mentions.length === 0) return false;
  // Runs over every actor at each keystroke: lengths compared before any string is made.
  for (const r of a.roles) if (r.length === a.name.length && r.toLowerCase() === a.name.toLowerCase()) return true;
  return false;
}

/** Openings of a reply that address the speaker before (`Thank you, Madam Chair.`). */
const THANKS = new Set(['thank you', 'thanks', 'thank you very much', 'thank you so much', 'thanks very much', 'yes thank you']);
/** Openings that give the floor to the speaker after (`Go ahead, Councilman.`). */
const FLOOR = new Set(['go ahead', 'please go ahead', 'please', 'please proceed', 'proceed']);

/**
 * The speaker addressed by the one mention `m`, when `m` is a vocative right after a turn's
 * opening words: thanks address the speaker of the turn before (`Thank you, Madam Chair.`),
 * giving the floor the speaker of the turn after (`Go ahead, Councilman.`), or, in the last
 * turn, the one before, who asked for it; else null.
 */
function addresseeOf(text: string, speakers: readonly SpeakerLabel[], labelActors: readonly (string | null)[], m: Mention): string | null {
  // The label of the turn the mention is in: the last one starting at or before it.
  const k = firstStartingAfter(speakers, m.start) - 1;
  if (k < 0) return null;
  const label = speakers[k];
  const from = Math.max(label.end, label.bodyStart);
  if (m.start < from || m.start - from > OPENING_REACH) return null;
  // A comma right before the mention, and before it only the opening words.
  let b = m.start - 1;
  while (b >= from && isHSpace(text.charCodeAt(b))) b--;
  if (b < from || text.charCodeAt(b) !== 44) return null;
  const opening = words(text, from, b);
  const thanks = THANKS.has(opening);
  if (!thanks && !FLOOR.has(opening)) return null;
  // A comma or a sentence's end after it.
  let e = m.end;
  while (e < text.length && isHSpace(text.charCodeAt(e))) e++;
  const after = e < text.length ? text.charCodeAt(e) : 46;
  if (after !== 44 && after !== 46 && after !== 33 && after !== 63 && after !== 59) return null;
  // Giving the floor with no turn after it: to the one who asked for it, the speaker before.
  const other = thanks || k + 1 >= speakers.length ? k - 1 : k + 1;
  if (other < 0 || speakers[other].anonymous) return null;
  const here = labelActors[k];
  const to = labelActors[other];
  return to === null || to === undefined || to === here ? null : to;
}

/** The words of text[from, to) in lower case, one space between them (letters and spaces only; else ''). */
function words(text: string, from: number, to: number): string {
  let out = '';
  let gap = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      gap = out.length > 0;
      continue;
    }
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower < 97 || lower > 122) return '';
    if (gap) out += ' ';
    gap = false;
    out += String.fromCharCode(lower);
    if (out.length > 30) return '';
  }
  return out;
}
