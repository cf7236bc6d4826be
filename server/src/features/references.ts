import type { Span, TranscriptModel } from '../analysis/model';
import { actorById, mentionAt, quoteAt, speakerAt } from './lookup';

/** What the editor marks for the actor under the cursor: where it is named, and what it said. */
export interface ActorPlaces {
  readonly actor: string;
  /** Every mention, labels included, in text order. */
  readonly mentions: readonly Span[];
  /** Every quote attributed to the actor, in text order. */
  readonly quotes: readonly Span[];
}

/**
 * The actor named under `offset` (a mention or a speaker label), or with `inQuotes` the speaker
 * of the quote there; with every place that names it and every quote it said.
 *
 * ```
 * “We need evidence,” said Sergey Lavrov ... LAVROV: ...   (cursor on `Lavrov`)
 *   -> mentions: `Sergey Lavrov`, `LAVROV`; quotes: “We need evidence,”
 * ```
 */
export function actorPlaces(model: TranscriptModel, offset: number, inQuotes: boolean): ActorPlaces | null {
  const id = actorAt(model, offset, inQuotes);
  if (id === null) return null;
  const actor = actorById(model, id);
  if (!actor) return null;
  const quotes: Span[] = [];
  for (const q of model.quotes) if (q.speaker === id) quotes.push({ start: q.start, end: q.end });
  return { actor: id, mentions: actor.mentions, quotes };
}

/** The id of the actor named at `offset`, or (`inQuotes`) of the speaker of the quote there; null when none. */
function actorAt(model: TranscriptModel, offset: number, inQuotes: boolean): string | null {
  const mention = mentionAt(model, offset);
  if (mention) return mention.actor;
  const label = speakerAt(model, offset);
  if (label) return model.turns[label.index]?.speaker ?? null;
  return inQuotes ? (quoteAt(model, offset)?.speaker ?? null) : null;
}

/**
 * Where the actor named at `offset` is introduced: its first mention by full name in the
 * prose (`Sergey Lavrov, Russia’s Foreign Minister`), else its first mention of any form.
 * Null when no actor is named there.
 */
export function introduction(model: TranscriptModel, offset: number): Span | null {
  const id = actorAt(model, offset, false);
  const actor = id === null ? undefined : actorById(model, id);
  if (!actor || actor.mentions.length === 0) return null;
  const full = actor.mentions.find((m) => m.form === 'full');
  const m = full ?? actor.mentions[0];
  return { start: m.start, end: m.end };
}
