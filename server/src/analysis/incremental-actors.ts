/**
 * Reusing the actors of the previous text after an edit. Merging names into actors reads the
 * names' words, kinds, roles and labels in text order, and their offsets only for that order:
 * when an edit leaves that sequence as it was (most keystrokes do), the actors are the same
 * and only the offsets of mentions and roles move.
 *
 * ```
 * Lavrov said: “We need evidence.”   ->   Lavrov said: “We need more evidence.”
 *   same names in the same order: sergey-lavrov keeps its mentions, moved
 * ```
 */
import type { Actor, Mention, RoleMention, SpeakerLabel } from './model';
import type { ActorResolution, NameCandidate } from './pipeline-types';

/** True when the two texts give the same names in the same order (offsets aside) and the same labels. */
export function sameNames(
  a: readonly NameCandidate[],
  b: readonly NameCandidate[],
  sa: readonly SpeakerLabel[],
  sb: readonly SpeakerLabel[],
): boolean {
  if (a.length !== b.length || sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) if (sa[i].anonymous !== sb[i].anonymous) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.text !== y.text || x.kind !== y.kind || x.role !== y.role || x.label !== y.label) return false;
    if ((x.roleSpan === null) !== (y.roleSpan === null)) return false;
    if (!sameExtras(x, y)) return false;
  }
  return true;
}

const POSITIONAL = new Set(['start', 'end', 'roleSpan', 'text', 'kind', 'role', 'label']);

/** Any other field a name carries (the names step may add some) must be equal too. */
function sameExtras(x: NameCandidate, y: NameCandidate): boolean {
  const xr = x as unknown as Record<string, unknown>;
  const yr = y as unknown as Record<string, unknown>;
  let nx = 0;
  for (const k in xr) {
    if (POSITIONAL.has(k)) continue;
    nx++;
    if (xr[k] !== yr[k]) return false;
  }
  let ny = 0;
  for (const k in yr) if (!POSITIONAL.has(k)) ny++;
  return nx === ny;
}

/**
 * How the actors after an edit compare with those before, outside the stretch `[from, to)` of
 * the new text (moved by `delta` after it): `around` when the mentions and roles there are the
 * same, with the same actors of the same kinds; `all` when besides every actor is the same in
 * what attribution reads (ids, kinds, names, aliases, roles) and the mentions inside the
 * stretch name the same actors in the same order.
 */
export function compareActors(a: ActorResolution, b: ActorResolution, from: number, to: number, delta: number): { around: boolean; all: boolean } {
  const no = { around: false, all: false };
  const oldTo = to - delta;
  // Mentions outside the stretch: the same, in the same order.
  const am = a.mentions;
  const bm = b.mentions;
  let i = 0;
  let j = 0;
  let insideSame = true;
  for (;;) {
    while (i < am.length && am[i].start >= from && !(am[i].start >= oldTo)) i++;
    while (j < bm.length && bm[j].start >= from && !(bm[j].start >= to)) j++;
    if (i >= am.length || j >= bm.length) {
      if (i < am.length || j < bm.length) return no;
      break;
    }
    const x = am[i];
    const y = bm[j];
    const moved = y.start >= to ? delta : 0;
    if (x.start !== y.start - moved || x.end !== y.end - moved || x.actor !== y.actor || x.form !== y.form) return no;
    if ((x.end > from && x.start < from) !== (y.end > from && y.start < from)) return no;
    i++;
    j++;
  }
  // Roles outside the stretch (they come from the names, which may change far from an edit).
  const outside = (r: readonly RoleMention[], lo: number, hi: number, d: number): RoleMention[] =>
    r.filter((x) => x.end <= lo || x.start >= hi).map((x) => (x.start >= hi ? { ...x, start: x.start + d, end: x.end + d } : x));
  const ra = outside(a.roles, from, oldTo, delta);
  const rb = outside(b.roles, from, to, 0);
  if (ra.length !== rb.length) return no;
  for (let k = 0; k < ra.length; k++) {
    const x = ra[k];
    const y = rb[k];
    if (x.start !== y.start || x.end !== y.end || x.actor !== y.actor || x.role !== y.role) return no;
  }
  // Kinds of the actors both have; labels' actors.
  const kinds = new Map<string, string>();
  for (const x of a.actors) kinds.set(x.id, x.kind);
  for (const y of b.actors) {
    const k = kinds.get(y.id);
    if (k !== undefined && k !== y.kind) return no;
  }
  // Everything else attribution reads: the same actors, and the same actors named inside the stretch.
  let all = a.actors.length === b.actors.length;
  for (let k = 0; all && k < a.actors.length; k++) {
    const x = a.actors[k];
    const y = b.actors[k];
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.name !== y.name || !sameStrings(x.aliases, y.aliases) || !sameStrings(x.roles, y.roles))) all = false;
  }
  if (all) {
    const inA = am.filter((x) => x.start >= from && x.start < oldTo).map((x) => x.actor);
    const inB = bm.filter((x) => x.start >= from && x.start < to).map((x) => x.actor);
    insideSame = sameStrings(inA, inB);
  }
  return { around: true, all: all && insideSame };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The resolution of `old` moved onto `names`, which `sameNames` found equal to the names
 * `old` was made from: each name keeps its actor and the form of its mention.
 */
export function shiftResolution(old: ActorResolution, oldNames: readonly NameCandidate[], names: readonly NameCandidate[]): ActorResolution {
  // Which actor (and mention) each old name had: mentions are in name order, one per assigned name.
  const om = old.mentions;
  const mentionOf = new Int32Array(oldNames.length).fill(-1);
  let j = 0;
  for (let i = 0; i < oldNames.length && j < om.length; i++) {
    if (om[j].start === oldNames[i].start) mentionOf[i] = j++;
  }
  const lists = new Map<string, Mention[]>();
  for (const a of old.actors) lists.set(a.id, []);
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const k = mentionOf[i];
    if (k < 0) continue;
    const c = names[i];
    const o = om[k];
    const m: Mention = o.start === c.start && o.end === c.end ? o : { start: c.start, end: c.end, actor: o.actor, form: o.form };
    mentions.push(m);
    lists.get(o.actor)?.push(m);
    if (c.roleSpan && c.role !== null && c.roleSpan.end > c.roleSpan.start) roles.push({ start: c.roleSpan.start, end: c.roleSpan.end, actor: o.actor, role: c.role });
  }
  roles.sort((x, y) => x.start - y.start);
  const actors: Actor[] = old.actors.map((a) => ({ ...a, mentions: lists.get(a.id) ?? [] }));
  return { actors, mentions, roles, labelActors: old.labelActors };
}
