import type { PinnedActor, SpeakerLabel } from './model';
import type { ActorResolution, NameCandidate } from './pipeline-types';

/** Merges names into actors. (placeholder: to be implemented) */
export function resolveActors(
  _text: string,
  speakers: readonly SpeakerLabel[],
  _names: readonly NameCandidate[],
  _pinned: readonly PinnedActor[] = [],
): ActorResolution {
  return { actors: [], mentions: [], roles: [], labelActors: speakers.map(() => null) };
}
