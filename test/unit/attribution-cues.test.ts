import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

/** The name of the speaker of each top-level quote, in order (null when none). */
const speakers = (text: string): (string | null)[] => {
  const m = analyze(text);
  return m.quotes.filter((q) => q.depth === 0).map((q) => (q.speaker === null ? null : m.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker));
};

test('a question a cue with an object only says was said goes on in the same voice', () => {
  // `said to the porter`: the verb is `said`, which does not ask for an answer.
  const text = ['Ruth Alder and Simon Vale waited on the platform .', '" Where are you going ? " she said to the porter .', '" You cannot leave before the train arrives . "'].join('\n');
  assert.deepEqual(speakers(text), ['Ruth Alder', 'Ruth Alder']);
});

test('verbs of thought, song and response after a quote name its speaker', () => {
  const scene = (verb: string): string =>
    ['Ruth Alder watched Simon Vale cross the square .', '" It is late , " said Simon Vale .', `" What a strange fellow ! " ${verb} Ruth Alder , turning away .`].join('\n');
  for (const verb of ['thought', 'sang', 'responded', 'hinted', 'pursued', 'instructed']) assert.deepEqual(speakers(scene(verb)), ['Simon Vale', 'Ruth Alder'], verb);
});

test('a kin description we cannot place is not the person its possessive stands for', () => {
  // `said his cousin`: no one is named as a cousin; `his` is Simon, so Ruth speaks, and goes on.
  const text = [
    'Amos Hale dozed in his armchair . Ruth Alder stood at the window while Simon Vale walked up and down .',
    '" Trust me , sir , " said Simon , " I know Ruth agrees with me . " He paused . " Ruth has a tongue of her own , " said his cousin , sharply .',
    '" I will answer for myself . "',
  ].join('\n');
  assert.deepEqual(speakers(text), ['Simon Vale', 'Simon Vale', 'Ruth Alder', 'Ruth Alder']);
});
