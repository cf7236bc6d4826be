/**
 * Actors kept across edits. Merging names into actors reads, for each name, the persons,
 * organisations and places named so far under its surname, its organisation key or the role
 * it stands for (`nameKeys`). Names that share no key and no actor are merged independently,
 * except for two look-ups that count the persons that fit, by given name (`Anton` alone) and
 * by role (`the President`), and take the one when only one fits.
 *
 * ```
 * Marta Kowal said ... Kowal added ... Tomas Reyes ... Reyes   ->   an edit in `Reyes`
 *   works out again the names under `reyes` only; `marta-kowal` keeps its actor and mentions
 * ```
 *
 * So after an edit only the names that meet the names the edit removed or added (through
 * keys and actors, transitively) are merged again, with what the others made seen through
 * those two counts; when a count changes, the names that read it are merged again too. The
 * result is the one `resolveActors` gives for the whole text (a test holds them equal).
 *
 * What tells namesakes apart reads only names under the same surname key, which are merged
 * again together: forms of address (`Mr. Pell`, `Mrs. Pell`) and titles (`President Ames`
 * beside `First Lady Jill Ames`, see actor-kin). Whoever then holds a role (`THE PRESIDENT:`)
 * is found by the count by role, so a label follows the person split off.
 */
import type { Actor, Mention, RoleMention, SpeakerLabel } from './model';
import { firstPlacedAt, type ActorResolution, type ListPositions, type NameCandidate } from './pipeline-types';
import { sameActorForms } from './actor-compare';
import { firstStartingAt, moveSpan } from './spans';
import {
  draftActors,
  holdsRole,
  mentionForm,
  nameKeys,
  phraseKeyWord,
  READ_EARLY,
  READ_FITS,
  roleKeyWords,
  Resolver,
  runPasses,
  uniqueId,
  type ActorDraft,
  type Building,
  type Outside,
  type OutsideView,
  type Parsed,
  type Read,
} from './actors';

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
 * stretch name the same actors in the same order. When the mentions and roles are the same
 * there but some actors show another kind, `otherKind` holds their ids. `aAt` holds where the
 * mentions and roles of `a` stood (those `b` holds too have moved since, in place).
 */
export function compareActors(a: ActorResolution, aAt: ListPositions, b: ActorResolution, from: number, to: number, delta: number): ActorComparison {
  const no: ActorComparison = { around: false, all: false };
  const oldTo = to - delta;
  // Mentions outside the stretch: the same, in the same order.
  const am = a.mentions;
  const bm = b.mentions;
  const ap = aAt.mentions;
  let insideSame = true;
  // Both lists are sorted by start: the mentions starting inside the stretch are one run of each.
  const a1 = firstPlacedAt(ap, from);
  const a2 = Math.max(a1, firstPlacedAt(ap, oldTo));
  const b1 = firstStartingAt(bm, from);
  const b2 = Math.max(b1, firstStartingAt(bm, to));
  if (a1 !== b1 || am.length - a2 !== bm.length - b2) return no;
  // Before the stretch: mostly the very same mentions (a block's mentions are kept while it
  // stays). Equal ends there make a mention across the stretch's start one in both or in neither.
  for (let k = 0; k < a1; k++) {
    const x = am[k];
    const y = bm[k];
    if (x !== y && (ap[2 * k] !== y.start || ap[2 * k + 1] !== y.end || x.actor !== y.actor || x.form !== y.form)) return no;
  }
  // After it: mostly the very mentions, moved in place.
  for (let k = 0; k < am.length - a2; k++) {
    const x = am[a2 + k];
    const y = bm[b2 + k];
    if (x !== y && (ap[2 * (a2 + k)] !== y.start - delta || ap[2 * (a2 + k) + 1] !== y.end - delta || x.actor !== y.actor || x.form !== y.form)) return no;
  }
  // Roles outside the stretch (they come from the names, which may change far from an edit):
  // the same, in the same order, those after it moved.
  const ar = a.roles;
  const br = b.roles;
  const rp = aAt.roles;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < ar.length && !(rp[2 * i + 1] <= from || rp[2 * i] >= oldTo)) i++;
    while (j < br.length && !(br[j].end <= from || br[j].start >= to)) j++;
    if (i >= ar.length || j >= br.length) {
      if (i < ar.length || j < br.length) return no;
      break;
    }
    const x = ar[i];
    const y = br[j];
    const d = rp[2 * i] >= oldTo ? delta : 0;
    if (x !== y && (rp[2 * i] + d !== y.start || rp[2 * i + 1] + d !== y.end || x.actor !== y.actor || x.role !== y.role)) return no;
    i++;
    j++;
  }
  // Kinds of the actors both have; labels' actors.
  const kinds = new Map<string, string>();
  for (const x of a.actors) kinds.set(x.id, x.kind);
  let otherKind: Set<string> | null = null;
  for (const y of b.actors) {
    const k = kinds.get(y.id);
    if (k !== undefined && k !== y.kind) (otherKind ??= new Set<string>()).add(y.id);
  }
  if (otherKind !== null) return { around: false, all: false, otherKind };
  // Everything else attribution reads: the same actors, and the same actors named inside the stretch.
  let all = a.actors.length === b.actors.length;
  for (let k = 0; all && k < a.actors.length; k++) {
    const x = a.actors[k];
    const y = b.actors[k];
    if (x !== y && (x.id !== y.id || !sameActorForms(x, y))) all = false;
  }
  if (all) {
    // The mentions starting inside the stretch name the same actors in the same order.
    let p = a1;
    let q = b1;
    for (; p < am.length && ap[2 * p] < oldTo; p++, q++) {
      if (q >= bm.length || bm[q].start >= to || bm[q].actor !== am[p].actor) {
        insideSame = false;
        break;
      }
    }
    if (insideSame && q < bm.length && bm[q].start < to) insideSame = false;
  }
  return { around: true, all: all && insideSame };
}


