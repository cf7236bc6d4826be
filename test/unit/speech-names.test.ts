import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { TranscriptModel } from '../../server/src/analysis/model';

const speakerName = (m: TranscriptModel, i: number): string | null => {
  const id = m.quotes.filter((q) => q.depth === 0)[i]?.speaker ?? null;
  return id === null ? null : m.actors.find((a) => a.id === id)?.name ?? id;
};

const kindOf = (m: TranscriptModel, name: string): string | undefined => m.actors.find((a) => a.name === name)?.kind;

test('a single unknown word that speaks next to a quote is a person', () => {
  const text = [
    'The drovers crossed the ford at dusk.',
    '“She is a joy to watch, that mare,” Dov answered, in just the same voice.',
    '“Hardly,” snapped Jory, “she is no racer.”',
  ].join('\n');
  const m = analyze(text);
  assert.equal(kindOf(m, 'Dov'), 'person');
  assert.equal(kindOf(m, 'Jory'), 'person');
  assert.equal(speakerName(m, 0), 'Dov');
  assert.equal(speakerName(m, 1), 'Jory');
});

test('a name called at the edge of a quote is a person, and not its speaker', () => {
  const text = [
    'Harrow stood by the window with his pipe.',
    '“Now, Pellam, what do you read in it?”',
    '“I think the lantern belongs to the ferryman,” I said.',
    '“Quite right, my dear Pellam.”',
  ].join('\n');
  const m = analyze(text);
  assert.equal(kindOf(m, 'Pellam'), 'person');
  assert.notEqual(speakerName(m, 0), 'Pellam');
  assert.notEqual(speakerName(m, 2), 'Pellam');
});

test('a line that opens with a name and a verb of speech names the speaker of the quote before it', () => {
  const text = ['The men laughed at the idea.', '“That is how the fair is run, every year!”', 'Obed agreed.', 'Nobody else spoke.'].join('\n');
  const m = analyze(text);
  assert.equal(kindOf(m, 'Obed'), 'person');
  assert.equal(speakerName(m, 0), 'Obed');
});

test('places, organisations, acronyms and common words next to a quote stay what they are', () => {
  const text = [
    '“We will not accept this,” Moscow said on Tuesday.',
    '“The talks were useful,” NATO said.',
    '“Sanctions remain,” Reuters reported.',
    'Great question.',
    '“Thank you, God,” she whispered.',
  ].join('\n');
  const m = analyze(text);
  assert.notEqual(kindOf(m, 'Moscow'), 'person');
  assert.notEqual(kindOf(m, 'NATO'), 'person');
  assert.notEqual(kindOf(m, 'Reuters'), 'person');
  assert.equal(kindOf(m, 'Great'), undefined);
  assert.equal(kindOf(m, 'God'), undefined);
});

test('a city called by name in a quote or speaking after its verb is a person there', () => {
  const text = [
    '“I will not hear you talk like that, uncle,” said Adelaide Marsh, in agitation.',
    '“Fair enough, Adelaide, but a man tires all the same.”',
    '“Do you not care at all?” demanded Adelaide, indignantly.',
    'They had lived in Geneva for a year.',
    '“We reject the plan,” Geneva said.',
  ].join('\n');
  const m = analyze(text);
  assert.equal(kindOf(m, 'Adelaide Marsh'), 'person');
  assert.ok(!m.actors.some((a) => a.name === 'Adelaide' && a.kind === 'place'), m.actors.map((a) => `${a.name} ${a.kind}`).join('; '));
  assert.equal(kindOf(m, 'Geneva'), 'place');
});

test('a given name called at the end of a sentence in a quotation that goes on is a person', () => {
  const text = ['“ I am not well , Adelaide .', 'Some days I wonder whether I will mend at all . ”', 'They had lived in Geneva for a year .'].join('\n');
  const m = analyze(text);
  assert.equal(kindOf(m, 'Adelaide'), 'person', m.actors.map((a) => `${a.name} ${a.kind}`).join('; '));
  assert.equal(kindOf(m, 'Geneva'), 'place');
});

test('a name that opens the sentence before a part set off by commas and `said: “` is a person', () => {
  const m = analyze('The vote was close.\nDimitra Kouris, the council’s cabinet member for education, said: “We looked at every option.”\nOluwaseun Adeyemi, whose two daughters attend the school, said: “It is a sham.”\n');
  assert.deepStrictEqual(m.quotes.map((q) => q.speaker), ['dimitra-kouris', 'oluwaseun-adeyemi']);
  // Not a word that opens the sentence before a comma.
  const none = analyze('The plan was dropped. Afterwards, the council’s cabinet member, said: “We looked.”\n');
  assert.equal(none.actors.length, 0);
});
