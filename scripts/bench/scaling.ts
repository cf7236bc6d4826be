/**
 * How a keystroke's cost grows with the size of the text: the same one-character edits on the
 * made-up transcript at several sizes, each size typed in processes of its own, through the
 * analyser and the token encoder as the server runs them (no protocol). A keystroke whose cost
 * grows with the edit alone costs the same at every size; one that moves everything after the
 * edit costs in proportion to the text.
 */
import { execFileSync } from 'node:child_process';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { rememberLines } from '../../server/src/features/lookup';
import { TokenEncoder } from '../../server/src/features/token-encoding';
import { madeUpTranscript, seededRandom } from '../fuzz/gen';
import { LETTERS, median, percentile, r2 } from './steps';

const MB = 1 << 20;
/** The sizes typed on (MB); the first is the baseline the others are compared with. */
export const SCALING_SIZES = [0.25, 0.5, 1, 2];
/** Keystrokes typed before the timed ones, so the code is optimised at every size alike. */
export const WARM_KEYS = 30;
export const TIMED_KEYS = 100;

export interface SizeCost {
  readonly mb: number;
  readonly p50: number;
  readonly p95: number;
}

/** `--scaling-one MB`: types on the made-up transcript of that size and prints its `SizeCost` as JSON. */
export function runScalingOne(mb: number): void {
  const text = madeUpTranscript(Math.round(mb * MB), 21);
  const inc = new IncrementalAnalyzer();
  const enc = new TokenEncoder();
  let model = inc.update(text);
  rememberLines(model, inc.lines);
  enc.noteChange(null, model, null);
  let resultId = enc.encode(model, inc.lines).resultId;
  const rand = seededRandom(99);
  const ms: number[] = [];
  let cur = text;
  for (let i = 0; i < WARM_KEYS + TIMED_KEYS; i++) {
    // The place as a fraction of the text, so every size is edited at the same relative places.
    const at = Math.floor(rand() * (cur.length + 1));
    cur = cur.slice(0, at) + LETTERS[Math.floor(rand() * LETTERS.length)] + cur.slice(at);
    const t = performance.now();
    const before = model;
    model = inc.update(cur, { from: at, tail: cur.length - 1 - at });
    rememberLines(model, inc.lines);
    enc.noteChange(before, model, inc.lastChange, inc.lastEdit);
    resultId = enc.edits(resultId, model, inc.lines).resultId;
    if (i >= WARM_KEYS) ms.push(performance.now() - t);
  }
  const cost: SizeCost = { mb, p50: r2(percentile(ms, 50)), p95: r2(percentile(ms, 95)) };
  console.log(JSON.stringify(cost));
}

/**
 * Each size typed in `sessions` fresh processes (this script with `--scaling-one`), smallest
 * first; a size's p50 and p95 are the medians over its sessions, its ratio its p50 against the
 * smallest size's.
 */
export function keystrokeScaling(sessions: number): { sizes: (SizeCost & { ratio: number })[]; ratioLargestToSmallest: number; sizeRatio: number } {
  const once = (mb: number): SizeCost => JSON.parse(execFileSync(process.execPath, [process.argv[1], '--scaling-one', String(mb)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!) as SizeCost;
  const sizes = SCALING_SIZES.map((mb) => {
    const runs = Array.from({ length: sessions }, () => once(mb));
    return { mb, p50: r2(median(runs.map((r) => r.p50))), p95: r2(median(runs.map((r) => r.p95))) };
  });
  const base = Math.max(sizes[0].p50, 1e-9);
  const rated = sizes.map((x) => ({ ...x, ratio: r2(x.p50 / base) }));
  const last = rated[rated.length - 1];
  return { sizes: rated, ratioLargestToSmallest: last.ratio, sizeRatio: last.mb / rated[0].mb };
}