/** See `compareActors`. */
export interface ActorComparison {
  readonly around: boolean;
  readonly all: boolean;
  readonly otherKind?: ReadonlySet<string>;
}

/** A block's names as the analyser keeps them: the same array while the block is not read again. */
export interface NameBlock {
  /** Names of the block at the offsets it had when they were read (label indices from the block's first label). */
  readonly names: readonly NameCandidate[];
  /** Where the block starts now minus where it started when its names were read. */
  readonly delta: number;
  /** Index of the block's first kept speaker label. */
  readonly labelBase: number;
}

interface BlockSlots {
  readonly names: readonly NameCandidate[];
  readonly slots: Slot[];
  delta: number;
  labelBase: number;
  seen: number;
  /** Its index in the order of the blocks (as of the last update). */
  at: number;
  /** The last update that wrote its mentions or role mentions. */
  listed: number;
  /**
   * Mentions and role mentions of the block, at `madeDelta`: moved in place when it moves, made
   * again where they changed when it is `dirty` (an update gave some name of it an actor, or
   * took it); a name merged again without that only changes its own entries.
   */
  mentions: Mention[] | null;
  roles: RoleMention[];
  madeDelta: number;
  dirty: number;
  /** Its names that are speaker labels (null: not listed yet). */
  labels: Slot[] | null;
}

/** One name of the text and what the last merge made of it. */
class Slot {
  /** The name (at its block's offsets when read) and its block; both change when a block read again gives the same names. */
  c: NameCandidate;
  blk: BlockSlots;
  /** Its keys (`nameKeys`), once the names are indexed. */
  s: string | null = null;
  o: string | null = null;
  r: string | null = null;
  /** Its actor (null: none), and the counting look-ups it made. */
  info: Info | null = null;
  reads: readonly Read[] | null = null;
  /** Index of its mention and role mention in its block's lists (-1: none). */
  mi = -1;
  ri = -1;
  /** Its index in its actor's names (and mentions). */
  li = -1;
  /** The update whose merge included it; gone with its block. */
  mark = 0;
  dead = false;

  constructor(c: NameCandidate, blk: BlockSlots) {
    this.c = c;
    this.blk = blk;
  }

  setKeys(parsed?: Parsed): void {
    const k = nameKeys(this.c, parsed);
    this.s = k.s;
    this.o = k.o;
    this.r = k.r;
  }

  get at(): number {
    return this.c.start + this.blk.delta;
  }
}

/** What a merged actor keeps: its names in text order, its draft, who added its roles. */
interface Info {
  readonly b: Building;
  readonly slots: Slot[];
  readonly draft: ActorDraft;
  readonly firstSlot: Slot;
  /** The name that added each role (null: pinned). */
  readonly roleSlots: (Slot | null)[];
  id: string;
  actor: Actor | null;
  /** Its mentions, in the order of `slots`: copied when a mention changes, at most once an update. */
  list: Mention[];
  /** The update that merged it, and the last one that changed its id or some mention of it. */
  readonly born: number;
  touched: number;
}

const NO_ONE: Outside = { count: 0, one: null };

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  let s = m.get(k);
  if (s === undefined) m.set(k, (s = new Set()));
  s.add(v);
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a === undefined) m.set(k, [v]);
  else a.push(v);
}

function removeFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (s === undefined) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}

/**
 * The actors of a text kept across edits (one per open document). `update` takes the names
 * block by block and gives the resolution `resolveActors` gives for them, merging again only
 * the names an edit can have changed. No pinned actors here: with pinned actors the analyser
 * merges the whole text each time.
 */
export class IncrementalActors {
  private readonly blocks = new WeakMap<readonly NameCandidate[], BlockSlots>();
  private order: BlockSlots[] = [];
  /**
   * Names by key (names gone are dropped when a merge reads the key), persons by given-name key
   * and persons with a surname by the words of their roles, names that counted persons by given
   * name and by role (by the phrase's last word). Made at the first edit: a text analysed once
   * never needs them.
   */
  private indexed = false;
  private readonly bySurname = new Map<string, Slot[]>();
  private readonly byOrg = new Map<string, Slot[]>();
  private readonly byRole = new Map<string, Slot[]>();
  private readonly byGiven = new Map<string, Set<Building>>();
  private readonly byRoleWord = new Map<string, Set<Building>>();
  private readonly givenReaders = new Map<string, Set<Slot>>();
  private readonly roleReaders = new Map<string, Set<Slot>>();
  private readonly infos = new Map<Building, Info>();
  private epoch = 0;
  private last: ActorResolution | null = null;
  /** Names whose mentions may have changed in place (merged again, or their actor's id changed). */
  private patch: Slot[] = [];
  /** Label indices moved (a label came or went before a kept block): label actors made again. */
  private labelsMoved = true;
  /** Blocks whose labels' actors may have changed (read again, or some name of a label merged again or renamed). */
  private labelBlocks = new Set<BlockSlots>();
  /** Names of speaker labels a merge gave an actor again, with the actor id each had before: a block whose label changes actor is noted in `labelBlocks`. */
  private labelChecks: Slot[] = [];
  private labelCheckIds: (string | null)[] = [];
  /** The actors in order of first mention, as last assembled. */
  private sorted: Info[] | null = null;
  /** The blocks in the order the last lists were assembled from; whether those roles needed no sort. */
  private lastOrder: BlockSlots[] = [];
  private rolesInOrder = false;
  /** How many names the last update merged again (0: none; the actors only moved). */
  merged = 0;
  /** How many runs of the passes that took (more than one when a run reached further). */
  runs = 0;
  /** Milliseconds the last update spent merging names, and making the lists (for the benchmark). */
  mergeMs = 0;
  assembleMs = 0;
  blocksMs = 0;

  update(blocks: readonly NameBlock[], speakers: readonly SpeakerLabel[]): ActorResolution {
    const tb = now();
    const epoch = ++this.epoch;
    // Blocks kept (same names array) and blocks read again.
    const order: BlockSlots[] = [];
    const fresh: BlockSlots[] = [];
    const prev = this.order;
    /** Where the block after the last one kept stood in the previous order: most blocks are found there without a look-up. */
    let p = 0;
    for (let k = 0; k < blocks.length; k++) {
      const nb = blocks[k];
      let bs = p < prev.length && prev[p].names === nb.names ? prev[p] : this.blocks.get(nb.names);
      if (bs === undefined || bs.seen === epoch) {
        bs = { names: nb.names, slots: [], delta: nb.delta, labelBase: nb.labelBase, seen: epoch, at: -1, listed: 0, mentions: null, roles: [], madeDelta: 0, dirty: 0, labels: null };
        this.blocks.set(nb.names, bs);
        fresh.push(bs);
      } else {
        bs.delta = nb.delta;
        if (bs.labelBase !== nb.labelBase) this.labelsMoved = true;
        bs.labelBase = nb.labelBase;
        bs.seen = epoch;
        p = bs.at + 1;
      }
      order.push(bs);
    }
    const removed: Slot[] = [];
    for (let k = 0; k < prev.length; k++) {
      const bs = prev[k];
      if (bs.seen !== epoch) for (const s of bs.slots) removed.push(s);
    }
    for (let k = 0; k < order.length; k++) order[k].at = k;
    const added: Slot[] = [];
    this.adopt(fresh, removed, added);
    // The blocks read again cover the label indices of the blocks they replace (unless indices
    // moved, which makes every label actor again).
    for (const bs of fresh) {
      bs.labels = bs.slots.filter((s) => s.c.label >= 0);
      this.labelBlocks.add(bs);
    }
    this.order = order;
    this.merged = 0;
    this.runs = 0;
    const t0 = now();
    if (added.length > 0 || removed.length > 0 || this.last === null) this.merge(added, removed, epoch);
    const t1 = now();
    this.last = this.assemble(speakers, epoch);
    this.mergeMs = t1 - t0;
    this.blocksMs = t0 - tb;
    this.assembleMs = now() - t1;
    return this.last;
  }

