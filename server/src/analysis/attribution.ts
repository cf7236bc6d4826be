import type { Quote, SpeakerLabel, Turn } from './model';
import type { ActorResolution, RawQuote } from './pipeline-types';
import type { LineIndex } from './text';

/** Names the speaker of each quote. (placeholder: to be implemented) */
export function attributeQuotes(
  _text: string,
  _lines: LineIndex,
  raw: readonly RawQuote[],
  _speakers: readonly SpeakerLabel[],
  _turns: readonly Turn[],
  _actors: ActorResolution,
): Quote[] {
  return raw.map((q) => ({ ...q, speaker: null, cue: null, cueSpan: null, via: null, speakerSpan: null }));
}
