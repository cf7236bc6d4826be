import type { SpeakerLabel, Span } from './model';
import type { LineIndex } from './text';

/** Finds every speaker label at the start of a line. (placeholder: to be implemented) */
export function findSpeakers(_text: string, _lines: LineIndex): SpeakerLabel[] {
  return [];
}

/** Finds timecodes: `02:47`, `[00:12:03]`, `(01:20)`, including those inside labels. */
export function findTimecodes(_text: string, _lines: LineIndex, _speakers: readonly SpeakerLabel[]): Span[] {
  return [];
}
