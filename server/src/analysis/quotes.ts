import type { Diagnostic } from './model';
import type { RawQuote } from './pipeline-types';
import type { LineIndex } from './text';

/** Pairs quotation marks into quotes. (placeholder: to be implemented) */
export function pairQuotes(_text: string, _lines: LineIndex): { quotes: RawQuote[]; diagnostics: Diagnostic[] } {
  return { quotes: [], diagnostics: [] };
}
