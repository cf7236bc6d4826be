import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { TranscriptModel } from '../../server/src/analysis/model';

const meeting = (...turns: string[]): string => turns.join('\n\n');

/** Each actor as `name [roles] {aliases}`. */
function actors(m: TranscriptModel): string[] {
  return m.actors.map((a) => `${a.name} [${a.roles.join('/')}] {${a.aliases.join('|')}}`);
}

test('a reply that opens by thanking the chair by title: the title is the speaker before', () => {
  const m = analyze(meeting('Mara Lind: Good evening, and welcome to the meeting of the harbour board.', 'Tobias Wren: Thank you, Madam Chair. I would like to start with the ferry timetable.'));
  assert.deepStrictEqual(actors(m), ['Mara Lind [Chair] {Madam Chair}', 'Tobias Wren [] {}']);
  const chair = m.mentions.find((x) => m.text.slice(x.start, x.end) === 'Madam Chair');
  assert.equal(chair?.actor, 'mara-lind');
  assert.ok(m.actors[0].evidence.includes('addressed by title in a reply to their turn'));
});

test('giving the floor by title (`Go ahead, Commissioner.`): the speaker after, or before when no one speaks after', () => {
  const after = analyze(meeting('Mara Lind: Next item.', 'Tobias Wren: I have a question on the ferries.', 'Mara Lind: Go ahead, Commissioner.', 'Ines Holt: The ferries are late.'));
  assert.ok(actors(after).includes('Ines Holt [Commissioner] {Commissioner}'), actors(after).join('; '));
  const last = analyze(meeting('Mara Lind: Next item.', 'Tobias Wren: I have a question on the ferries.', 'Mara Lind: Go ahead, Commissioner.'));
  assert.ok(actors(last).includes('Tobias Wren [Commissioner] {Commissioner}'), actors(last).join('; '));
});

test('a title that opens a turn with no thanks before it asks the chair for the floor: not joined to the speaker before', () => {
  const m = analyze(meeting('Mara Lind: Next item.', 'Tobias Wren: I have a question on the ferries.', 'Ines Holt: Madam Chair, I want to add something.'));
  assert.ok(!actors(m).some((a) => a.startsWith('Tobias Wren [Chair')), actors(m).join('; '));
});

test('a title that addresses two different speakers, or is also said of someone, stays an actor of its own', () => {
  const two = analyze(meeting('Mara Lind: Next item.', 'Tobias Wren: Thank you, Commissioner. I agree.', 'Ines Holt: Thank you, Commissioner. I do not.'));
  assert.ok(actors(two).some((a) => a.startsWith('Commissioner [')), actors(two).join('; '));
  const said = analyze(meeting('Mara Lind: Next item.', 'Tobias Wren: Thank you, Commissioner. As the Commissioner said, the ferries are late.'));
  assert.ok(actors(said).some((a) => a.startsWith('Commissioner [')), actors(said).join('; '));
});

test('a title written before the text names its holder (a headline, a question) is the holder', () => {
  const m = analyze('Keir Alden said the Prime Minister told the House last week that "the economy has turned a corner".\n\nPrime Minister Rowan Ashby later said: "I stand by it."\n');
  assert.ok(!m.actors.some((a) => a.name === 'Prime Minister'), actors(m).join('; '));
  assert.equal(m.quotes[0].speaker, 'rowan-ashby');
  const ashby = m.actors.find((a) => a.id === 'rowan-ashby')!;
  assert.ok(ashby.evidence.includes('named by the title they hold'));
  const headline = analyze('Mayor and rival clash in final debate\n\nIncumbent Mayor Sandra Kowalczyk defended her record.\n');
  assert.equal(headline.mentions.find((x) => headline.text.slice(x.start, x.end) === 'Mayor')?.actor, 'sandra-kowalczyk');
});

test('a title two named people hold stays an actor of its own', () => {
  const m = analyze('The Governor said on Monday that "the roads will reopen".\n\nGovernor Ana Brandt and Governor Pell Osei met later.\n');
  assert.ok(m.actors.some((a) => a.name === 'Governor'), actors(m).join('; '));
  assert.ok(m.quotes[0].speaker !== 'ana-brandt' && m.quotes[0].speaker !== 'pell-osei');
});
