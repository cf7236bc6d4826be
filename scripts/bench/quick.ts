/**
 * A quick in-process benchmark for iterating on analysis speed (a few seconds):
 * `npm run bench -- --quick [--mb N] [--corpus | --briefings] [--runs N] [--keys N]`. Prints per-step times
 * of the analysis, the counts it found, the feature costs on the same model, and keystrokes
 * through the incremental analyser (each part's median).
 */
import { readFileSync } from 'node:fs';
import { GCProfiler, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { analyze } from '../../server/src/analysis/analyze';
import { getOutline } from '../../server/src/features/symbols';
import { collectTokens } from '../../server/src/features/tokens';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { applyEdit, madeUpTranscript, randomEdit, seededRandom } from '../fuzz/gen';
import { briefingText, collections, corpusFiles, LETTERS, timeSteps } from './steps';
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

/** A JSON replacer that rounds numbers to tenths. */
const tenths = (_key: string, v: unknown): unknown => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);

/** Runs the quick benchmark (`npm run bench -- --quick`). */
export function runQuick(): void {
  const t0 = performance.now();
  const text = process.argv.includes('--corpus') ? corpus(mb * MB) : (process.argv.includes('--briefings') ? briefingText(mb * MB) : null) ?? madeUpTranscript(mb * MB, 21);
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
    const rand = seededRandom(arg('--seed', 99));
    const mixed = process.argv.includes('--mixed');
    const upd: number[] = [];
    const parts: Record<string, number[]> = {};
    const tok: number[] = [];
    const all: number[] = [];
    const outline: number[] = [];
    const alloc = process.argv.includes('--alloc');
    if (alloc) inc.heapProbe = () => getHeapStatistics().used_heap_size;
    const allocs: Record<string, number[]> = {};
    const totalAlloc: number[] = [];
    const statsOf: string[] = [];
    /** Garbage collection pauses inside each keystroke (ms), and their kinds. */
    const gcMs: number[] = [];
    const gcKinds: string[] = [];
    /** CPU time of the process per keystroke (less at the mercy of a busy machine than wall time). */
    const cpu: number[] = [];
    let checked = 0;
    let mismatched = 0;
    // `--prof-keys FILE`: a CPU profile of the keystrokes alone (open it in a profile viewer).
    const profFile = process.argv.includes('--prof-keys') ? process.argv[process.argv.indexOf('--prof-keys') + 1] : null;
    const session = profFile === null ? null : new Session();
    if (session !== null) {
      session.connect();
      session.post('Profiler.enable');
      session.post('Profiler.start');
    }
    for (let i = 0; i < arg('--keys', 60); i++) {
      // `--mixed`: the fuzzer's edits (deletions, line breaks, quote marks, pasted pieces) in place of one letter.
      let at: number;
      let bound: { from: number; tail: number };
      if (mixed) {
        const e = randomEdit(rand, cur);
        at = e.start;
        bound = { from: e.start, tail: cur.length - e.end };
        cur = applyEdit(cur, e);
      } else {
        at = Math.floor(rand() * (cur.length + 1));
        cur = cur.slice(0, at) + LETTERS[Math.floor(rand() * LETTERS.length)] + cur.slice(at);
        bound = { from: at, tail: cur.length - 1 - at };
      }
      const h0 = alloc ? getHeapStatistics().used_heap_size : 0;
      const c0 = process.cpuUsage();
      const gcp = new GCProfiler();
      gcp.start();
      tt = performance.now();
      const before = model;
      model = inc.update(cur, bound);
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
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      // Collections inside the keystroke: their pause (cost, microseconds) by kind.
      const { pause, kinds } = collections(gcp.stop());
      gcMs.push(pause);
      gcKinds.push(kinds.join('+'));
      if (alloc) {
        // A collection inside a part makes its growth negative: such a sample is left out.
        const grown = getHeapStatistics().used_heap_size - h0;
        if (grown >= 0) totalAlloc.push(grown);
        for (const [k, v] of Object.entries(inc.allocations)) if (v >= 0) (allocs[k] ??= []).push(v);
      }
      if (i < arg('--show', 8)) console.log(JSON.stringify(inc.stats), JSON.stringify(inc.timings, tenths), `gc ${gcMs[gcMs.length - 1].toFixed(1)} tokens ${(t2 - t1).toFixed(1)}`);
      // `--check N`: every Nth keystroke the model is compared with a fresh analysis of the text.
      const check = arg('--check', 0);
      if (check > 0 && (i + 1) % check === 0) {
        const ok = isDeepStrictEqual(model, analyze(cur));
        checked++;
        if (!ok) {
          mismatched++;
          console.log(`MISMATCH after keystroke ${i + 1} at ${at}`);
        }
      }
      statsOf.push(`${JSON.stringify(inc.stats)} ${JSON.stringify(inc.timings, tenths)}`);
      for (const [k, v] of Object.entries(inc.timings)) (parts[k] ??= []).push(v);
      {
        const t3 = performance.now();
        outlines.get(model, inc.lines);
        outline.push(performance.now() - t3);
      }
    }
    if (session !== null && profFile !== null) {
      session.post('Profiler.stop', (err, res) => {
        if (!err) writeFileSync(profFile, JSON.stringify(res.profile));
      });
      session.disconnect();
    }
    if (checked > 0) console.log(`  checked against a fresh analysis: ${checked} models, ${mismatched} mismatches`);
    const pct = (xs: number[], p: number): string => (xs.length === 0 ? 'n/a' : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)].toFixed(1));
    console.log('  median per part: ' + Object.entries(parts).map(([k, v]) => `${k} ${pct(v, 50)}`).join(', '));
    console.log('  p95 per part:    ' + Object.entries(parts).map(([k, v]) => `${k} ${pct(v, 95)}`).join(', '));
    console.log('  max per part:    ' + Object.entries(parts).map(([k, v]) => `${k} ${pct(v, 100)}`).join(', '));
    // The slowest 5% of the keystrokes: the mean of each part over them (what makes the tail).
    {
      const order = all.map((_, i) => i).sort((a, b) => all[b] - all[a]);
      const slow = order.slice(0, Math.max(1, Math.ceil(all.length / 20)));
      const mean = (xs: number[]) => slow.reduce((a, i) => a + (xs[i] ?? 0), 0) / slow.length;
      const mergedAt = statsOf.map((x, i) => (/"namesMerged":0,/.test(x) ? -1 : i)).filter((i) => i >= 0);
      const others = all.map((_, i) => i).filter((i) => !mergedAt.includes(i));
      const med = (ix: number[]) => (ix.length === 0 ? 'n/a' : pct(ix.map((i) => all[i]), 50));
      console.log(`  keystrokes that merged names again: ${mergedAt.length} of ${all.length} (median ${med(mergedAt)} ms; the others ${med(others)} ms)`);
      const partsOver = (ix: number[]) => Object.entries(parts).map(([k, v]) => `${k} ${pct(ix.map((i) => v[i]), 50)}`).join(', ');
      console.log(`    their median parts: ${partsOver(mergedAt)}`);
      console.log(`    the others':        ${partsOver(others)}`);
      if (process.argv.includes('--slowest')) for (const i of slow) console.log(`    ${all[i].toFixed(1)} ms (collections ${gcMs[i].toFixed(1)} ms ${gcKinds[i]}): ${statsOf[i]}`);
      const withGc = all.filter((_, i) => gcMs[i] > 0).length;
      const slowGc = slow.filter((i) => gcMs[i] > 0).length;
      console.log(`  collections: inside ${withGc} of ${all.length} keystrokes, ${slowGc} of the slowest ${slow.length} (their mean pause ${mean(gcMs).toFixed(1)} ms); keystroke less its collections p50 ${pct(all.map((v, i) => v - gcMs[i]), 50)} p95 ${pct(all.map((v, i) => v - gcMs[i]), 95)} max ${pct(all.map((v, i) => v - gcMs[i]), 100)} ms`);
      const kindCount = new Map<string, number>();
      for (const k of gcKinds) for (const x of k.split('+')) if (x !== '') kindCount.set(x, (kindCount.get(x) ?? 0) + 1);
      console.log(`  collections by kind: ${[...kindCount].map(([k, n]) => `${k} ${n}`).join(', ')}; pause p50 of keystrokes with one ${pct(gcMs.filter((x) => x > 0), 50)} ms, max ${pct(gcMs, 100)} ms`);
      console.log(`  slowest ${slow.length} keystrokes (mean ${mean(all).toFixed(1)} ms; tokens ${mean(tok).toFixed(1)}): ` + Object.entries(parts).map(([k, v]) => `${k} ${mean(v).toFixed(1)}`).join(', '));
    }
    if (alloc) {
      const kb = (xs: number[]) => (xs.length === 0 ? 'n/a' : ([...xs].sort((a, b) => a - b)[xs.length >> 1] / 1024).toFixed(0));
      console.log(`  heap growth per keystroke (KB, median of samples with no collection): total ${kb(totalAlloc)} (${totalAlloc.length} samples); ` + Object.entries(allocs).map(([k, v]) => `${k} ${kb(v)}`).join(', '));
    }
    (globalThis as { gc?: () => void }).gc?.();
    const mu = process.memoryUsage();
    // The generator of the made-up text keeps some 90 MB of tables alive in this process (the
    // server has none of it): full collections here take longer than the server's.
    if (process.argv.includes('--heap-snapshot')) console.log(`heap snapshot: ${writeHeapSnapshot()}`);
    console.log(`after the keystrokes: heap ${(mu.heapUsed / MB).toFixed(0)} MB, rss ${(mu.rss / MB).toFixed(0)} MB, external ${(mu.external / MB).toFixed(0)} MB`);
    console.log(`keystroke update p50 ${pct(upd, 50)} p95 ${pct(upd, 95)} max ${pct(upd, 100)} ms; token delta p50 ${pct(tok, 50)} p95 ${pct(tok, 95)} ms`);
    console.log(`keystroke to token delta, CPU time of the process: p50 ${pct(cpu, 50)} p95 ${pct(cpu, 95)} max ${pct(cpu, 100)} ms`);
    console.log(`keystroke to token delta p50 ${pct(all, 50)} p95 ${pct(all, 95)} max ${pct(all, 100)} ms; outline symbols after an edit p50 ${pct(outline, 50)} max ${pct(outline, 100)} ms`);
  }
}
