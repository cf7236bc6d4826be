/**
 * A quick in-process benchmark for iterating on analysis speed (a few seconds):
 * `npm run bench -- --quick [--mb N] [--corpus] [--runs N] [--keys N]`. Prints per-step times
 * of the analysis, the counts it found, the feature costs on the same model, and keystrokes
 * through the incremental analyser (each part's median).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildTurns } from '../../server/src/analysis/analyze';
import { resolveActors } from '../../server/src/analysis/actors';
import { attributeQuotes } from '../../server/src/analysis/attribution';
import { findNames } from '../../server/src/analysis/names';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { findSpeakers, findTimecodes } from '../../server/src/analysis/speakers';
import { scanLines } from '../../server/src/analysis/text';
import { getOutline } from '../../server/src/features/symbols';
import { collectTokens } from '../../server/src/features/tokens';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { madeUpTranscript, seededRandom } from '../fuzz/gen';

const MB = 1 << 20;
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const mb = arg('--mb', 1);
const runs = arg('--runs', 3);

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}
function corpus(chars: number): string {
  const root = join(process.cwd(), '..', 'shared', 'corpus');
  const files = [
    ...filesUnder(join(root, 'wh-briefings'), '.md'),
    ...filesUnder(join(root, 'irancontra', 'txt'), '.txt'),
    ...filesUnder(join(root, 'gum', 'text'), '.txt'),
    ...filesUnder(join(root, 'litbank-quotes', 'tsv'), '.txt'),
  ];
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
  for (let r = 0; r < runs; r++) {
    const times: Record<string, number> = {};
    let s = performance.now();
    const lap = (k: string) => {
      const n = performance.now();
      times[k] = n - s;
      s = n;
    };
    const lines = scanLines(text);
    lap('scanLines');
    const speakers = findSpeakers(text, lines);
    lap('findSpeakers');
    findTimecodes(text, lines, speakers);
    lap('findTimecodes');
    const paired = pairQuotes(text, lines);
    lap('pairQuotes');
    const names = findNames(text, lines, speakers);
    lap('findNames');
    const res = resolveActors(text, speakers, names, []);
    lap('resolveActors');
    const turns = buildTurns(text, speakers, res.labelActors);
    lap('buildTurns');
    attributeQuotes(text, lines, paired.quotes, speakers, turns, res);
    lap('attributeQuotes');
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
    if (r === 0) console.log(`counts: ${speakers.length} labels, ${paired.quotes.length} quotes, ${names.length} names, ${res.actors.length} actors, ${res.mentions.length} mentions, ${lines.starts.length} lines`);
  }
  for (const [k, v] of Object.entries(best)) console.log(`  ${k.padEnd(16)} ${v.toFixed(1).padStart(8)} ms  ${(text.length / MB / (v / 1000)).toFixed(1).padStart(7)} MB/s`);
  const mem = process.memoryUsage();
  console.log(`heap ${(mem.heapUsed / MB).toFixed(0)} MB, rss ${(mem.rss / MB).toFixed(0)} MB`);

    // Keystrokes in process: one character inserted at a random place, then the model and its tokens.
    {
    
    
    const inc = new IncrementalAnalyzer();
    let cur = text;
    let tt = performance.now();
    inc.update(cur);
    console.log(`incremental first update: ${(performance.now() - tt).toFixed(1)} ms`);
    const rand = seededRandom(99);
    const upd: number[] = [];
    const parts: Record<string, number[]> = {};
    const tok: number[] = [];
    for (let i = 0; i < arg('--keys', 60); i++) {
      const at = Math.floor(rand() * (cur.length + 1));
      cur = cur.slice(0, at) + 'etaoinshrdlu ,.'[Math.floor(rand() * 15)] + cur.slice(at);
      tt = performance.now();
      const m = inc.update(cur);
      upd.push(performance.now() - tt);
      if (i < 8) console.log(JSON.stringify(inc.stats), JSON.stringify(inc.timings, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
      for (const [k, v] of Object.entries(inc.timings)) (parts[k] ??= []).push(v);
      tt = performance.now();
      collectTokens(m);
      tok.push(performance.now() - tt);
    }
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)].toFixed(1);
    console.log('  median per part: ' + Object.entries(parts).map(([k, v]) => `${k} ${pct(v, 50)}`).join(', '));
    (globalThis as { gc?: () => void }).gc?.();
    const mu = process.memoryUsage();
    console.log(`after the keystrokes: heap ${(mu.heapUsed / MB).toFixed(0)} MB, rss ${(mu.rss / MB).toFixed(0)} MB, external ${(mu.external / MB).toFixed(0)} MB`);
    console.log(`keystroke update p50 ${pct(upd, 50)} p95 ${pct(upd, 95)} max ${pct(upd, 100)} ms; collectTokens p50 ${pct(tok, 50)} ms`);
  }
}