  /**
   * Names of the blocks read again that they gave before (most keystrokes change one name or
   * none) keep what they had: the same words, kinds, roles and labels in the same order make
   * the same actors; offsets and label indices are read when assembling. Matched from both
   * ends; the names in between are new (`added`), those they replace gone (`removed`).
   */
  private adopt(fresh: readonly BlockSlots[], removed: Slot[], added: Slot[]): void {
    if (removed.length === 0) {
      for (const bs of fresh) {
        for (const c of bs.names) {
          const slot = new Slot(c, bs);
          bs.slots.push(slot);
          added.push(slot);
        }
      }
      return;
    }
    const names: NameCandidate[] = [];
    const owner: BlockSlots[] = [];
    for (const bs of fresh) {
      for (const c of bs.names) {
        names.push(c);
        owner.push(bs);
      }
    }
    const old = removed.slice();
    removed.length = 0;
    const n = names.length;
    let head = 0;
    if (this.last !== null) while (head < n && head < old.length && sameName(old[head].c, names[head])) head++;
    let tail = 0;
    if (this.last !== null) while (tail < n - head && tail < old.length - head && sameName(old[old.length - 1 - tail].c, names[n - 1 - tail])) tail++;
    for (let i = 0; i < n; i++) {
      let s: Slot;
      if (i < head || i >= n - tail) {
        s = old[i < head ? i : old.length - (n - i)];
        s.c = names[i];
        s.blk = owner[i];
      } else {
        s = new Slot(names[i], owner[i]);
        added.push(s);
      }
      owner[i].slots.push(s);
    }
    for (let i = head; i < old.length - tail; i++) removed.push(old[i]);
  }

  /** Merges again the names that meet those removed and added, and commits what they make. */
  private merge(added: readonly Slot[], removed: readonly Slot[], epoch: number): void {
    for (const s of removed) {
      s.dead = true;
      this.forgetReads(s);
    }
    if (this.last === null) {
      // The first text: every name, in text order, nothing outside.
      const group = added.slice();
      for (const s of group) s.mark = epoch;
      this.runs = 1;
      const r = new Resolver();
      r.reads = [];
      this.commit(group, r, runPasses(r, group.map((s) => s.c), group.map((s) => s.at)), [], epoch, false);
      this.merged = group.length;
      this.index(r.parsed);
      return;
    }
    if (!this.indexed) this.index();
    else for (const s of added) this.indexSlot(s);
    // The names to merge again: those added, those sharing a key with a name removed or added,
    // every name of an actor one of them had, and so on.
    const group: Slot[] = [];
    const retiring = new Set<Building>();
    const retired: Info[] = [];
    const seenKeys = [new Set<string>(), new Set<string>(), new Set<string>()];
    const queue: Slot[] = [];
    const addSlot = (s: Slot): void => {
      if (s.mark === epoch || s.dead) return;
      s.mark = epoch;
      group.push(s);
      queue.push(s);
    };
    const addKey = (index: Map<string, Slot[]>, seen: Set<string>, key: string | null): void => {
      if (key === null || seen.has(key)) return;
      seen.add(key);
      const list = index.get(key);
      if (list === undefined) return;
      let live = 0;
      for (const x of list) {
        if (x.dead) continue;
        list[live++] = x;
        addSlot(x);
      }
      if (live === 0) index.delete(key);
      else list.length = live;
    };
    const addKeys = (s: Slot): void => {
      addKey(this.bySurname, seenKeys[0], s.s);
      addKey(this.byOrg, seenKeys[1], s.o);
      addKey(this.byRole, seenKeys[2], s.r);
    };
    const addInfo = (info: Info): void => {
      if (retiring.has(info.b)) return;
      retiring.add(info.b);
      retired.push(info);
      for (const x of info.slots) addSlot(x);
    };
    const drain = (): void => {
      while (queue.length > 0) {
        const s = queue.pop()!;
        addKeys(s);
        if (s.info !== null) addInfo(s.info);
      }
    };
    for (const s of removed) {
      if (s.s === null && s.o === null && s.r === null) s.setKeys();
      addKeys(s);
      if (s.info !== null) addInfo(s.info);
    }
    for (const s of added) addSlot(s);
    drain();

    for (;;) {
      this.runs++;
      group.sort((x, y) => x.at - y.at);
      const names = group.map((s) => s.c);
      const at = group.map((s) => s.at);
      const r = new Resolver();
      r.outside = this.outsideView(retiring);
      r.reads = [];
      const assigned = runPasses(r, names, at);
      if (r.pulled.length > 0) {
        for (const b of r.pulled) addInfo(this.infos.get(b)!);
        drain();
        continue;
      }
      // Names outside the group that counted persons the group made or makes now: merged again
      // when the count changed.
      const n0 = group.length;
      this.recheckReaders(r, at, retiring, epoch, addSlot);
      if (group.length > n0) {
        drain();
        continue;
      }
      this.commit(group, r, assigned, retired, epoch);
      this.merged = group.length;
      return;
    }
  }

