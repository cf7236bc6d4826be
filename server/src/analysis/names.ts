import type { SpeakerLabel } from './model';
import type { NameCandidate } from './pipeline-types';
import type { LineIndex } from './text';

/** Finds capitalised names in prose and labels. (placeholder: to be implemented) */
export function findNames(_text: string, _lines: LineIndex, _speakers: readonly SpeakerLabel[]): NameCandidate[] {
  return [];
}
