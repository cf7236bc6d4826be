import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

/** Speaker name, or the description when no one is named, of each top-level quote in order. */
const who = (text: string): (string | null)[] => {
  const model = analyze(text);
  return model.quotes
    .filter((q) => q.depth === 0)
    .map((q) => (q.speaker !== null ? (model.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker) : q.described));
};

test('he or she never stands for a people named in the plural', () => {
  const text =
    'The ferry was crowded with Norwegians going home for the winter. A stout man in a grey coat took the seat beside Orla.\n\n' +
    '“Let me see,” he went on, “I know a good many people in your village.”\n\n' +
    'She looked at her shoes.\n\n' +
    '“You will like the city,” he said.\n';
  const out = who(text);
  // The man the narration brings in, not the people of the ferry.
  assert.deepEqual(out, ['the man', 'the man', 'the man']);
});

test('he after a sentence about someone called by a calling that tells no sex is that person', () => {
  const text =
    'Tomas Verhoek had gone home an hour before. The guide stepped onto the jetty and looked at the sky.\n' +
    '“Rain by night,” he said, tying the rope.\n';
  assert.deepEqual(who(text), ['the guide']);
  // A `him` in that sentence is another man, likelier the `he`: the guide is not the speaker.
  const other = text.replace('looked at the sky', 'waved to him');
  assert.notDeepEqual(who(other), ['the guide']);
});

test('the sentence about the one called by a calling may follow a quote that ends with a full stop', () => {
  const text = 'Tomas Verhoek shrugged. “Nobody knows.” The guide stepped onto the jetty and looked at the sky.\n“Rain by night,” he said.\n';
  assert.equal(who(text)[1], 'the guide');
});

test('a sentence about the one called by a calling may open with then, and no man need be named', () => {
  const text = 'The boat was late. Then the guide stepped onto the jetty and looked at the sky.\n“Rain by night,” he said.\n';
  assert.deepEqual(who(text), ['the guide']);
});