  /** What a run sees of the persons outside it (all but `retiring`). */
  private outsideView(retiring: ReadonlySet<Building>): OutsideView {
    return {
      given: (k, early) => this.countGiven(k, early, retiring),
      fits: (phrase, at) => this.countFits(phrase, at, retiring),
    };
  }

  private countGiven(k: string, early: boolean, retiring: ReadonlySet<Building>): Outside {
    const set = this.byGiven.get(k);
    if (set === undefined) return NO_ONE;
    let count = 0;
    let one: Building | null = null;
    for (const b of set) {
      if (retiring.has(b) || (early && b.given.get(k) !== 1)) continue;
      one = b;
      if (++count > 1) break;
    }
    return count === 0 ? NO_ONE : { count, one };
  }

  private countFits(phrase: string, at: number, retiring: ReadonlySet<Building>): Outside {
    const set = this.byRoleWord.get(phraseKeyWord(phrase));
    if (set === undefined) return NO_ONE;
    let count = 0;
    let one: Building | null = null;
    for (const b of set) {
      if (retiring.has(b)) continue;
      const info = this.infos.get(b)!;
      const fits = holdsRole(b, phrase, (k) => {
        const by = info.roleSlots[k];
        return by === null || by.at < at;
      });
      if (!fits) continue;
      one = b;
      if (++count > 1) break;
    }
    return count === 0 ? NO_ONE : { count, one };
  }

  /**
   * Names outside the group whose count of persons by given name or role changes with what
   * the run made (in place of the persons retiring): added to the group with `addSlot`.
   */
  private recheckReaders(r: Resolver, at: readonly number[], retiring: ReadonlySet<Building>, epoch: number, addSlot: (s: Slot) => void): void {
    const givenKeys = new Set<string>();
    const roleWords = new Set<string>();
    const note = (b: Building): void => {
      for (const k of b.given.keys()) givenKeys.add(k);
      if (b.surname !== null && b.roleLabel === null) for (const role of b.roles) for (const w of roleKeyWords(role)) roleWords.add(w);
    };
    for (const b of retiring) note(b);
    for (const b of r.buildings) if (b.count > 0) note(b);
    for (const k of givenKeys) {
      const readers = this.givenReaders.get(k);
      if (readers === undefined) continue;
      for (const s of readers) {
        if (s.mark === epoch) continue;
        for (const read of s.reads!) {
          if (read.kind === READ_FITS || read.key !== k) continue;
          const early = read.kind === READ_EARLY;
          let n = this.countGiven(k, early, retiring).count;
          for (const b of r.byGiven.get(k) ?? []) if (n < 2 && b.count > 0 && !(early && b.given.get(k) !== 1)) n++;
          if (Math.min(n, 2) !== read.count) addSlot(s);
        }
      }
    }
    for (const w of roleWords) {
      const readers = this.roleReaders.get(w);
      if (readers === undefined) continue;
      for (const s of readers) {
        if (s.mark === epoch) continue;
        for (const read of s.reads!) {
          if (read.kind !== READ_FITS || phraseKeyWord(read.key) !== w) continue;
          const pos = s.at;
          let n = this.countFits(read.key, pos, retiring).count;
          for (const b of r.buildings) {
            if (n >= 2) break;
            if (b.count === 0 || b.surname === null || b.roleLabel !== null) continue;
            const fits = holdsRole(b, read.key, (k) => {
              const item = b.roleItems[k];
              return item < 0 || at[item] < pos;
            });
            if (fits) n++;
          }
          if (Math.min(n, 2) !== read.count) addSlot(s);
        }
      }
    }
  }

