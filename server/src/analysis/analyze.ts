import { resolveActors } from './actors';
import { attributeQuotes } from './attribution';
import type { AnalyzeOptions, SpeakerLabel, TranscriptModel, Turn } from './model';
import { findNames } from './names';
import { pairQuotes } from './quotes';
import { findSpeakers, findTimecodes } from './speakers';
import { scanLines } from './text';

/**
 * Text in, read-only model out. Pure: no I/O, no editor or protocol types.
 *
 * ```
 * const model = analyze('ANGELA MERKEL GERMAN CHANCELLOR "It\'s a work meeting."');
 * model.quotes[0].speaker === 'angela-merkel'
 * ```
 */
export function analyze(text: string, options: AnalyzeOptions = {}): TranscriptModel {
  const lines = scanLines(text);
  const speakers = findSpeakers(text, lines);
  const timecodes = findTimecodes(text, lines, speakers);
  const paired = pairQuotes(text, lines);
  const names = findNames(text, lines, speakers);
  const resolution = resolveActors(text, speakers, names, options.pinned);
  const turns = buildTurns(text, speakers, resolution.labelActors);
  const quotes = attributeQuotes(text, lines, paired.quotes, speakers, turns, resolution);
  return {
    text,
    speakers,
    turns,
    quotes,
    actors: resolution.actors,
    mentions: resolution.mentions,
    roles: resolution.roles,
    timecodes,
    diagnostics: paired.diagnostics,
    reduced: false,
  };
}

/** A turn runs from the end of one label to the start of the next (or the end of the text). */
export function buildTurns(text: string, speakers: readonly SpeakerLabel[], labelActors: readonly (string | null)[]): Turn[] {
  const turns: Turn[] = [];
  for (let i = 0; i < speakers.length; i++) {
    const start = speakers[i].bodyStart;
    let end = i + 1 < speakers.length ? lineStartBefore(text, speakers[i + 1].start) : text.length;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    turns.push({ start, end: Math.max(start, end), label: i, speaker: labelActors[i] ?? null });
  }
  return turns;
}

function lineStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
