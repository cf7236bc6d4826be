/**
 * The server's keystroke path in process (no protocol): the document update as the server
 * does it, the model cache, the token delta; each keystroke's time, collections inside it and
 * the slowest keystrokes. `node dist/bench.js --server-keys [--briefings] [--keys N] [--show N]
 * [--slowest] [--settle] [--parts] [--json FILE] [--warmer [--warmer-keys N]]` (`--show N`: each part of the first N keystrokes;
 * `--json FILE`: each keystroke's time, collection pause and parts, to compare runs keystroke by keystroke;
 * `--parts`: each part's time summed over all keystrokes, and its median;
 * `--settle`, with node's --expose-gc: the resident size after three full collections, as the
 * server's idle collector runs; `--warmer`: the server's warm-up (warm-up.ts) typed first, back to
 * back, as the server types it once idle after opening, then its edits rehearsed on the document).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelCache, openedDocument } from '../../server/src/model-cache';
import { madeUpTranscript, seededRandom } from '../fuzz/gen';
import { briefingText, collections, LETTERS, percentile } from './steps';
import { EditPathWarmer, REHEARSE_FROM_CHARS } from '../../server/src/warm-up';

const MB = 1 << 20;

export function runServerKeys(): void {
  const argi = (n: string, d: number) => (process.argv.includes(n) ? Number(process.argv[process.argv.indexOf(n) + 1]) : d);
  const text = (process.argv.includes('--briefings') ? briefingText(MB) : null) ?? madeUpTranscript(MB, 21);
  const cache = new ModelCache(() => []);
  let doc = openedDocument('file:///x.transcript', 'news-transcript', 1, text);
  let a = cache.analysed(doc);
  let resultId = a.tokens.encode(a.model, a.lines).resultId;
  if (process.argv.includes('--warmer')) {
    // The server's own warm-up (warm-up.ts), its keystrokes run back to back.
    const w = new EditPathWarmer(() => [], () => undefined, 0, process.argv.includes('--warmer-keys') ? argi('--warmer-keys', 0) : undefined);
    w.documentAnalysed();
    // Then the edits rehearsed on the document itself, as the server does for one of 64 KB or more.
    if (text.length >= REHEARSE_FROM_CHARS) w.largeDocumentAnalysed({ length: () => doc.getText().length, step: (at, key, erase) => cache.rehearse(doc, at, key, erase) });
    const step = (w as unknown as { step(): void }).step.bind(w);
    const due = () => (w as unknown as { due: boolean }).due;
    const tw = performance.now();
    for (let i = 0; i < 400 && due(); i++) step();
    w.stop();
    console.log(`  warm-up: ${w.typed} keystrokes, ${w.rehearsed} edits rehearsed, in ${(performance.now() - tw).toFixed(0)} ms (typing ${w.spentMs.toFixed(0)} ms, longest ${w.longestMs.toFixed(1)} ms)`);
  }
  const rand = seededRandom(99);
  const ms: number[] = [];
  const gcs: number[] = [];
  const info: string[] = [];
  const n = argi('--keys', 200);
  /** CPU time of the main thread (ms, Linux; NaN elsewhere): steadier than wall time on a busy machine, in ticks of a few ms. */
  const cpuNow = (): number => {
    try {
      return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      return NaN;
    }
  };
  const cpu: number[] = [];
  /** Each part's time per keystroke (`--parts`: their sums and medians). */
  const partMs: Record<string, number[]> = {};
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rand() * (doc.getText().length + 1));
    const ch = LETTERS[Math.floor(rand() * LETTERS.length)];
    const gcp = new GCProfiler();
    gcp.start();
    const c0 = cpuNow();
    const t = performance.now();
    const pos = doc.positionAt(at);
    const change = { range: { start: pos, end: pos }, text: ch };
    cache.noteEdit(doc.uri, doc.offsetAt(change.range.start), doc.offsetAt(change.range.end), doc.getText().length);
    doc = TextDocument.update(doc, [change], doc.version + 1);
    const tDoc = performance.now();
    a = cache.analysed(doc);
    const tModel = performance.now();
    const d = a.tokens.edits(resultId, a.model, a.lines);
    const tTok = performance.now();
    resultId = d.resultId;
    ms.push(performance.now() - t);
    cpu.push(cpuNow() - c0);
    const { pause, kinds } = collections(gcp.stop());
    gcs.push(pause);
    if (i < argi('--show', 0)) {
      const inc = (cache as unknown as { entries: Map<string, { analyzer: { timings: Record<string, number>; stats: unknown } }> }).entries.get(doc.uri)!.analyzer;
      console.log(`  #${i} ${ms[i].toFixed(1)} ms gc ${pause.toFixed(1)} doc ${(tDoc - t).toFixed(1)} cache ${(tModel - tDoc).toFixed(1)} edits ${(tTok - tModel).toFixed(1)} ${JSON.stringify(inc.stats)} ${JSON.stringify(inc.timings, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`);
    }
    info.push(kinds.join('+'));
    const timings = (cache as unknown as { entries: Map<string, { analyzer: { timings: Record<string, number> } }> }).entries.get(doc.uri)!.analyzer.timings;
    for (const k in timings) (partMs[k] ??= []).push(timings[k]);
  }
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt >= 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ ms, gcs, parts: partMs }));
  if (process.argv.includes('--parts')) {
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    console.log(`  parts (ms: all keystrokes' sum / median): ${Object.entries(partMs).map(([k, xs]) => `${k} ${sum(xs).toFixed(0)}/${med(xs).toFixed(2)}`).join(', ')}`);
  }
  const pct = percentile;
  console.log(`keystroke p50 ${pct(ms, 50).toFixed(2)} p95 ${pct(ms, 95).toFixed(2)} max ${Math.max(...ms).toFixed(2)} ms; with a collection ${gcs.filter((g) => g > 0).length}/${n}, pause p50 ${pct(gcs.filter((g) => g > 0), 50)?.toFixed(2)}; less collections p50 ${pct(ms.map((v, i) => v - gcs[i]), 50).toFixed(2)} p95 ${pct(ms.map((v, i) => v - gcs[i]), 95).toFixed(2)}`);
  const late = ms.slice(20);
  // The first 20 apart from the rest (with more than 20 keystrokes).
  if (late.length > 0) console.log(`  keystrokes 21-${n}: p50 ${pct(late, 50).toFixed(2)} p95 ${pct(late, 95).toFixed(2)} max ${Math.max(...late).toFixed(2)}; first 20: ${ms.slice(0, 20).map((x) => x.toFixed(0)).join(' ')}`);
  if (late.length > 0) console.log(`  main-thread CPU: all ${sum(cpu).toFixed(0)} ms, first 20 keystrokes ${sum(cpu.slice(0, 20)).toFixed(0)} ms (${cpu.slice(0, 20).map((x) => x.toFixed(0)).join(' ')}), the rest p50 ${pct(cpu.slice(20), 50).toFixed(2)} p95 ${pct(cpu.slice(20), 95).toFixed(2)}; all p95 ${pct(cpu, 95).toFixed(2)} max ${Math.max(...cpu).toFixed(1)}`);
  console.log(`  resident after the keystrokes: ${(process.memoryUsage().rss / MB).toFixed(0)} MB (heap ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB)`);
  const g = (globalThis as { gc?: () => void }).gc;
  if (g !== undefined && process.argv.includes('--settle')) {
    // As the server's idle collector does (idle-gc.ts): three full collections (run node with --expose-gc).
    for (let i = 0; i < 3; i++) g();
    console.log(`  resident after three full collections: ${(process.memoryUsage().rss / MB).toFixed(0)} MB (heap ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB)`);
  }
  const kindCount: Record<string, number> = {};
  for (const k of info) for (const x of k.split('+')) if (x) kindCount[x] = (kindCount[x] ?? 0) + 1;
  console.log(`  collections by kind: ${JSON.stringify(kindCount)}`);
  if (process.argv.includes('--slowest')) {
    const order = ms.map((_, i) => i).sort((x, y) => ms[y] - ms[x]).slice(0, 15);
    for (const i of order) console.log(`  #${i} ${ms[i].toFixed(1)} ms, collections ${gcs[i].toFixed(1)} ${info[i]}`);
  }
}
