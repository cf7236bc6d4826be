import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { Slot } from '../../server/src/analysis/attribution-dialogue';
import { decodeExchange, UNNAMED_SIDES } from '../../server/src/analysis/attribution-exchange';

/** Speaker id, or the description when no one is named, of each top-level quote in order. */
const who = (text: string): (string | null)[] =>
  analyze(text)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => q.speaker ?? q.described);

const bare = (link: Slot['link']): Slot => ({
  link,
  own: undefined,
  addressed: null,
  subject: null,
  pronoun: null,
  narrator: false,
  alt: null,
  reply: false,
  states: false,
  described: null,
  stranger: false,
  describedGender: null,
});

test('two unnamed people of an exchange each keep their own side', () => {
  // `“...?” she asked.` (the girl), then bare replies, with the boy the last one before.
  const slots: Slot[] = [{ ...bare('break'), own: null, pronoun: 'f', described: 'the girl' }, bare('flip'), bare('flip'), bare('flip')];
  const recent = [{ gender: 'm' as const, rank: 0, described: 'the boy', key: 'k' }];
  const out = decodeExchange(slots, 0, slots.length, [], () => null, null, null, recent);
  assert.deepEqual(out, [UNNAMED_SIDES[0], UNNAMED_SIDES[1], UNNAMED_SIDES[0], UNNAMED_SIDES[1]]);
  // Without a second unnamed person before it, the exchange reads as before: one unnamed side.
  assert.deepEqual(decodeExchange(slots, 0, slots.length, [], () => null, null, null, []), [null, null, null, null]);
});

test('two descriptions the text does not tell apart are read as one unnamed person', () => {
  // `said the young officer` ... `the young man answered`: maybe one man; no second side.
  const slots: Slot[] = [{ ...bare('break'), own: null, described: 'the young man', stranger: true, describedGender: 'm' }, bare('flip'), bare('flip')];
  const recent = [{ gender: null, rank: 0, described: 'the officer', key: 'k' }];
  const out = decodeExchange(slots, 0, slots.length, ['ada'], (id) => (id === 'ada' ? 'f' : null), null, null, recent);
  assert.ok(!out.some((w) => UNNAMED_SIDES.includes(w as string)), String(out));
});

test('a boy and a girl the text never names alternate through the bare quotes of an exchange', () => {
  const text = [
    'The boy woke under the old oak and saw the girl sitting beside him.',
    '“Why did you hide?” she asked.',
    '“Because I was afraid.”',
    '“Of what?”',
    '“Of the dark,” he said.',
    'The girl laughed and looked away.',
    '“Where do you come from?” she asked.',
    '“From the hills.”',
    '“Where is that?”',
    '“Far away.”',
  ].join('\n');
  assert.deepEqual(who(text), ['the girl', 'the boy', 'the girl', 'the boy', 'the girl', 'the boy', 'the girl', 'the boy']);
});

test('a man and a woman described by their cues keep their descriptions in the next exchange', () => {
  const text = [
    'The woman stood at the door of the cottage.',
    '“Is it far to the town?” asked the man.',
    '“Two miles,” said the woman.',
    'She pointed down the road.',
    '“And the inn?” he asked.',
    '“By the bridge.”',
    '“Is it open?”',
    '“All night.”',
  ].join('\n');
  assert.deepEqual(who(text), ['the man', 'the woman', 'the man', 'the woman', 'the man', 'the woman']);
});

test('a kin the narrator only describes speaks in an exchange with the narrator, not the man named before', () => {
  const text = [
    'Mr. Hartley was resting by the stove, reading, when I came in from the yard.',
    '“The ferry will be late again,” he said.',
    'He turned back to his paper.',
    'My uncle saw me waiting and said to me: “Well, so the boat is not coming.”',
    '“Why?” said I.',
  ].join('\n');
  const q = who(text);
  assert.equal(q[0], 'hartley');
  assert.equal(q[1], 'my uncle');
  assert.equal(q[2], 'I (the narrator)');
});

test('a kin description we cannot place, with a sex of its own, is no one named of the other sex', () => {
  // `his mother replied`: a woman; not the man who spoke last, whoever she is.
  const text = [
    '" The boats leave at dawn , " said Tom Barker .',
    'Simon Vale went home that night and found his mother in the kitchen .',
    '" Mother , I have signed on with the fishing fleet . "',
    '" Simon , you will break my heart , " his mother replied .',
  ].join('\n');
  assert.deepEqual(who(text), ['tom-barker', 'simon-vale', 'his mother']);
});
