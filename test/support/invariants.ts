/**
 * Properties every model must have, whatever the text: spans inside the text, arrays in
 * order, quotes nested properly, references that resolve. Shared by the property test,
 * the pathological-input test and the long fuzz run.
 */
import type { Span, TranscriptModel } from '../../server/src/analysis/model';

/** A semantic token as the features layer lists it, before encoding. */
export interface TokenLike {
  readonly start: number;
  readonly end: number;
  readonly type: string | number;
  readonly modifiers?: unknown;
}

/** Collects violations instead of throwing at the first one, so a report shows them all. */
class Problems {
  readonly list: string[] = [];
  add(msg: string): void {
    if (this.list.length < 20) this.list.push(msg);
  }
}

function fmt(s: Span | null | undefined): string {
  return s ? `[${s.start},${s.end})` : String(s);
}

function checkSpan(p: Problems, what: string, s: Span | null | undefined, len: number, allowNull = false): boolean {
  if (s === null || s === undefined) {
    if (!allowNull) p.add(`${what}: missing span`);
    return false;
  }
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    p.add(`${what}: non-integer offsets ${fmt(s)}`);
    return false;
  }
  if (start < 0 || end > len || start > end) {
    p.add(`${what}: span ${fmt(s)} outside the text [0,${len}) or reversed`);
    return false;
  }
  return true;
}

function within(p: Problems, what: string, inner: Span, outer: Span): void {
  if (inner.start < outer.start || inner.end > outer.end) p.add(`${what}: ${fmt(inner)} not inside ${fmt(outer)}`);
}

function checkSorted(p: Problems, what: string, xs: readonly Span[]): void {
  for (let i = 1; i < xs.length; i++) {
    if (xs[i].start < xs[i - 1].start) {
      p.add(`${what}: not sorted by start at #${i} (${fmt(xs[i - 1])} then ${fmt(xs[i])})`);
      return;
    }
  }
}

function checkDisjoint(p: Problems, what: string, xs: readonly Span[]): void {
  for (let i = 1; i < xs.length; i++) {
    if (xs[i].start < xs[i - 1].end) {
      p.add(`${what}: #${i - 1} ${fmt(xs[i - 1])} overlaps #${i} ${fmt(xs[i])}`);
      return;
    }
  }
}

/**
 * Everything wrong with `model` as an analysis of `text`; empty when all is well.
 * Only properties that hold for any correct analysis are checked, never what it found.
 */
