import type { ActorKind, Span, TranscriptModel } from '../analysis/model';
import type { TokenModifier, TokenType } from './legend';

/** One coloured stretch of text, before encoding. */
export interface TokenSpan extends Span {
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

interface Layer extends Span {
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
  /** Higher wins where spans overlap. */
  readonly rank: number;
}

const NONE: readonly TokenModifier[] = [];
const UNATTRIBUTED: readonly TokenModifier[] = ['unattributed'];

/**
 * Every token of the model, sorted and never overlapping. Names, roles, cues and timecodes
 * are painted over quotes; a quote token is split around them.
 *
 * ```
 * “We need evidence,” said Sergey Lavrov   -> quote, cue, person
 * ```
 */
export function collectTokens(model: TranscriptModel, range?: Span): TokenSpan[] {
  const lo = range ? range.start : 0;
  const hi = range ? range.end : model.text.length;
  const inRange = (s: Span) => s.end > lo && s.start < hi && s.end > s.start;
  const top: Layer[] = [];
  const kindOf = new Map<string, ActorKind>();
  for (const a of model.actors) kindOf.set(a.id, a.kind);

  for (const s of model.speakers) {
    if (inRange(s.nameSpan)) top.push({ ...span(s.nameSpan), type: 'speaker', modifiers: NONE, rank: 5 });
    if (s.roleSpan && inRange(s.roleSpan)) top.push({ ...span(s.roleSpan), type: 'role', modifiers: NONE, rank: 5 });
    if (s.timeSpan && inRange(s.timeSpan)) top.push({ ...span(s.timeSpan), type: 'timecode', modifiers: NONE, rank: 5 });
  }
  for (const t of model.timecodes) if (inRange(t)) top.push({ ...span(t), type: 'timecode', modifiers: NONE, rank: 4 });
  for (const m of model.mentions) {
    if (m.form === 'label' || !inRange(m)) continue;
    const kind = kindOf.get(m.actor) ?? 'person';
    top.push({ ...span(m), type: kind, modifiers: NONE, rank: 3 });
  }
  for (const r of model.roles) if (inRange(r)) top.push({ ...span(r), type: 'role', modifiers: NONE, rank: 2 });
  for (const q of model.quotes) {
    if (q.cueSpan && inRange(q.cueSpan)) top.push({ ...span(q.cueSpan), type: 'cue', modifiers: NONE, rank: 1 });
  }
  top.sort((a, b) => a.start - b.start || b.rank - a.rank || b.end - a.end);

  // Keep the higher-ranked (then earlier, then longer) of overlapping spans.
  const kept: Layer[] = [];
  for (const t of top) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) {
      if (t.rank > last.rank) {
        kept[kept.length - 1] = { ...last, end: t.start };
        if (kept[kept.length - 1].end <= kept[kept.length - 1].start) kept.pop();
        kept.push(t);
      }
      continue;
    }
    kept.push(t);
  }

  // Quotes fill the gaps between kept tokens. Only depth-0 quotes: nested ones lie inside.
  // Both lists are sorted, so one merge pass emits everything in order; `done` is the end
  // of the last emitted token, and nothing starts before it.
  const out: TokenSpan[] = [];
  let k = 0;
  let done = lo;
  const emitKept = (t: Layer) => {
    out.push({ start: t.start, end: t.end, type: t.type, modifiers: t.modifiers });
    done = t.end;
  };
  for (const q of model.quotes) {
    if (q.depth !== 0 || !inRange(q)) continue;
    const mods = q.speaker === null && q.kind === 'direct' ? UNATTRIBUTED : NONE;
    const end = Math.min(q.end, hi);
    while (k < kept.length && kept[k].start < Math.max(q.start, done)) emitKept(kept[k++]);
    let pos = Math.max(q.start, lo, done);
    while (pos < end) {
      while (k < kept.length && kept[k].start <= pos) {
        emitKept(kept[k++]);
        if (done > pos) pos = done;
      }
      if (pos >= end) break;
      const next = k < kept.length ? Math.min(kept[k].start, end) : end;
      if (next > pos) {
        out.push({ start: pos, end: next, type: 'quote', modifiers: mods });
        done = next;
      }
      pos = next;
    }
  }
  while (k < kept.length) emitKept(kept[k++]);
  return out.filter((t) => t.end > t.start && t.end > lo && t.start < hi);
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}
