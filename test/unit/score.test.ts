import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { accuracy, prf, scoreExact, scoreLenient, sum } from '../../scripts/eval/score';
import { predictedEntities } from '../../scripts/eval/entities';
import { analyze } from '../../server/src/analysis/analyze';

const gold = [
  { start: 0, end: 5 },
  { start: 10, end: 20 },
  { start: 30, end: 31 },
];

test('a perfect prediction scores 1', () => {
  const s = scoreExact(gold, gold);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1);
  assert.equal(s.f1, 1);
  assert.equal(scoreLenient(gold, gold).f1, 1);
});

test('an empty prediction scores 0', () => {
  const s = scoreExact(gold, []);
  assert.equal(s.recall, 0);
  assert.equal(s.f1, 0);
  assert.equal(scoreLenient(gold, []).f1, 0);
});

test('exact needs the same bounds; lenient takes an overlap, each gold span once', () => {
  const pred = [
    { start: 1, end: 5 },
    { start: 12, end: 14 },
    { start: 15, end: 18 },
  ];
  assert.equal(scoreExact(gold, pred).tp, 0);
  const l = scoreLenient(gold, pred);
  assert.equal(l.tp, 2);
  assert.equal(l.fp, 1);
  assert.equal(l.fn, 1);
  assert.equal(l.precision, 2 / 3);
});

test('keys must agree', () => {
  const s = scoreExact([{ start: 0, end: 3, key: 'person' }], [{ start: 0, end: 3, key: 'place' }]);
  assert.equal(s.tp, 0);
});

test('sums add counts, not ratios; accuracy of nothing expected is 1', () => {
  const s = sum([prf(1, 0, 0), prf(0, 1, 1)]);
  assert.equal(s.tp, 1);
  assert.equal(s.precision, 0.5);
  assert.equal(accuracy(0, 0), 1);
  assert.equal(accuracy(3, 4), 0.75);
});

test('a LitBank speaker matches a shared name word, not a contradicting one', async () => {
  const { nameWords, sameName } = await import('../../scripts/eval/quotes');
  const same = (gold: string, ours: string) => sameName(nameWords(gold), nameWords(ours));
  assert.equal(same('Anna_Lind-3', 'Mrs. Lind'), true);
  assert.equal(same('Anna_Lind-3', 'Anna'), true);
  assert.equal(same('The_Queen-2', 'the Queen'), true);
  assert.equal(same('Mr_Varden-1', 'Mrs. Varden'), false, 'honorifics of the other sex');
  assert.equal(same('Anna_Lind-4', 'John Lind'), false, 'two different first names');
  assert.equal(same('Anna_Lind-4', 'Lind'), true);
  assert.equal(same('Mr_Varden-1', 'Elena'), false);
});

test('a long name word misspelt by one letter in a gold id still names the speaker; a short one does not', async () => {
  const { nameWords, sameName } = await import('../../scripts/eval/quotes');
  const same = (gold: string, ours: string) => sameName(nameWords(gold), nameWords(ours));
  assert.equal(same('Rosalinde-1', 'Rosalinda'), true, 'one letter apart, nine letters');
  assert.equal(same('Rosalinde_Vey-1', 'Rosalinda Vey'), true);
  assert.equal(same('Rosalinde-1', 'Rosamunde'), false, 'two letters apart');
  assert.equal(same('Rosalinde-1', 'Rosalind'), false, 'lengths differ');
  assert.equal(same('Marion-1', 'Marian'), false, 'short words are compared exactly');
  assert.equal(same('Rosalinde_Vey-1', 'Rosalinda Orr'), true, 'the first name is shared');
  assert.equal(same('Ida_Vey-1', 'Una Vey'), false, 'two different first names still differ');
});

test('the exact entity score widens a person by the role before it, never a place', () => {
  const text = 'She is now the first Cuban-American Senator Nevada has ever chosen, and Senator Nina Dorset agrees.';
  const wide = predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
  assert.ok(wide.includes('place Nevada'), wide.join(', '));
  assert.ok(wide.includes('person Senator Nina Dorset'), wide.join(', '));
});

test('the exact entity score widens a member of a body like a role, and a name by `et al.`', () => {
  const text = 'We welcome two new Members and the gentlewoman from Ohio, as Pardee et al. reported.';
  const wide = predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
  assert.ok(wide.includes('person two new Members'), wide.join(', '));
  assert.ok(wide.includes('person the gentlewoman from Ohio'), wide.join(', '));
  assert.ok(wide.includes('person Pardee et al.'), wide.join(', '));
});

test('the exact entity score widens a role by `at` or `for` and a mention, and a determiner by `all`', () => {
  const text = 'We salute the team at ESA, a reporter for The Economist, and all the people of Kenya.';
  const wide = predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
  assert.ok(wide.includes('person the team at ESA'), wide.join(', '));
  assert.ok(wide.includes('person a reporter for The Economist'), wide.join(', '));
  assert.ok(wide.includes('person all the people of Kenya'), wide.join(', '));
});

test('the exact entity score finds the determiner after a dash joined to it', () => {
  const text = 'She coached us in chemistry\u2014a girl from Queens, the daughter of a nurse.';
  const wide = predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
  assert.ok(wide.includes('person a girl from Queens'), wide.join(', '));
});

test('the exact entity score holds a capital `The` inside a sentence in a person name', () => {
  const text = 'At the market they called him The Gullman, and The Gullman came.';
  const wide = predictedEntities(analyze(text), 'doc', true).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
  assert.ok(wide.includes('person The Gullman'), wide.join(', '));
});