  /** The group's actors replace those retiring. */
  private commit(group: readonly Slot[], r: Resolver, assigned: readonly (Building | null)[], retired: readonly Info[], epoch: number, patch = true): void {
    for (const { b } of retired) {
      this.unindexBuilding(b);
      this.infos.delete(b);
    }
    if (retired.length > 0 || r.buildings.length > 0) this.sorted = null;
    // Every name whose actor may change is in the group (a retired actor's names too).
    for (const s of group) {
      if (s.c.label < 0) continue;
      this.labelChecks.push(s);
      this.labelCheckIds.push(s.info === null ? null : s.info.id);
    }
    const reads: Read[][] = [];
    for (const read of r.reads!) (reads[read.item] ??= []).push(read);
    const live: Building[] = [];
    for (const b of r.buildings) if (b.count > 0) live.push(b);
    const drafts = draftActors(live);
    const infoOf: (Info | undefined)[] = new Array(r.buildings.length);
    for (let k = 0; k < live.length; k++) {
      const b = live[k];
      const info: Info = {
        b,
        slots: [],
        draft: drafts[k],
        firstSlot: group[b.firstItem],
        roleSlots: b.roleItems.map((i) => (i < 0 ? null : group[i])),
        id: '',
        actor: null,
        list: [],
        born: epoch,
        touched: epoch,
      };
      infoOf[b.order] = info;
      this.infos.set(b, info);
      if (this.indexed) this.indexBuilding(b);
    }
    for (let i = 0; i < group.length; i++) {
      const s = group[i];
      this.forgetReads(s);
      const b = assigned[i];
      s.info = b === null ? null : (infoOf[b.order] ?? null);
      if (s.info !== null) {
        s.li = s.info.slots.length;
        s.info.slots.push(s);
      }
      if (patch) this.patch.push(s);
      s.reads = reads[i] ?? null;
      if (this.indexed) this.indexReads(s);
    }
  }

  /** The indexes of every name and actor of the text (see `indexed`). */
  private index(parsed?: readonly Parsed[]): void {
    this.indexed = true;
    let i = 0;
    for (const bs of this.order) {
      for (const s of bs.slots) {
        this.indexSlot(s, parsed?.[i++]);
        this.indexReads(s);
      }
    }
    for (const b of this.infos.keys()) this.indexBuilding(b);
  }

  private indexSlot(s: Slot, parsed?: Parsed): void {
    s.setKeys(parsed);
    if (s.s !== null) pushTo(this.bySurname, s.s, s);
    if (s.o !== null) pushTo(this.byOrg, s.o, s);
    if (s.r !== null) pushTo(this.byRole, s.r, s);
  }

  private indexReads(s: Slot): void {
    if (s.reads === null) return;
    for (const read of s.reads) {
      if (read.kind === READ_FITS) addTo(this.roleReaders, phraseKeyWord(read.key), s);
      else addTo(this.givenReaders, read.key, s);
    }
  }

  private indexBuilding(b: Building): void {
    for (const key of b.given.keys()) addTo(this.byGiven, key, b);
    if (b.surname !== null && b.roleLabel === null) for (const role of b.roles) for (const w of roleKeyWords(role)) addTo(this.byRoleWord, w, b);
  }

  private unindexBuilding(b: Building): void {
    if (!this.indexed) return;
    for (const k of b.given.keys()) removeFrom(this.byGiven, k, b);
    if (b.surname !== null && b.roleLabel === null) for (const role of b.roles) for (const w of roleKeyWords(role)) removeFrom(this.byRoleWord, w, b);
  }

  private forgetReads(s: Slot): void {
    if (s.reads === null) return;
    if (this.indexed) {
      for (const read of s.reads) {
        if (read.kind === READ_FITS) removeFrom(this.roleReaders, phraseKeyWord(read.key), s);
        else removeFrom(this.givenReaders, read.key, s);
      }
    }
    s.reads = null;
  }