export function modelProblems(text: string, model: TranscriptModel): string[] {
  const p = new Problems();
  const n = text.length;
  if (model.text !== text) p.add('model.text is not the analysed text');

  const arrays: [string, readonly Span[]][] = [
    ['speakers', model.speakers],
    ['turns', model.turns],
    ['quotes', model.quotes],
    ['mentions', model.mentions],
    ['roles', model.roles],
    ['timecodes', model.timecodes],
    ['diagnostics', model.diagnostics],
  ];
  for (const [what, xs] of arrays) {
    if (!Array.isArray(xs)) {
      p.add(`${what}: not an array`);
      continue;
    }
    xs.forEach((s, i) => checkSpan(p, `${what}[${i}]`, s, n));
    checkSorted(p, what, xs);
  }
  if (p.list.length > 0) return p.list;

  const actorIds = new Set<string>();
  for (const a of model.actors) {
    if (actorIds.has(a.id)) p.add(`actors: duplicate id ${a.id}`);
    actorIds.add(a.id);
    a.mentions.forEach((m, i) => {
      checkSpan(p, `actor ${a.id} mention[${i}]`, m, n);
      if (m.actor !== a.id) p.add(`actor ${a.id} mention[${i}] belongs to ${m.actor}`);
    });
    checkSorted(p, `actor ${a.id} mentions`, a.mentions);
  }

  // Speaker labels: one per line, their parts inside the text, the body after the label.
  model.speakers.forEach((s, i) => {
    const w = `speakers[${i}]`;
    checkSpan(p, `${w}.nameSpan`, s.nameSpan, n);
    checkSpan(p, `${w}.roleSpan`, s.roleSpan, n, true);
    checkSpan(p, `${w}.timeSpan`, s.timeSpan, n, true);
    if (!Number.isInteger(s.bodyStart) || s.bodyStart < s.start || s.bodyStart > n) p.add(`${w}.bodyStart ${s.bodyStart} outside [${s.start},${n}]`);
    if ((s.role === null) !== (s.roleSpan === null)) p.add(`${w}: role and roleSpan disagree`);
    if ((s.time === null) !== (s.timeSpan === null)) p.add(`${w}: time and timeSpan disagree`);
  });
  checkDisjoint(p, 'speakers', model.speakers);

  // Turns: one per label, in order, never overlapping.
  if (model.turns.length !== model.speakers.length) p.add(`turns: ${model.turns.length} turns for ${model.speakers.length} labels`);
  model.turns.forEach((t, i) => {
    if (t.label < 0 || t.label >= model.speakers.length) p.add(`turns[${i}].label ${t.label} out of range`);
    if (t.speaker !== null && !actorIds.has(t.speaker)) p.add(`turns[${i}].speaker ${t.speaker} is no actor`);
  });
  checkDisjoint(p, 'turns', model.turns);

  // Quotes: inner inside the marks, parts inside the text, nested or disjoint, depth from nesting.
  model.quotes.forEach((q, i) => {
    const w = `quotes[${i}]`;
    if (checkSpan(p, `${w}.inner`, q.inner, n)) within(p, `${w}.inner`, q.inner, q);
    checkSpan(p, `${w}.cueSpan`, q.cueSpan, n, true);
    checkSpan(p, `${w}.speakerSpan`, q.speakerSpan, n, true);
    if ((q.cue === null) !== (q.cueSpan === null)) p.add(`${w}: cue and cueSpan disagree`);
    if (q.speaker !== null && !actorIds.has(q.speaker)) p.add(`${w}.speaker ${q.speaker} is no actor`);
    if (!Number.isInteger(q.depth) || q.depth < 0) p.add(`${w}.depth ${q.depth}`);
  });
  checkQuoteNesting(p, model);

  // Mentions and roles: each belongs to a known actor; mentions never overlap each other.
  model.mentions.forEach((m, i) => {
    if (!actorIds.has(m.actor)) p.add(`mentions[${i}].actor ${m.actor} is no actor`);
    if (m.end <= m.start) p.add(`mentions[${i}] is empty ${fmt(m)}`);
  });
  checkDisjoint(p, 'mentions', model.mentions);
  const inActors = model.actors.reduce((k, a) => k + a.mentions.length, 0);
  if (inActors !== model.mentions.length) p.add(`mentions: ${model.mentions.length} in the model, ${inActors} under actors`);
  model.roles.forEach((r, i) => {
    if (!actorIds.has(r.actor)) p.add(`roles[${i}].actor ${r.actor} is no actor`);
  });

  const severities = new Set(['error', 'warning', 'information', 'hint']);
  model.diagnostics.forEach((d, i) => {
    if (!severities.has(d.severity)) p.add(`diagnostics[${i}].severity ${d.severity}`);
    if (typeof d.message !== 'string' || d.message.length === 0) p.add(`diagnostics[${i}] has no message`);
  });
  return p.list;
}

/** Quotes sorted by start must nest like brackets: each is disjoint from or inside the ones before it. */
function checkQuoteNesting(p: Problems, model: TranscriptModel): void {
  const open: Span[] = [];
  model.quotes.forEach((q, i) => {
    while (open.length > 0 && open[open.length - 1].end <= q.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && q.end > parent.end) p.add(`quotes[${i}] ${fmt(q)} crosses the quote ${fmt(parent)}`);
    if (parent && q.depth === 0) p.add(`quotes[${i}] ${fmt(q)} lies inside ${fmt(parent)} but has depth 0`);
    if (!parent && q.depth !== 0) p.add(`quotes[${i}] ${fmt(q)} is top level but has depth ${q.depth}`);
    open.push(q);
  });
}

/** Semantic tokens: inside the text, not empty, sorted and never overlapping. */
export function tokenProblems(text: string, tokens: readonly TokenLike[]): string[] {
  const p = new Problems();
  tokens.forEach((t, i) => {
    if (checkSpan(p, `tokens[${i}]`, t, text.length) && t.end === t.start) p.add(`tokens[${i}] is empty at ${t.start}`);
  });
  checkSorted(p, 'tokens', tokens);
  checkDisjoint(p, 'tokens', tokens);
  return p.list;
}

/** A string literal of `s`, cut to `max` characters, for failure messages. */
export function preview(s: string, max = 400): string {
  const cut = s.length > max ? s.slice(0, max) : s;
  return JSON.stringify(cut) + (s.length > max ? ` ... (${s.length} chars)` : '');
}
