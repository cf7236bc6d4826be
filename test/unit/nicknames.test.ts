/**
 * Nicknames: one person written as `Henry` and `Harry`, `John` and `Jack`, only when the text
 * gives a reason. Made-up texts and names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveActors } from '../../server/src/analysis/actors';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { findNames } from '../../server/src/analysis/names';
import type { ActorResolution } from '../../server/src/analysis/pipeline-types';
import { scanLines } from '../../server/src/analysis/text';
import { nicknamePair } from '../../server/src/analysis/actor-nicknames';

function resolve(text: string): ActorResolution {
  return resolveActors(text, [], findNames(text, scanLines(text), []));
}

function personsOf(r: ActorResolution): string[] {
  return r.actors.filter((a) => a.kind === 'person').map((a) => [a.name, ...a.aliases].join('/'));
}

test('a nickname with the same surname is the same person, with its evidence', () => {
  const text = 'John Marlowe walked home early.\nLater Jack Marlowe came back with the cart and sat down.\n';
  const r = resolve(text);
  const people = r.actors.filter((a) => a.kind === 'person');
  assert.equal(people.length, 1, personsOf(r).join(', '));
  assert.ok(people[0].evidence.includes('nickname of John'), people[0].evidence.join(', '));
});

test('a nickname alone joins the one person with that full given name', () => {
  const text = 'Henry Talbot sat by the fire.\n“You are late, Harry,” said Basil Crane.\n“Not at all,” answered Harry.\n';
  const r = resolve(text);
  const henry = r.actors.find((a) => a.name === 'Henry Talbot');
  assert.ok(henry, personsOf(r).join(', '));
  assert.ok(henry.aliases.includes('Harry'), personsOf(r).join(', '));
  assert.ok(!r.actors.some((a) => a.name === 'Harry'));
});

test('a nickname with a title is a name of its own, not the one person with the full given name', () => {
  const text = 'Former Secretary Henry Talbot spoke on Tuesday.\n\nPrince Harry arrived later. “I am glad to be here,” Harry said.\n';
  const r = resolve(text);
  const henry = r.actors.find((a) => a.name === 'Henry Talbot');
  assert.ok(henry, personsOf(r).join(', '));
  assert.ok(!henry.aliases.includes('Harry'), personsOf(r).join(', '));
  const model = analyze(text);
  const quote = model.quotes.find((q) => q.text.startsWith('I am glad'));
  assert.ok(quote && quote.speaker !== henry.id, `${quote?.speaker}`);
});

test('a nickname alone stays apart when two persons have the full given name', () => {
  const text = 'Henry Talbot and Henry Ward sat by the fire.\n“You are late, Harry,” said Basil Crane.\n';
  const r = resolve(text);
  assert.ok(!r.actors.some((a) => a.name.startsWith('Henry') && a.aliases.includes('Harry')), personsOf(r).join(', '));
});

test('different surnames stay different people: Bill Nelson is not William Burns', () => {
  const text = 'Senator Bill Nelson met William Burns on Tuesday.\nNelson said the talks went well, and Burns agreed.\n';
  const r = resolve(text);
  const names = personsOf(r);
  assert.ok(names.some((n) => n.startsWith('Bill Nelson')), names.join(', '));
  assert.ok(names.some((n) => n.startsWith('William Burns')), names.join(', '));
});

test('a nickname that is a common word does not join alone, and no nickname crosses sexes', () => {
  const text = 'William Burns spoke first.\nWill you answer, asked Carol Dane.\n“Not now, Bill,” said Nora Lisle.\n';
  const r = resolve(text);
  const burns = r.actors.find((a) => a.name === 'William Burns');
  assert.ok(burns);
  assert.deepEqual(burns.aliases.filter((a) => a === 'Will' || a === 'Bill'), []);
  assert.ok(!nicknamePair('carrie', 'charles'));
  assert.ok(nicknamePair('carrie', 'caroline'));
  assert.ok(!nicknamePair('sam', 'samuel'), 'a nickname of both sexes is left out');
});

test('editing a nickname far from the full name gives what a fresh analysis gives', () => {
  const filler = 'The rain went on all afternoon and nobody came to the door.\n'.repeat(40);
  let text = `Henry Talbot sat by the fire.\n${filler}“You are late, Harry,” said Basil Crane.\n${filler}“Come in, Hal,” said Basil.\n`;
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  const edits: [string, string][] = [
    ['Harry,', 'Harold,'],
    ['Harold,', 'Harry,'],
    ['Henry Talbot', 'Henry Ward sat. Henry Talbot'],
    ['Henry Ward sat. ', ''],
    ['Henry Talbot', 'Harry Talbot'],
    ['Harry Talbot', 'Hen Talbot'],
    ['Hen Talbot', 'Henry Talbot'],
    ['Basil Crane', 'Lizzy Crane'],
    ['said Basil.', 'said Elizabeth Crane.'],
  ];
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    assert.ok(at >= 0, from);
    text = text.slice(0, at) + to + text.slice(at + from.length);
    assert.deepStrictEqual(inc.update(text), analyze(text), `${from} -> ${to}`);
  }
  const harry = analyze(text.replace('Hal,', 'Harry,')).actors.find((a) => a.name === 'Henry Talbot');
  assert.ok(harry?.aliases.includes('Harry'));
});