  /**
   * Actors, mentions, roles and label actors at the current offsets: a block's mentions are
   * made again when it moved or some name of it was merged again, an actor when its id or some
   * mention of it changed.
   */
  private assemble(speakers: readonly SpeakerLabel[], epoch: number): ActorResolution {
    // Actors in order of first mention, ids made unique in that order: the same while no
    // actor came or went (an edit moves no name past another).
    if (this.sorted === null) {
      const infos = [...this.infos.values()];
      infos.sort((x, y) => x.firstSlot.at - y.firstSlot.at);
      const used = new Set<string>();
      for (const info of infos) {
        const id = uniqueId(info.draft.slug, used);
        if (id !== info.id) {
          info.id = id;
          info.touched = epoch;
          for (const s of info.slots) {
            this.patch.push(s);
            // A new actor's labels are noted by the merge that made it (`labelChecks`).
            if (s.c.label >= 0 && info.born !== epoch) this.labelBlocks.add(s.blk);
          }
        }
      }
      this.sorted = infos;
    }
    const infos = this.sorted;
    const checks = this.labelChecks;
    if (checks.length > 0) {
      const ids = this.labelCheckIds;
      for (let k = 0; k < checks.length; k++) {
        const s = checks[k];
        if ((s.info === null ? null : s.info.id) !== ids[k]) this.labelBlocks.add(s.blk);
      }
      this.labelChecks = [];
      this.labelCheckIds = [];
    }
    for (const s of this.patch) this.patchMention(s, epoch);
    this.patch = [];
    const order = this.order;
    for (let k = 0; k < order.length; k++) {
      const bs = order[k];
      if (bs.mentions === null || bs.madeDelta !== bs.delta || bs.dirty === epoch) this.makeMentions(bs, epoch);
    }
    // The blocks before the first one whose lists changed (or that came or went) gave the start of
    // the lists last time: that start copied whole (the roles only if they were not sorted then).
    const before = this.last === null ? [] : this.lastOrder;
    let k0 = 0;
    let nm = 0;
    let nr = 0;
    while (k0 < order.length && k0 < before.length && order[k0] === before[k0] && order[k0].listed !== epoch) {
      nm += order[k0].mentions!.length;
      nr += order[k0].roles.length;
      k0++;
    }
    const head = k0 === 0 ? [] : this.last!.mentions.slice(0, nm);
    const tails: Mention[][] = [];
    for (let k = k0; k < order.length; k++) tails.push(order[k].mentions!);
    const mentions = joined(head, tails);
    const kr = this.rolesInOrder ? k0 : 0;
    let roles = kr === 0 ? [] : this.last!.roles.slice(0, nr);
    let rolesSorted = true;
    for (let k = kr; k < order.length; k++) {
      const rs = order[k].roles;
      for (let i = 0; i < rs.length; i++) {
        const rm = rs[i];
        if (roles.length > 0 && roles[roles.length - 1].start > rm.start) rolesSorted = false;
        roles.push(rm);
      }
    }
    this.rolesInOrder = rolesSorted;
    this.lastOrder = order;
    let labelActors: (string | null)[];
    if (this.labelsMoved || this.last === null || this.last.labelActors.length !== speakers.length) {
      labelActors = new Array(speakers.length).fill(null);
      for (const bs of this.order) {
        bs.labels ??= bs.slots.filter((s) => s.c.label >= 0);
        for (const s of bs.labels) {
          if (s.info === null) continue;
          const k = s.c.label + bs.labelBase;
          if (k < labelActors.length && !speakers[k].anonymous) labelActors[k] = s.info.id;
        }
      }
      this.labelsMoved = false;
    } else if (this.labelBlocks.size > 0) {
      // Only the label indices of the blocks noted made again: each block's range cleared, then filled.
      labelActors = this.last.labelActors.slice();
      const order = this.order;
      for (let k = 0; k < order.length; k++) {
        const bs = order[k];
        if (!this.labelBlocks.has(bs)) continue;
        const end = Math.min(k + 1 < order.length ? order[k + 1].labelBase : speakers.length, labelActors.length);
        for (let x = bs.labelBase; x < end; x++) labelActors[x] = null;
        bs.labels ??= bs.slots.filter((s) => s.c.label >= 0);
        for (const s of bs.labels) {
          if (s.info === null) continue;
          const x = s.c.label + bs.labelBase;
          if (x < labelActors.length && !speakers[x].anonymous) labelActors[x] = s.info.id;
        }
      }
    } else labelActors = this.last.labelActors;
    this.labelBlocks.clear();
    if (!rolesSorted) roles = roles.sort((x, y) => x.start - y.start);
    const actors: Actor[] = [];
    for (const info of infos) {
      if (info.born === epoch) {
        const list = (info.list = new Array<Mention>(info.slots.length));
        for (let k = 0; k < list.length; k++) {
          const x = info.slots[k];
          list[k] = x.blk.mentions![x.mi];
        }
      }
      if (info.actor === null || info.touched === epoch) {
        const d = info.draft;
        info.actor = { id: info.id, name: d.name, kind: d.kind, aliases: d.aliases, roles: d.roles, mentions: info.list, evidence: d.evidence };
      }
      actors.push(info.actor);
    }
    return { actors, mentions, roles, labelActors };
  }

