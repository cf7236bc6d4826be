import { parseArgs } from 'node:util';
import type { EvalRow } from './report';
import { evalSpeakers } from './speakers';
import { evalEntities } from './entities';
import { evalQuotes } from './quotes';
import { evalSeeds } from './seeds';
import { evalNews } from './news';
import { evalWraps } from './wraps';

function fmt(x: number | undefined): string {
  return x === undefined ? '    -' : x.toFixed(3);
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const t0 = performance.now();
  const rows: EvalRow[] = [...evalSpeakers(), ...evalWraps(), ...evalEntities(), ...evalQuotes(), ...evalSeeds(), ...evalNews()];
  const seconds = (performance.now() - t0) / 1000;
  if (values.json) {
    process.stdout.write(JSON.stringify({ rows, seconds }, null, 2) + '\n');
    return;
  }
  const w = Math.max(...rows.map((r) => r.corpus.length), 6);
  const m = Math.max(...rows.map((r) => r.metric.length), 6);
  console.log(`${'corpus'.padEnd(w)}  ${'metric'.padEnd(m)}      P      R     F1    acc      n`);
  for (const r of rows) {
    console.log(
      `${r.corpus.padEnd(w)}  ${r.metric.padEnd(m)}  ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}  ${fmt(r.accuracy)}  ${String(r.n).padStart(5)}`,
    );
  }
  console.log(`(${seconds.toFixed(1)} s)`);
}

main();
