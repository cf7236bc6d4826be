/**
 * Line breaks that only wrap a paragraph at a fixed width, so that a name reads the same
 * across them as across a space:
 *
 * ```
 * ...he has been President of the United     <- `United States` is one name
 * States, and he will remain so.
 * ```
 *
 * Decided from the two lines alone (never from lines further off), so that the blocks of
 * the incremental analysis can keep such lines together without reading beyond them.
 */
import { ABBREVIATIONS } from './name-tokens';

/** Hard-wrapped text is wrapped at this width or more; shorter lines end where they do by choice. */
const MIN_WRAP = 36;

/**
 * The break after line `l` only wraps a paragraph: the next line is no blank line, opens
 * with no speaker label (`nextLabel`: where the next label starts, Infinity when none), no
 * timecode, number, heading mark or list mark; this line has lower-case letters (no
 * capitals-only heading), is at least MIN_WRAP wide, and would have overflowed the wider of
 * the two lines, give or take an eighth, had the next word been put on it (a short line
 * ends where it does by choice); and no sentence ends at the break, unless its last word is
 * an abbreviation (`Mr.`, `U.S.`, an initial), nor at a dash (`—`, `--`: speech breaks off) or a
 * closing quote or bracket. A next line shorter than that width ends its
 * paragraph, so it must end with a mark, as paragraphs do (not a name or heading alone).
 */
export function softWrap(text: string, lines: { readonly starts: readonly number[]; readonly ends: readonly number[] }, l: number, nextLabel = Infinity): boolean {
  if (l + 1 >= lines.starts.length) return false;
  const s = lines.starts[l];
  let e = lines.ends[l];
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e - s < MIN_WRAP) return false;
  const ns = lines.starts[l + 1];
  let ne = lines.ends[l + 1];
  let a = ns;
  while (a < ne && isBlank(text.charCodeAt(a))) a++;
  if (a === ne || nextLabel < ne) return false;
  const c0 = text.charCodeAt(a);
  if ((c0 >= 48 && c0 <= 57) || c0 === 35 || c0 === 40 || c0 === 91 || c0 === 60 || c0 === 62 || c0 === 42 || c0 === 45 || c0 === 43 || c0 === 124 || c0 === 0x2022 || c0 === 0x2013 || c0 === 0x2014 || c0 === 92) return false;
  // A heading mark, or a break written out (`\` ends a line of front matter or markdown).
  if (text.charCodeAt(s) === 35 || text.charCodeAt(e - 1) === 92) return false;
  let w = a;
  while (w < ne && !isBlank(text.charCodeAt(w))) w++;
  // `Officers: Philip Garside ...`: a capitalised key and a colon open a field of its own.
  if (w - a > 1 && text.charCodeAt(w - 1) === 58 && c0 >= 65 && c0 <= 90) return false;
  while (ne > a && isBlank(text.charCodeAt(ne - 1))) ne--;
  const width = Math.max(e - s, ne - ns);
  // Widths vary by a few characters (spaces kept at line ends, a long word pushed over).
  if (e - s + 1 + (w - a) <= width - (width >> 3)) return false;
  // A shorter next line ends its paragraph: as a paragraph does, with a mark (a name or a
  // heading alone on a line after a title line ends with a letter).
  if (ne - ns < width - (width >> 3) && isLetterOrDigit(text.charCodeAt(ne - 1))) return false;
  // A closing quote or bracket at the break ends what it closes (a title, a reference, a quote).
  if (isCloser(text.charCodeAt(e - 1))) return false;
  const z = e;
  const last = text.charCodeAt(z - 1);
  if (last === 63 || last === 33 || last === 58 || last === 59 || last === 0x2026 || last === 0x2014 || (last === 45 && text.charCodeAt(z - 2) === 45)) return false;
  if (last === 46) {
    // `Mr.` / `U.S.` / `J.` go on; any other word with a period ends a sentence.
    let b = e - 1;
    while (b > s && !isBlank(text.charCodeAt(b - 1))) b--;
    // Read in place; only a word short enough to be an abbreviation is made a string.
    if (!(isInitials(text, b, e - 1) || (e - 1 - b <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(b, e - 1).toLowerCase())))) return false;
  }
  let lower = false;
  for (let i = s; i < e && !lower; i++) {
    const c = text.charCodeAt(i);
    lower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7 && text[i] !== text[i].toUpperCase());
  }
  return lower;
}

/** text[s, e) is `J`, `U.S`, `D.C`: capitals, each alone or followed by a period. */
function isInitials(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((i - s) % 2 === 0 ? !(c >= 65 && c <= 90) : c !== 46) return false;
  }
  return true;
}

/** The longest abbreviation (no longer word is one). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff;
}
