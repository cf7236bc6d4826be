/**
 * Inputs built to hurt a text analyser: huge lines, floods of quote marks or labels,
 * binary data, deep nesting. Shared by test/unit/pathological.test.ts and the benchmark.
 * All text is made up or random.
 */
import { madeUpTranscript, QUOTE_MARKS, seededRandom } from '../../scripts/fuzz/gen';

export interface PathologicalCase {
  readonly name: string;
  readonly build: () => string;
}

const MB = 1 << 20;

/** `count` random bytes from a fixed seed. */
export function randomBytes(count: number, seed: number): Buffer {
  const rand = seededRandom(seed);
  const buf = Buffer.allocUnsafe(count);
  for (let i = 0; i < count; i++) buf[i] = Math.floor(rand() * 256);
  return buf;
}

/** Lone high and low surrogates, CR, CRLF and NUL in random order. */
export function surrogateSoup(chars: number): string {
  const rand = seededRandom(9);
  const units = ['\ud800', '\udbff', '\udc00', '\udfff', '\r', '\r\n', '\u0000', 'Q', ':', '“'];
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const u = units[Math.floor(rand() * units.length)];
    parts.push(u);
    n += u.length;
  }
  return parts.join('');
}

/** A 1 MB line: transcript prose with every line break turned into a space. */
export function longLine(chars = MB): string {
  return madeUpTranscript(chars, 11).replace(/[\r\n]/g, ' ');
}

/** `count` quote marks of every kind, one or two letters between them. */
export function quoteFlood(count = 100_000): string {
  const rand = seededRandom(5);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(QUOTE_MARKS[Math.floor(rand() * QUOTE_MARKS.length)]);
    const r = rand();
    parts.push(r < 0.3 ? '' : r < 0.6 ? 'a ' : r < 0.9 ? 'we' : '\n');
  }
  return parts.join('');
}

/** `count` speaker labels of mixed layouts, one per line, each with a short answer. */
export function labelFlood(count = 50_000): string {
  const forms = ['MS. KOWAL:  Yes.', 'Q    And the vote?', 'MARTA KOWAL, KTV NEWS ANCHOR: Good evening.', '>> lena: thanks.', '[00:01:20] Tomas Reyes: No.', 'Speaker 2: Right.', '<v Ada Varga>Fine.', 'Mr. REYES. Yes, sir.', 'UNIDENTIFIED MALE: Hey.', 'THE PRESIDENT: “We will,” he said.'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(forms[i % forms.length]);
  return lines.join('\n');
}

/** `depth` quotes nested inside each other with alternating marks, then all closed. */
export function deepNesting(depth = 10_000): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 === 0 ? '“a ' : '‘b ';
    close = (i % 2 === 0 ? ' ”' : ' ’') + close;
  }
  return open + 'core' + close + ' she said.';
}

/** About `chars` of made-up transcript, built by repeating generated text. */
export function bigTranscript(chars: number): string {
  return madeUpTranscript(chars, 3);
}

/** The cases of the pathological test, each about 1 MB or as the brief of each case says. */
export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  { name: 'a 1 MB line with no line break', build: () => longLine() },
  { name: '100,000 quote marks', build: () => quoteFlood() },
  { name: '50,000 speaker labels', build: () => labelFlood() },
  { name: '1 MB of random bytes read as latin1', build: () => randomBytes(MB, 7).toString('latin1') },
  { name: '1 MB of random bytes read as UTF-8 (replacement characters)', build: () => randomBytes(MB, 8).toString('utf8') },
  { name: 'a file of only “ (1 MB)', build: () => '“'.repeat(MB) },
  { name: 'quotes nested 10,000 deep, marks alternating', build: () => deepNesting() },
  { name: '1 MB of lone surrogates, CR and CRLF', build: () => surrogateSoup(MB) },
  { name: 'quotes nested 10,000 deep, never closed', build: () => deepNesting().replace(/[”’]/g, '') },
];