  /** A name's entries in its block's lists made again, when the block is not made again anyway. */
  private patchMention(s: Slot, epoch: number): void {
    const bs = s.blk;
    if (s.dead || bs.mentions === null || bs.dirty === epoch) return;
    if (bs.madeDelta !== bs.delta) {
      // Moved: made again whole.
      bs.dirty = epoch;
      return;
    }
    const info = s.info;
    if ((info === null) !== (s.mi < 0)) {
      bs.dirty = epoch;
      return;
    }
    if (info === null) return;
    const c = s.c;
    const d = bs.delta;
    const m = bs.mentions[s.mi];
    const form = info.born === epoch ? mentionForm(c, info.b, info.draft) : m.form;
    if (m.actor !== info.id || m.form !== form) {
      const made: Mention = { start: c.start + d, end: c.end + d, actor: info.id, form };
      bs.mentions[s.mi] = made;
      bs.listed = epoch;
      this.changed(s.li, made, info, epoch);
    }
    const rm = s.ri >= 0 ? bs.roles[s.ri] : null;
    if (rm !== null && rm.actor !== info.id) {
      bs.roles[s.ri] = { start: rm.start, end: rm.end, actor: info.id, role: rm.role };
      bs.listed = epoch;
    }
  }

  /** A name's mention changed: its actor changes, and its list (copied first, once an update; made whole for a new actor). */
  private changed(li: number, m: Mention, info: Info, epoch: number): void {
    info.touched = epoch;
    if (info.born === epoch) return;
    if (info.list === info.actor?.mentions) info.list = info.list.slice();
    info.list[li] = m;
  }

  /**
   * The mentions and role mentions of a block at its current offset: those that stay the same
   * kept, moved in place when the block moved (see `ListPositions`); the others made anew.
   */
  private makeMentions(bs: BlockSlots, epoch: number): void {
    bs.listed = epoch;
    const d = bs.delta;
    const old = bs.mentions;
    const oldRoles = bs.roles;
    /** How far the block moved since its lists were made. */
    const dd = d - bs.madeDelta;
    bs.madeDelta = d;
    if (old !== null && bs.dirty !== epoch) {
      // Only moved: the same mentions, each moved where it stands (the actors' lists hold them too).
      for (let k = 0; k < old.length; k++) moveSpan(old[k], dd);
      for (let k = 0; k < oldRoles.length; k++) moveSpan(oldRoles[k], dd);
      return;
    }
    const mentions: Mention[] = [];
    const roles: RoleMention[] = [];
    for (const s of bs.slots) {
      const info = s.info;
      if (info === null) {
        s.mi = s.ri = -1;
        continue;
      }
      const c = s.c;
      const id = info.id;
      const start = c.start + d;
      let m = old !== null && s.mi >= 0 ? old[s.mi] : null;
      let rm = old !== null && s.ri >= 0 ? oldRoles[s.ri] : null;
      // Where the old one stands now, once moved with the block.
      const at = m === null ? -1 : m.start + dd;
      if (m === null || at !== start || m.actor !== id || info.born === epoch) {
        const form = m !== null && info.born !== epoch ? m.form : mentionForm(c, info.b, info.draft);
        if (m === null || at !== start || m.actor !== id || m.form !== form) {
          m = { start, end: c.end + d, actor: id, form };
          this.changed(s.li, m, info, epoch);
        } else moveSpan(m, dd);
      } else moveSpan(m, dd);
      s.mi = mentions.length;
      mentions.push(m);
      const rs = c.roleSpan;
      if (rs !== null && c.role !== null && rs.end > rs.start) {
        if (rm === null || rm.start + dd !== rs.start + d || rm.actor !== id || rm.role !== c.role) rm = { start: rs.start + d, end: rs.end + d, actor: id, role: c.role };
        else moveSpan(rm, dd);
        s.ri = roles.length;
        roles.push(rm);
      } else s.ri = -1;
    }
    bs.mentions = mentions;
    bs.roles = roles;
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** How many lists one `concat` call takes (a call's arguments are bounded). */
const JOIN_LISTS = 4096;

/** `head` followed by every list of `lists`, in one new array (native copies: about half the time of pushing them one by one). */
export function joined<T>(head: T[], lists: readonly T[][]): T[] {
  let out = head;
  for (let k = 0; k < lists.length; k += JOIN_LISTS) out = out.concat(...lists.slice(k, k + JOIN_LISTS));
  return out;
}

/** Two names the passes read alike (offsets and label indices aside). */
function sameName(x: NameCandidate, y: NameCandidate): boolean {
  return x.text === y.text && x.kind === y.kind && x.role === y.role && (x.label >= 0) === (y.label >= 0) && (x.roleSpan === null) === (y.roleSpan === null) && sameExtras(x, y);
}
