import { IncrementalAnalyzer } from './incremental';
import type { AnalyzeOptions, TranscriptModel } from './model';

export { buildTurns } from './incremental';

/**
 * Text in, read-only model out. Pure: no I/O, no editor or protocol types.
 *
 * ```
 * const model = analyze('ANGELA MERKEL GERMAN CHANCELLOR "It\'s a work meeting."');
 * model.quotes[0].speaker === 'angela-merkel'
 * ```
 *
 * The same pipeline as the editor's incremental analysis, with nothing kept from before:
 * lines are read block by block (speaker labels, timecodes, quote marks), then the steps
 * over the whole text (names, actors, turns, attribution) run on what the blocks gave.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): TranscriptModel {
  return new IncrementalAnalyzer(options).update(text);
}
