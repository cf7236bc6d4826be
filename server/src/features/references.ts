import type { Actor, Span, TranscriptModel } from '../analysis/model';
import { actorById, mentionAt, quoteAt, speakerAt } from './lookup';

/**
 * The actor named under `offset` (a mention or a speaker label), or with `inQuotes` the speaker
 * of the quote there; null when none. Its `mentions` are every place that names it, labels
 * included (what the editor highlights).
 *
 * ```
 * “We need evidence,” said Sergey Lavrov ... LAVROV: ...   (cursor on `Lavrov`)
 *   -> sergey-lavrov, mentions `Sergey Lavrov`, `LAVROV`
 * ```
 */
export function actorNamedAt(model: TranscriptModel, offset: number, inQuotes: boolean): Actor | null {
  let id: string | null;
  const mention = mentionAt(model, offset);
  if (mention) id = mention.actor;
  else {
    const label = speakerAt(model, offset);
    if (label) id = model.turns[label.index]?.speaker ?? null;
    else id = inQuotes ? (quoteAt(model, offset)?.speaker ?? null) : null;
  }
  return id === null ? null : (actorById(model, id) ?? null);
}

/** Where `actor` is named and every quote attributed to it, in text order (Find All References). */
export function referencesOf(model: TranscriptModel, actor: Actor): Span[] {
  const spans: Span[] = [...actor.mentions];
  for (const q of model.quotes) if (q.speaker === actor.id) spans.push(q);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where `actor` is introduced: its first mention by full name in the prose (`Sergey Lavrov,
 * Russia’s Foreign Minister`), else its first mention of any form; null when it has none.
 */
export function introduction(actor: Actor): Span | null {
  return actor.mentions.find((m) => m.form === 'full') ?? actor.mentions[0] ?? null;
}
