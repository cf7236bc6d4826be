import type { Actor, Quote, Span, TranscriptModel } from '../analysis/model';
import { lineAt } from '../analysis/text';
import { actorById, linesOf, mentionAt, quoteAt, speakerAt } from './lookup';

/** A hover answer: markdown and the span it describes. */
export interface HoverAnswer {
  readonly markdown: string;
  readonly span: Span;
}

const QUOTE_PREVIEW = 140;

/**
 * Hover on a name or label: the actor card. Hover on a quote: who said it and how we know.
 *
 * ```
 * Chancellor Merkel is hardly ...   (hover "Merkel") -> **Angela Merkel** · person · German Chancellor
 * ```
 */
export function getHover(model: TranscriptModel, offset: number): HoverAnswer | null {
  const mention = mentionAt(model, offset);
  if (mention) {
    const actor = actorById(model, mention.actor);
    if (actor) return { markdown: actorCard(model, actor), span: { start: mention.start, end: mention.end } };
  }
  const label = speakerAt(model, offset);
  if (label) {
    const turn = model.turns[label.index];
    const actor = turn?.speaker ? actorById(model, turn.speaker) : undefined;
    const md = actor
      ? actorCard(model, actor)
      : `**${escape(label.label.name)}** · unnamed speaker${label.label.role ? ` · ${escape(label.label.role)}` : ''}`;
    return { markdown: md, span: { start: label.label.start, end: label.label.end } };
  }
  const quote = quoteAt(model, offset);
  if (quote) return { markdown: quoteCard(model, quote), span: { start: quote.start, end: quote.end } };
  return null;
}

function actorCard(model: TranscriptModel, actor: Actor): string {
  const lines: string[] = [];
  const head = [`**${escape(actor.name)}**`, actor.kind];
  if (actor.roles.length) head.push(actor.roles.map(escape).join('; '));
  lines.push(head.join(' · '));
  const quotes = model.quotes.filter((q) => q.speaker === actor.id);
  lines.push('');
  lines.push(`${plural(actor.mentions.length, 'mention')}, ${plural(quotes.length, 'quote')}`);
  if (actor.aliases.length) lines.push('', `Also written: ${actor.aliases.map((a) => '`' + a.replace(/`/g, "'") + '`').join(', ')}`);
  for (const q of quotes.slice(0, 2)) lines.push('', `> ${escape(preview(q.text))}`);
  if (actor.mentions.length) {
    const lineIndex = linesOf(model);
    const first = actor.mentions[0];
    lines.push('', `First mentioned on line ${lineAt(lineIndex, first.start) + 1}`);
  }
  if (actor.evidence.length) lines.push('', `_${actor.evidence.map(escape).join('; ')}_`);
  return lines.join('\n');
}

function quoteCard(model: TranscriptModel, quote: Quote): string {
  const who = quote.speaker ? actorById(model, quote.speaker) : undefined;
  const lines: string[] = [];
  if (quote.kind === 'scare') lines.push('Scare quote (a word or phrase set off, not speech)');
  else if (who) lines.push(`Quote by **${escape(who.name)}**`);
  else if (quote.described) lines.push(`Quote by **${escape(quote.described)}** (not named in the text)`);
  else lines.push('Unattributed quote');
  const how: string[] = [];
  if (quote.via) how.push(`via ${quote.via}`);
  if (quote.cue) how.push(`cue “${escape(quote.cue)}”`);
  if (how.length) lines.push('', how.join(' · '));
  return lines.join('\n');
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_PREVIEW ? flat.slice(0, QUOTE_PREVIEW - 1) + '…' : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escapes markdown so transcript text is shown as written. */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => '\\' + c);
}
