import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** The speaker id of each top-level quote, in order. */
const speakers = (text: string): (string | null)[] =>
  analyze(text)
    .quotes.filter((q) => q.depth === 0)
    .map((q) => q.speaker);

/** A narrator, Tom Pell, whom the other speaker calls by name. */
const PELL_EXCHANGE = [
    'My name is Tom Pell, and I kept the harbour books that winter.',
    '',
    '“You are late again, Pell,” said Tane Osk.',
    '“The ferry was slow,” I said.',
    '“Sit down, Pell.”',
    '“Thank you,” I said.',
    '“Have you eaten, Pell?”',
    '“Not yet,” I answered.',
];

test('a narrator the others call by name is never the `he` of a cue', () => {
  const text = joinLines(
    ...PELL_EXCHANGE,
    'The lamp went out, and for a while nobody spoke to Tom Pell.',
    '“It is late,” he said at last.',
  );
  const got = speakers(text);
  assert.equal(got[5], 'tom-pell');
  assert.equal(got[6], 'tane-osk');
  // The same when the text is typed in two steps.
  const inc = new IncrementalAnalyzer();
  inc.update(text.replace('Tom Pell.', 'Tom.'));
  assert.deepEqual(inc.update(text), analyze(text));
});

test('an edit that names the narrator far away re-reads the `he` of a later exchange', () => {
  const filler: string[] = [];
  for (let i = 0; i < 120; i++) filler.push(`The tide came in over the flats on day ${i + 1}, and the gulls sat along the wall until dark.`, '');
  const tail = joinLines('“Fine weather,” said Ada Venn. “Cold, though,” said Ida Marsh.', 'The lamp went out, and for a while nobody spoke to Tom Pell.', '“It is late,” he said at last.');
  const named = joinLines(
    ...PELL_EXCHANGE,
    '',
    ...filler,
    tail,
  );
  const unnamed = named.replace('“Sit down, Pell.”', '“Sit down.”').replace('“Have you eaten, Pell?”', '“Have you eaten?”');
  const last = (t: string): string | null => speakers(t).at(-1) ?? null;
  assert.equal(last(named), null);
  assert.equal(last(unnamed), 'tom-pell');
  const inc = new IncrementalAnalyzer();
  for (const t of [named, unnamed, named]) assert.deepEqual(inc.update(t), analyze(t));
});

test('a `he` of a cue is the one the sentence before was about, not the man named in its object', () => {
  const walk = 'At dusk Peter Holm and Martin Vey walked down to the harbour.';
  assert.deepEqual(speakers(joinLines(walk, 'He turned abruptly from the sea to Vey’s face. “The boats are late again,” he said.')), ['peter-holm']);
  assert.deepEqual(speakers(joinLines(walk, 'Laughing again, he took the lamp away from Vey’s hands. “Not tonight,” he said.')), ['peter-holm']);
  // Named as the subject, the man named is the one who speaks.
  assert.deepEqual(speakers(joinLines(walk, 'Vey turned from the sea. “The boats are late,” he said.')), ['martin-vey']);
});

test('a very long exchange of quotes whose `he` names no one is read in time linear in its length', () => {
  // 58,000 quotes, one exchange: each looked for the described quote nearest it across the whole exchange.
  const text = '“Go now!” he said.\n'.repeat(58_000);
  const t = performance.now();
  const model = analyze(text);
  const ms = performance.now() - t;
  assert.equal(model.quotes.length, 58_000);
  assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
});
