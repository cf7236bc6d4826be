/**
 * `npm run fuzz:long`: the properties of test/unit/properties.test.ts on 100,000 generated
 * documents (or `--runs N`, `--seed S`). Prints the count, the failures and the duration;
 * exits 1 on any failure, with the shrunk counterexample.
 */
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { collectTokens } from '../../server/src/features/tokens';
import { modelProblems, preview, tokenProblems } from '../../test/support/invariants';
import { documentArb } from './gen';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

const runs = arg('--runs', 100_000);
const seed = arg('--seed', Date.now() % 2 ** 31);

/** Every violation for one text; a thrown error counts as one. */
function problemsOf(text: string): string[] {
  try {
    const model = analyze(text);
    return [...modelProblems(text, model), ...tokenProblems(text, collectTokens(model))];
  } catch (e) {
    return [`threw: ${(e as Error)?.stack ?? String(e)}`];
  }
}

function main(): void {
  const t0 = performance.now();
  let count = 0;
  let failures = 0;
  let chars = 0;
  let slowest = { ms: 0, length: 0 };
  const kinds = new Map<string, number>();

  // First pass: count every failing document without stopping.
  fc.check(
    fc.property(documentArb, (text) => {
      count++;
      chars += text.length;
      const s = performance.now();
      const problems = problemsOf(text);
      const ms = performance.now() - s;
      if (ms > slowest.ms) slowest = { ms, length: text.length };
      if (problems.length > 0) {
        failures++;
        // Group by the message with numbers removed, so one bug counts once.
        const kind = problems[0].replace(/\d+/g, '#').split('\n')[0];
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      return true;
    }),
    { numRuns: runs, seed },
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(`fuzz:long  seed ${seed}`);
  console.log(`documents  ${count} (${(chars / 1e6).toFixed(1)} M chars)`);
  console.log(`failures   ${failures}`);
  console.log(`duration   ${seconds.toFixed(1)} s  (slowest document ${slowest.ms.toFixed(1)} ms, ${slowest.length} chars)`);
  if (failures === 0) return;

  console.log('\nkinds of failure:');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${k}`);

  // Second pass, same seed: stop at the first failure and shrink it.
  const details = fc.check(
    fc.property(documentArb, (text) => problemsOf(text).length === 0),
    { numRuns: runs, seed },
  );
  if (details.failed && details.counterexample) {
    const [text] = details.counterexample;
    console.log(`\nshrunk counterexample (after ${details.numShrinks} shrinks): ${preview(text, 2000)}`);
    for (const p of problemsOf(text)) console.log(`  - ${p}`);
  }
  process.exitCode = 1;
}

main();
