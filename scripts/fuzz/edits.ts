/**
 * `npm run fuzz:edits`: 10,000 random edits (or `--edits N`, `--seed S`) against the real
 * server over stdio, each compared with a freshly opened copy of the same text. Prints
 * counts and duration; exits 1 on any mismatch or when the server dies.
 */
import { describeMismatch, runEditFuzz } from '../../test/support/edit-fuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const edits = arg('--edits', 10_000);
  const seed = arg('--seed', Date.now() % 2 ** 31);
  console.log(`fuzz:edits  ${edits} edits, seed ${seed}`);
  const r = await runEditFuzz({
    edits,
    seed,
    progressEvery: 1000,
    onProgress: (n) => console.log(`  ${n} edits ...`),
  });
  console.log(`edits      ${r.edits}`);
  console.log(`requests   ${r.requests} (${r.deltas} token deltas, ${r.hovers} hovers)`);
  console.log(`mismatches ${r.mismatchCount}`);
  console.log(`server     ${r.died ? `FAILED ${r.died}` : 'alive to the end'}`);
  console.log(`duration   ${r.seconds.toFixed(1)} s (final text ${r.finalChars} chars)`);
  for (const m of r.mismatches) console.log('\n' + describeMismatch(m));
  if (r.died || r.mismatchCount > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
