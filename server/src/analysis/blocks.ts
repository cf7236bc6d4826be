/**
 * Blocks: runs of whole lines that the analysis handles one at a time, so that an edit
 * re-reads only the blocks it touches.
 *
 * ```
 * MS. KOWAL: Good afternoon.        <- block 1 (a paragraph and the blank lines after it)
 * Q    Thank you.
 *
 * “We will not,” she said.          <- block 2
 * ```
 *
 * A block starts at a paragraph (a non-blank line after a blank one; a line of only U+00A0
 * is blank too) once the block before holds MIN_BLOCK characters. A long paragraph is cut
 * too: before a line whose content hash picks it (so the cuts move with the text, not with
 * offsets), and at the latest once the block holds MAX_BLOCK characters; but not after a line
 * that only wraps a sentence (name-wraps.ts), unless the block has grown eight times that
 * (`cutsBefore`). Where the blocks fall never changes a result: every step carries its state
 * from one block to the next and notes what it read past a block's end.
 */
import { isBlankLine, type LineIndex } from './text';
import { softWrap } from './name-wraps';

/** A block is cut at the next line start once it holds this many characters. */
const MAX_BLOCK = 8192;
/** Paragraphs are joined into a block until it holds this many characters (few tiny blocks). */
const MIN_BLOCK = 512;
/** Inside a paragraph, about one line in this many (a power of two) starts a block. */
const HASH_CUT = 32;

/**
 * The first line of every block, then the number of lines as a sentinel:
 * block `b` holds lines `firsts[b]` to `firsts[b + 1]` (exclusive).
 */
export function splitBlocks(text: string, lines: LineIndex): number[] {
  const n = lines.starts.length;
  const firsts: number[] = [0];
  let blockStart = 0;
  let prevBlank = isBlankLine(text, lines, 0);
  for (let l = 1; l < n; l++) {
    const blank = isBlankLine(text, lines, l);
    const s = lines.starts[l];
    if (cutsBefore(text, lines, l, s - blockStart, blank, prevBlank)) {
      firsts.push(l);
      blockStart = s;
    }
    prevBlank = blank;
  }
  firsts.push(n);
  return firsts;
}

/**
 * True when a block starts at line `l`, the block before it holding `held` characters: at a
 * paragraph, or where the line's hash picks it, once the block holds MIN_BLOCK; at the latest
 * at MAX_BLOCK; but not after a line that only wraps a sentence (names are read across its
 * wraps), short of a runaway block of eight times MAX_BLOCK. It reads lines `l - 1` and `l`
 * only, so that a split after an edit can stop where the cuts meet the old ones again.
 */
function cutsBefore(text: string, lines: LineIndex, l: number, held: number, blank: boolean, prevBlank: boolean): boolean {
  if (!blank && held >= MIN_BLOCK && (prevBlank || ((lineHash(text, lines.starts[l], lines.ends[l]) & (HASH_CUT - 1)) === 0 && !softWrap(text, lines, l - 1)))) return true;
  return held >= MAX_BLOCK && (held >= 8 * MAX_BLOCK || !softWrap(text, lines, l - 1));
}

/** A cheap hash of a line: its length and its first few characters. */
function lineHash(text: string, s: number, e: number): number {
  let h = (e - s) * 0x9e3779b1;
  const m = Math.min(e, s + 8);
  for (let i = s; i < m; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * The blocks of a text after an edit, from those of the text before it (`old`, first lines in
 * `oldLines`, as `splitBlocks` gave them): the cuts before the edit stand, and the text is
 * split again from the last of them until a cut falls past the edit where one fell before;
 * from there on the old cuts stand, moved. The same as `splitBlocks` of the new text.
 * `from` and `changedEnd` bound the changed stretch of the new text; `delta` is new length
 * minus old length.
 */
export function splitBlocksAfter(text: string, lines: LineIndex, old: readonly number[], oldLines: LineIndex, from: number, changedEnd: number, delta: number): number[] {
  const n = lines.starts.length;
  const lineDelta = n - oldLines.starts.length;
  const cuts = old.length - 1;
  // The last old cut whose line ends before the edit: it and the cuts before it stand.
  let lo = 0;
  let hi = cuts - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (oldLines.ends[old[mid]] < from) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0 || cuts < 1) return splitBlocks(text, lines);
  const firsts = old.slice(0, k + 1);
  let blockStart = lines.starts[old[k]];
  let prevBlank = isBlankLine(text, lines, old[k]);
  let j = k + 1;
  for (let l = old[k] + 1; l < n; l++) {
    const blank = isBlankLine(text, lines, l);
    const s = lines.starts[l];
    if (cutsBefore(text, lines, l, s - blockStart, blank, prevBlank)) {
      firsts.push(l);
      blockStart = s;
      // Past the edit, where the old text had a cut: the rest is as before.
      if (s >= changedEnd) {
        const os = s - delta;
        while (j < cuts && oldLines.starts[old[j]] < os) j++;
        if (j < cuts && oldLines.starts[old[j]] === os) {
          for (let x = j + 1; x < cuts; x++) firsts.push(old[x] + lineDelta);
          firsts.push(n);
          return firsts;
        }
      }
    }
    prevBlank = blank;
  }
  firsts.push(n);
  return firsts;
}
