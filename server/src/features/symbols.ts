import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { Quote, Span, TranscriptModel } from '../analysis/model';
import { lineAt, type LineIndex } from '../analysis/text';
import { actorById } from './lookup';

/** One entry of the outline, before conversion to protocol symbols. */
export interface OutlineNode {
  readonly kind: 'turn' | 'quote';
  readonly name: string;
  readonly detail: string;
  /** The whole range of the entry. */
  readonly span: Span;
  /** The part to reveal and select (the label, or the quote's opening). */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

const NAME_LENGTH = 60;

/**
 * Speaker turns with their quotes as children; quotes outside any turn at the top level,
 * all in document order.
 *
 * ```
 * ANGELA MERKEL GERMAN CHANCELLOR "It's a work meeting..."
 *   -> Angela Merkel (German Chancellor) > “It's a work meeting...” (Angela Merkel)
 * ```
 */
export function getOutline(model: TranscriptModel): OutlineNode[] {
  const out: OutlineNode[] = [];
  const quotes: Quote[] = [];
  for (const q of model.quotes) if (q.depth === 0) quotes.push(q);
  let qi = 0;
  for (const turn of model.turns) {
    const label = model.speakers[turn.label];
    while (qi < quotes.length && quotes[qi].start < label.start) out.push(quoteNode(model, quotes[qi++]));
    const children: OutlineNode[] = [];
    while (qi < quotes.length && quotes[qi].start < Math.max(turn.end, label.end)) children.push(quoteNode(model, quotes[qi++]));
    const actor = turn.speaker ? actorById(model, turn.speaker) : undefined;
    const detail = [label.role, label.time].filter(Boolean).join(' · ');
    const end = Math.max(turn.end, label.end, children.length ? children[children.length - 1].span.end : 0);
    out.push({
      kind: 'turn',
      name: actor ? actor.name : label.name || label.label || 'Speaker',
      detail,
      span: { start: label.start, end },
      selection: { start: label.start, end: label.end },
      children,
    });
  }
  while (qi < quotes.length) out.push(quoteNode(model, quotes[qi++]));
  return out;
}

function quoteNode(model: TranscriptModel, q: Quote): OutlineNode {
  const who = q.speaker ? actorById(model, q.speaker) : undefined;
  const flat = flatStart(q.text, NAME_LENGTH + 1);
  const short = flat.length > NAME_LENGTH ? flat.slice(0, NAME_LENGTH - 1) + '…' : flat;
  const detail = q.kind === 'scare' ? 'scare quote' : who ? who.name : 'unattributed';
  return {
    kind: 'quote',
    name: `“${short || ' '}”`,
    detail,
    span: { start: q.start, end: q.end },
    selection: { start: q.start, end: Math.min(q.end, q.start + 1) },
    children: [],
  };
}

const SPACE = /\s/;

/**
 * The start of `s` with white space runs read as one space and the ends trimmed, up to `max`
 * characters: what `s.replace(/\s+/g, ' ').trim().slice(0, max)` gives, without reading a long quote whole.
 */
function flatStart(s: string, max: number): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length && out.length < max; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(ch))) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
      if (out.length >= max) break;
    }
    out += ch;
  }
  return out;
}

/** The outline as protocol symbols (`lines`: the line index of the model's text). */
export function outlineSymbols(model: TranscriptModel, lines: LineIndex): DocumentSymbol[] {
  const at = (offset: number) => {
    const line = lineAt(lines, offset);
    return { line, character: offset - lines.starts[line] };
  };
  const range = (s: Span): Range => ({ start: at(s.start), end: at(s.end) });
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name.trim() || '(unnamed)',
    detail: n.detail,
    kind: n.kind === 'turn' ? SymbolKind.Class : SymbolKind.String,
    range: range(n.span),
    selectionRange: range(n.selection),
    children: n.children.map(convert),
  });
  return getOutline(model).map(convert);
}
