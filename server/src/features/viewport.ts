/**
 * The first tokens of a large document, before it has been analysed. When a file opens, the
 * editor asks for the tokens of the visible lines first and for the whole document's right
 * after; once those come, it asks for the visible lines no more. So the visible lines of a file
 * opened at its top are answered from an analysis of the text up to a little past them, which
 * on a 200 KB transcript takes a tenth of the whole; the whole document is analysed for the
 * next request, as before.
 *
 * The text read runs from the start of the document, so every quote, label and name before the
 * visible lines is read as in the whole analysis. What the text further down would change is
 * not known yet: a name whose kind only a later line settles, or a weak label that a later strong
 * one would keep. The whole document's tokens, which the editor takes in place of these, have it.
 */
import { analyze } from '../analysis/analyze';
import { REDUCED_CHARS } from '../analysis/incremental';
import type { AnalyzeOptions, Span } from '../analysis/model';
import { scanLines } from '../analysis/text';
import { encodeRange } from './token-encoding';

/** Below this many characters the whole document is analysed at once (it is quick enough). */
export const VIEWPORT_MIN_CHARS = 64 * 1024;
/** The visible lines must end within this many characters of the start. */
export const VIEWPORT_REACH = 48 * 1024;
/** How far past the visible lines the text is read (the words after a quote, the next lines). */
const VIEWPORT_MARGIN = 4 * 1024;
/** How much further the end of the line is looked for. */
const LINE_END_REACH = 2 * 1024;

/** A place in the text as the protocol gives it: a line and a UTF-16 column. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/**
 * The encoded tokens of the lines `from` to `to` from an analysis of the text up to a margin
 * past them; null when the document is small, reduced, or the range lies too far down.
 */
export function viewportTokens(text: string, from: LinePosition, to: LinePosition, options: AnalyzeOptions = {}): number[] | null {
  if (text.length < VIEWPORT_MIN_CHARS || text.length > REDUCED_CHARS) return null;
  // The offsets of the range, from the lines of the text's start (the document's own are not
  // made before its first answer).
  const top = scanLines(text.slice(0, VIEWPORT_REACH));
  const offset = (p: LinePosition): number => (p.line < top.starts.length ? Math.min(top.starts[p.line] + p.character, top.ends[p.line]) : -1);
  const range: Span = { start: offset(from), end: offset(to) };
  if (range.start < 0 || range.end < range.start || to.line + 1 >= top.starts.length) return null;
  let end = Math.min(text.length, range.end + VIEWPORT_MARGIN);
  const stop = Math.min(text.length, end + LINE_END_REACH);
  while (end < stop && text.charCodeAt(end) !== 10) end++;
  if (end >= text.length) return null;
  const head = text.slice(0, end + 1);
  return encodeRange(analyze(head, options), scanLines(head), range);
}
