/**
 * A quick in-process benchmark for iterating on analysis speed (a few seconds):
 * `npm run bench -- --quick [--mb N] [--corpus] [--runs N] [--keys N]`. Prints per-step times
 * of the analysis, the counts it found, the feature costs on the same model, and keystrokes
 * through the incremental analyser (each part's median).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/analysis/analyze';
import { getOutline } from '../../server/src/features/symbols';
import { collectTokens } from '../../server/src/features/tokens';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { madeUpTranscript, seededRandom } from '../fuzz/gen';
import { corpusFiles, timeSteps } from './steps';
import { TokenEncoder } from '../../server/src/features/token-encoding';
import { rememberLines } from '../../server/src/features/lookup';
import { OutlineCache } from '../../server/src/features/symbols';

const MB = 1 << 20;
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const mb = arg('--mb', 1);
const runs = arg('--runs', 3);

function corpus(chars: number): string {
  const files = corpusFiles();
  const once = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  return once.repeat(Math.ceil(chars / once.length)).slice(0, chars);
}

/** Runs the quick benchmark (`npm run bench -- --quick`). */
export function runQuick(): void {
  const t0 = performance.now();
  const text = process.argv.includes('--corpus') ? corpus(mb * MB) : madeUpTranscript(mb * MB, 21);
  console.log(`text ${(text.length / MB).toFixed(2)} MB built in ${(performance.now() - t0).toFixed(0)} ms`);
  let t = performance.now();
  analyze(text.slice(0, 200 * 1024));
  console.log(`cold analyze of 200 KB: ${(performance.now() - t).toFixed(1)} ms`);

  const best: Record<string, number> = {};
  let model = analyze(text);
  for (let r = 0; r < (process.argv.includes('--only-keys') ? 0 : runs); r++) {
    const { times, counts } = timeSteps(text);
    t = performance.now();
    model = analyze(text);
    times['analyze()'] = performance.now() - t;
    t = performance.now();
    collectTokens(model);
    times['collectTokens'] = performance.now() - t;
    t = performance.now();
    getOutline(model);
    times['getOutline'] = performance.now() - t;
    for (const k of Object.keys(times)) best[k] = Math.min(best[k] ?? Infinity, times[k]);
    if (r === 0) console.log(`counts: ${counts.labels} labels, ${counts.quotes} quotes, ${counts.names} names, ${counts.actors} actors, ${counts.mentions} mentions, ${counts.lines} lines`);
  }
  for (const [k, v] of Object.entries(best)) console.log(`  ${k.padEnd(16)} ${v.toFixed(1).padStart(8)} ms  ${(text.length / MB / (v / 1000)).toFixed(1).padStart(7)} MB/s`);
  const mem = process.memoryUsage();
  console.log(`heap ${(mem.heapUsed / MB).toFixed(0)} MB, rss ${(mem.rss / MB).toFixed(0)} MB`);

  // Keystrokes in process, as the server answers them: one character inserted at a random
  // place, then the model, the token delta and the outline symbols.
  {
    const inc = new IncrementalAnalyzer();
    const enc = new TokenEncoder();
    const outlines = new OutlineCache();
    let cur = text;
    let tt = performance.now();
    let model = inc.update(cur);
    rememberLines(model, inc.lines);
    enc.noteChange(null, model, null);
    let resultId = enc.encode(model, inc.lines).resultId;
    outlines.get(model, inc.lines);
    console.log(`incremental first update and tokens: ${(performance.now() - tt).toFixed(1)} ms`);
    const rand = seededRandom(99);
    const upd: number[] = [];
    const parts: Record<string, number[]> = {};
    const tok: number[] = [];
    const all: number[] = [];
    const outline: number[] = [];
    for (let i = 0; i < arg('--keys', 60); i++) {
      const at = Math.floor(rand() * (cur.length + 1));
      cur = cur.slice(0, at) + 'etaoinshrdlu ,.'[Math.floor(rand() * 15)] + cur.slice(at);
      tt = performance.now();
      const before = model;
      model = inc.update(cur, { from: at, tail: cur.length - 1 - at });
      rememberLines(model, inc.lines);
      const t1 = performance.now();
      upd.push(t1 - tt);
      enc.noteChange(before, model, inc.lastChange, inc.lastEdit);
      outlines.noteChange(before, model, inc.lastEdit);
      const d = enc.edits(resultId, model, inc.lines);
      resultId = d.resultId;
      const t2 = performance.now();
      tok.push(t2 - t1);
      all.push(t2 - tt);
      if (i < 8) console.log(JSON.stringify(inc.stats), JSON.stringify(inc.timings, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
      for (const [k, v] of Object.entries(inc.timings)) (parts[k] ??= []).push(v);
      {
        const t3 = performance.now();
        outlines.get(model, inc.lines);
        outline.push(performance.now() - t3);
      }
    }
    const pct = (xs: number[], p: number) => (xs.length === 0 ? 'n/a' : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)].toFixed(1));
    console.log('  median per part: ' + Object.entries(parts).map(([k, v]) => `${k} ${pct(v, 50)}`).join(', '));
    (globalThis as { gc?: () => void }).gc?.();
    const mu = process.memoryUsage();
    console.log(`after the keystrokes: heap ${(mu.heapUsed / MB).toFixed(0)} MB, rss ${(mu.rss / MB).toFixed(0)} MB, external ${(mu.external / MB).toFixed(0)} MB`);
    console.log(`keystroke update p50 ${pct(upd, 50)} p95 ${pct(upd, 95)} max ${pct(upd, 100)} ms; token delta p50 ${pct(tok, 50)} p95 ${pct(tok, 95)} ms`);
    console.log(`keystroke to token delta p50 ${pct(all, 50)} p95 ${pct(all, 95)} max ${pct(all, 100)} ms; outline symbols after an edit p50 ${pct(outline, 50)} max ${pct(outline, 100)} ms`);
  }
}
