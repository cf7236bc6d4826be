import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPUS, type EvalRow } from './report';
import { evalSpeakers } from './speakers';
import { evalEntities } from './entities';
import { evalQuotes } from './quotes';
import { evalSeeds } from './seeds';
import { evalNews } from './news';
import { evalWraps } from './wraps';
import { evalViewport } from './viewport';

function fmt(x: number | undefined): string {
  return x === undefined ? '    -' : x.toFixed(3);
}

const USAGE =
  'Usage: npm run eval [-- --json]\n' +
  '  Scores the analysis against the gold annotations in ../shared/corpus and prints one row per measure.\n' +
  '  --json  the rows as JSON\n' +
  'Error listings on stderr: TRANSCRIPT_LENS_EVAL_VERBOSE=speakers|seeds, EVAL_ENTITY_ERRORS=person|organization|place|all, EVAL_QUOTE_ERRORS=1|all\n';

function main(): void {
  let values: { json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const t0 = performance.now();
  const rows: EvalRow[] = [...evalSpeakers(), ...evalWraps(), ...evalEntities(), ...evalQuotes(), ...evalSeeds(), ...evalNews(), ...evalViewport()];
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
  if (!existsSync(CORPUS)) console.log(`corpus not found at ${CORPUS} (set TRANSCRIPT_LENS_CORPUS): only the project's own rows are scored`);
  console.log(`(${seconds.toFixed(1)} s)`);
}

main();
