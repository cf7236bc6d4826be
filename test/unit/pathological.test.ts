/**
 * Inputs built to hurt: each must give an answer (no throw, no hang) whose spans are valid.
 * These are not timing assertions; `npm run bench` times the same inputs per MB.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { collectTokens } from '../../server/src/features/tokens';
import { modelProblems, preview, tokenProblems } from '../support/invariants';
import { bigTranscript, PATHOLOGICAL_CASES } from '../support/pathological';

function assertBoundedAnswer(text: string): void {
  const model = analyze(text);
  assert.equal(model.text.length, text.length);
  const problems = [...modelProblems(text, model), ...tokenProblems(text, collectTokens(model))];
  assert.deepEqual(problems, [], `first of the text: ${preview(text, 200)}`);
}

for (const c of PATHOLOGICAL_CASES) {
  test(c.name, () => assertBoundedAnswer(c.build()));
}

// 10 MB here; the benchmark opens 50 MB (`npm run bench`), which takes too long for every test run.
test('a 10 MB made-up transcript', () => assertBoundedAnswer(bigTranscript(10 << 20)));
