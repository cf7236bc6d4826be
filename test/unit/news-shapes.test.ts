import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

/** `speaker / described` of each top-level quote, in order. */
function answers(text: string): string[] {
  return analyze(text)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => q.speaker ?? `(${q.described ?? ''})`);
}

test('a role brought in by `a` or `one` names someone unnamed, with the body it serves, not a person of that role', () => {
  const text = [
    'The levy goes to court. A lawyer for the Marlow County Ratepayers Association told reporters, "We will file this month."',
    '',
    '"It will not survive the summer," said one Green councillor, who asked not to be named.',
    '',
    'A spokesman for the Tarrant Chamber of Commerce said its members "want certainty."',
  ].join('\n');
  assert.deepEqual(answers(text), [
    '(a lawyer for the Marlow County Ratepayers Association)',
    '(one Green councillor)',
    '(a spokesman for the Tarrant Chamber of Commerce)',
  ]);
});

test('a role brought in by `a` and set off before a name is that person\'s', () => {
  const text = 'A spokesman for the Tarrant Council, Ivo Brandt, said on Monday, "We want certainty."';
  assert.deepEqual(answers(text), ['ivo-brandt']);
});
