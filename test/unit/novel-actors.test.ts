/**
 * Actors of fiction: names written the way novels write them (clerical titles, nicknames the
 * narrator gives, inns and labels that are no people). One phenomenon per test, on made-up text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { genderOfActor } from '../../server/src/analysis/attribution-resolve';

function people(text: string): string[] {
  return analyze(text)
    .actors.filter((a) => a.kind === 'person')
    .map((a) => a.name);
}

test('a clerical title before a surname makes a person (Parson, Vicar, Rector, Curate)', () => {
  for (const title of ['Parson', 'Vicar', 'Rector', 'Curate', 'Chaplain']) {
    const names = people(`I met ${title} Wendham , the antiquary , on the road .`);
    assert.ok(names.some((n) => n.includes('Wendham')), `${title}: ${names.join(', ')}`);
  }
});

test('Katharine and Catharine are women even when a man’s pronoun follows the name', () => {
  for (const name of ['Katharine', 'Catharine']) {
    const t = `“Yes,” said ${name}. ${name} glanced up; he smiled. “No,” said ${name}. ${name} turned away; he laughed.`;
    const m = analyze(t);
    const a = m.actors.find((x) => x.name === name);
    assert.ok(a, name);
    assert.equal(genderOfActor(a, t), 'f', name);
  }
});

test('a person noun `named` or `called` gives the name after it to a person', () => {
  for (const t of ['A classmate named Dorran Keshby came in late.', 'There was a boy called Orvin Tallack at the school.']) {
    const names = people(t);
    assert.ok(names.some((n) => n === 'Dorran Keshby' || n === 'Orvin Tallack'), `${t}: ${names.join(', ')}`);
  }
  // A thing given a name stays no person.
  assert.deepEqual(people('They sailed a ship named Morning Tallack.'), []);
});

test('a name headed by Family is a group, no person to give pronouns to', () => {
  const m = analyze('The Cheerful Family laughed at the idea. Then the Cheerful Family went home. He sighed.');
  const a = m.actors.find((x) => x.name === 'Cheerful Family');
  assert.ok(a, m.actors.map((x) => `${x.name}/${x.kind}`).join(', '));
  assert.equal(a.kind, 'organization');
});

test('a people’s adjective and a faith before a noun qualify it and name no one', () => {
  const t = 'She had once been a Catholic, but she left. Often she deplored the bourgeois manners of the American Catholic clergy.';
  const names = analyze(t).actors.map((a) => a.name);
  assert.ok(!names.some((n) => n.includes('American')), names.join(', '));
  // A group written in the plural still names people.
  assert.ok(people('Many Asian Americans voted, and Asian Americans said so.').some((n) => n.includes('Americans')));
});

test('a kin word before a given name (Uncle John, Aunt Polly) joins the one person of that name', () => {
  const t = 'John Dorrance looked up from his chair. “I love you, Uncle John,” said Florrie. “Uncle John wishes it,” she added.';
  const a = analyze(t).actors.find((x) => x.name === 'John Dorrance');
  assert.ok(a);
  assert.ok(a.aliases.includes('Uncle John'), a.aliases.join(', '));
  const b = analyze('Polly Veston came in. Aunt Polly sat down by the fire.').actors.filter((x) => x.kind === 'person');
  assert.deepEqual(b.map((x) => x.name), ['Polly Veston']);
});

test('Pip is a nickname of Philip: it joins the one Philip', () => {
  const people = analyze('My name was Philip Tarrow. Everyone called me Pip. Then Pip went out.').actors.filter((x) => x.kind === 'person');
  assert.deepEqual(people.map((x) => x.name), ['Philip Tarrow']);
});

test('a name told with `whose name was` or `my name is` is a person’s; `its name was` is not', () => {
  assert.ok(people('The officer, whose name was Dallamore, tapped at the door.').includes('Dallamore'));
  assert.deepEqual(people('The ship was old. Its name was Dallamore.'), []);
});
