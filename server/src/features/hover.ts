import type { Actor, Quote, Span, TranscriptModel, Turn } from '../analysis/model';
import { firstEndingAfter, firstStartingAt } from '../analysis/spans';
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
  const said = saidBy(model).get(actor.id);
  const quotes = said?.quotes ?? [];
  const turns = said?.turns ?? 0;
  lines.push('');
  const counts = [plural(actor.mentions.length, 'mention'), plural(quotes.length, 'quote')];
  if (turns > 0) counts.push(`speaks in ${plural(turns, 'turn')}`);
  lines.push(counts.join(', '));
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

/** Per model: each actor's quotes and the number of turns they speak in, made at the first hover. */
const SAID_BY = new WeakMap<TranscriptModel, Map<string, { quotes: Quote[]; turns: number }>>();

function saidBy(model: TranscriptModel): Map<string, { quotes: Quote[]; turns: number }> {
  let m = SAID_BY.get(model);
  if (m !== undefined) return m;
  m = new Map();
  const entry = (id: string) => {
    let e = m!.get(id);
    if (e === undefined) m!.set(id, (e = { quotes: [], turns: 0 }));
    return e;
  };
  for (const q of model.quotes) if (q.speaker !== null) entry(q.speaker).quotes.push(q);
  for (const t of model.turns) if (t.speaker !== null) entry(t.speaker).turns++;
  SAID_BY.set(model, m);
  return m;
}

function quoteCard(model: TranscriptModel, quote: Quote): string {
  const who = quote.speaker ? actorById(model, quote.speaker) : undefined;
  const lines: string[] = [];
  const outer = quote.depth > 0 ? enclosingQuote(model, quote) : undefined;
  const outerWho = outer?.speaker ? actorById(model, outer.speaker) : undefined;
  if (quote.kind === 'scare') lines.push('Scare quote (a word or phrase set off, not speech)');
  else if (outer && !who) lines.push(outerWho ? `Quoted inside a quote by **${escape(outerWho.name)}**` : outer.described ? `Quoted inside a quote by **${escape(outer.described)}**` : 'Quoted inside a quote');
  else if (who) lines.push(`Quote by **${escape(who.name)}**`);
  else if (quote.described) lines.push(`Quote by **${escape(quote.described)}** (not named in the text)`);
  else lines.push('Unattributed quote');
  const how = quote.kind === 'scare' ? null : evidence(model, quote, who);
  if (how !== null) lines.push('', how);
  return lines.join('\n');
}

/** The longest stretch of the text a hover shows as the words that attribute a quote. */
const EVIDENCE_CHARS = 80;

/**
 * How the quote's speaker was found, in the words of the text: the cue and the name as
 * written (`“said Sergey Lavrov”`), the pronoun or description and whom it was taken to
 * mean, the speaker line whose turn holds the quote, or the quote it continues.
 */
function evidence(model: TranscriptModel, quote: Quote, who: Actor | undefined): string | null {
  const lineIndex = linesOf(model);
  const lineOf = (at: number) => lineAt(lineIndex, at) + 1;
  const words = writtenWords(model.text, quote);
  const whose = who ? ` — taken to mean ${escape(who.name)}` : '';
  switch (quote.via) {
    case 'cue':
    case 'colon':
      return words ? `Named in the text: “${escape(words)}”` : quote.cue ? `Cue “${escape(quote.cue)}”` : null;
    case 'pronoun':
      return words ? `By the pronoun in “${escape(words)}”${whose}` : `By a pronoun${whose}`;
    case 'description':
      return words ? `Described in the text: “${escape(words)}”${whose}` : `By a description${whose}`;
    case 'carry-over': {
      const before = previousTopQuote(model, quote);
      return before ? `Goes on from the quote before (line ${lineOf(before.start)}: “${escape(preview(before.text, 40))}”)` : 'Goes on from the quote before';
    }
    case 'speaker-line':
    case 'turn': {
      const turn = turnAt(model, quote.start);
      const label = turn ? model.speakers[turn.label] : undefined;
      return label ? `In the turn of the speaker line \`${label.label.replace(/`/g, "'")}\` (line ${lineOf(label.start)})` : 'In a speaker’s turn';
    }
    default:
      return quote.cue ? `Cue “${escape(quote.cue)}”` : null;
  }
}

/** The cue and speaker words of a quote as written, from the first to the last, when short enough. */
function writtenWords(text: string, quote: Quote): string | null {
  const spans = [quote.cueSpan, quote.speakerSpan].filter((x): x is Span => x !== null);
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((x) => x.start));
  const end = Math.max(...spans.map((x) => x.end));
  if (end - start > EVIDENCE_CHARS || end <= start) return null;
  // A cue on the far side of the quote (`He said: “...” Lavrov`) would take the quote in.
  if (start < quote.start && end > quote.end) return null;
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** The top-level quote that holds a nested one: the nearest top-level quote starting before it (top-level quotes never overlap). */
function enclosingQuote(model: TranscriptModel, quote: Quote): Quote | undefined {
  for (let i = firstStartingAt(model.quotes, quote.start) - 1; i >= 0; i--) {
    const q = model.quotes[i];
    if (q.depth === 0) return q.end >= quote.end ? q : undefined;
  }
  return undefined;
}

/** The last top-level quote (not a scare quote) that starts before `quote`. */
function previousTopQuote(model: TranscriptModel, quote: Quote): Quote | undefined {
  for (let i = firstStartingAt(model.quotes, quote.start) - 1; i >= 0; i--) {
    const q = model.quotes[i];
    if (q.depth === 0 && q.kind !== 'scare') return q;
  }
  return undefined;
}

/** The speaker turn that holds `at`. */
function turnAt(model: TranscriptModel, at: number): Turn | undefined {
  const t = model.turns[firstEndingAfter(model.turns, at)];
  return t !== undefined && t.start <= at ? t : undefined;
}

function preview(text: string, chars = QUOTE_PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > chars ? flat.slice(0, chars - 1) + '…' : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escapes markdown so transcript text is shown as written. */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => '\\' + c);
}
