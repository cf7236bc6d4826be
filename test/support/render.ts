import type { TranscriptModel } from '../../server/src/analysis/model';
import { getOutline, type OutlineNode } from '../../server/src/features/symbols';
import { collectTokens } from '../../server/src/features/tokens';
import { actorById } from '../../server/src/features/lookup';

/**
 * Renders a model's tokens inline, as readable markup for baseline files:
 * `[speaker ANGELA MERKEL] [role GERMAN CHANCELLOR] [quote “It's a work meeting.” -> Angela Merkel]`.
 */
export function renderTokens(model: TranscriptModel): string {
  const text = model.text;
  const tokens = collectTokens(model);
  const quoteOwner = new Map<number, string>();
  for (const q of model.quotes) {
    const who = q.speaker ? (actorById(model, q.speaker)?.name ?? q.speaker) : q.kind === 'scare' ? 'scare' : 'unattributed';
    quoteOwner.set(q.start, who);
  }
  let out = '';
  let pos = 0;
  for (const t of tokens) {
    out += text.slice(pos, t.start);
    const mods = t.modifiers.length ? `.${t.modifiers.join('.')}` : '';
    const owner = t.type === 'quote' && quoteOwner.has(t.start) ? ` -> ${quoteOwner.get(t.start)}` : '';
    out += `[${t.type}${mods} ${text.slice(t.start, t.end)}${owner}]`;
    pos = t.end;
  }
  return (out + text.slice(pos)).replace(/\r\n?/g, '\n');
}

/** Renders the outline as an indented tree: `- Angela Merkel — German Chancellor`. */
export function renderOutline(model: TranscriptModel): string {
  const lines: string[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number) => {
    for (const n of nodes) {
      lines.push(`${'  '.repeat(depth)}- ${n.kind} ${n.name}${n.detail ? ` — ${n.detail}` : ''}`);
      walk(n.children, depth + 1);
    }
  };
  walk(getOutline(model), 0);
  return lines.join('\n') + '\n';
}
