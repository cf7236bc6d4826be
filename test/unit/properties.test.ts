/**
 * Properties of `analyze` on generated transcripts: never throws, every span inside the
 * text, arrays sorted, quotes nested, mentions and tokens never overlapping.
 * `npm run fuzz:long` runs the same properties on 100,000 documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import type { TranscriptModel } from '../../server/src/analysis/model';
import { documentArb } from '../../scripts/fuzz/gen';
import { modelProblems, preview, tokenProblems } from '../support/invariants';
import { joinLines, joinLinesWith } from '../support/text';
import { collectTokens } from '../../server/src/features/tokens';

function problemsOf(text: string): string[] {
  const model = analyze(text);
  return [...modelProblems(text, model), ...tokenProblems(text, collectTokens(model))];
}

test('generated transcripts: analyze never throws and every model is well-formed', () => {
  fc.assert(
    fc.property(documentArb, (text) => {
      const problems = problemsOf(text);
      if (problems.length > 0) throw new Error(`${problems.join('\n')}\ntext: ${preview(text)}`);
    }),
    { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20240611) },
  );
});

test('a transcript in every line break style gives a well-formed model', () => {
  const lines = [
    '[00:00:05] MARTA KOWAL, KTV NEWS ANCHOR: Good evening.',
    'KOWAL: “We will not accept it,” said Tomas Reyes, Veldmark’s Foreign Minister.',
    'Q    Thank you. Is the ‘deal’ done?',
    'MS. REYES:  Not yet.',
    '“We are here',
    '',
    '“And we will stay,” she said.',
  ];
  for (const eol of ['\n', '\r\n', '\r'] as const) {
    const text = joinLinesWith(eol, ...lines);
    assert.deepEqual(problemsOf(text), [], `line break ${JSON.stringify(eol)}`);
  }
});

test('edge texts: empty, blank, lone surrogates, only quote marks', () => {
  for (const text of ['', ' ', '\n', '\r\n\r\n', '\u00a0\t', '\ud800', '\udc00Q:\ud800', '“', '”“”“', '"', '\'\'\'', '«»«']) {
    assert.deepEqual(problemsOf(text), [], preview(text));
  }
});

test('the checker itself rejects a broken model', () => {
  // Guards the property above against passing vacuously: a model with a span past the
  // end, unsorted quotes and a crossing pair must be reported.
  const text = joinLines('ADA VARGA: “One ‘two” three’', 'more');
  const good = analyze(text);
  const broken: TranscriptModel = {
    ...good,
    timecodes: [{ start: 3, end: text.length + 5 }],
    quotes: [
      { start: 11, end: 22, kind: 'direct', text: '', inner: { start: 12, end: 21 }, depth: 0, speaker: null, cue: null, cueSpan: null, via: null, speakerSpan: null, described: null },
      { start: 15, end: 28, kind: 'scare', text: '', inner: { start: 16, end: 27 }, depth: 1, speaker: 'nobody', cue: null, cueSpan: null, via: null, speakerSpan: null, described: null },
      { start: 2, end: 4, kind: 'scare', text: '', inner: { start: 1, end: 4 }, depth: 0, speaker: null, cue: null, cueSpan: null, via: null, speakerSpan: null, described: null },
    ],
  };
  const problems = modelProblems(text, broken).join('\n');
  assert.match(problems, /timecodes\[0\]: span \[3,\d+\) outside/);
  assert.match(problems, /quotes: not sorted/);
  // Once sorted, the crossing pair, the unknown speaker and the inner outside its quote show.
  const sorted: TranscriptModel = { ...broken, timecodes: [], quotes: [broken.quotes[2], broken.quotes[0], broken.quotes[1]] };
  const more = modelProblems(text, sorted).join('\n');
  assert.match(more, /quotes\[0\]\.inner: \[1,4\) not inside \[2,4\)/);
  assert.match(more, /quotes\[2\] \[15,28\) crosses the quote \[11,22\)/);
  assert.match(more, /quotes\[2\]\.speaker nobody is no actor/);
  assert.deepEqual(tokenProblems(text, [{ start: 0, end: 4, type: 0 }, { start: 3, end: 6, type: 1 }]), ['tokens: #0 [0,4) overlaps #1 [3,6)']);
});
