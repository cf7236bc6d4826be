import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';

/** Each top-level quote's words, with its speaker's name (or the description) after an arrow. */
function speakers(text: string): string[] {
  const m = analyze(text);
  const names = new Map(m.actors.map((a) => [a.id, a.name]));
  return m.quotes
    .filter((q) => q.depth === 0)
    .map((q) => `${text.slice(q.start, q.end)} -> ${q.speaker !== null ? names.get(q.speaker) : q.described ?? '?'}`);
}

test('`my editor` in an answer is the speaker’s editor, not the one the narration calls `our editor`', () => {
  const text = [
    'Interview: Greta Vollmer on her years at sea',
    '',
    'Greta Vollmer sailed for the Harbour Courier for twenty years. She spoke with our editor, Daniel Ashcombe, in Bristol.',
    '',
    'Q: When did you start?',
    '',
    'A: In 1999. My editor said, "Take the winter run." I took every run after it.',
    '',
  ].join('\n');
  assert.deepEqual(speakers(text), ['"Take the winter run." -> my editor']);
});

test('`his lawyer` still names the lawyer the narration named with that role', () => {
  const text = [
    'Rudi Falk was charged on Monday. His lawyer, Anna Brandt, spoke to reporters outside the court.',
    '',
    '"We will fight every count," his lawyer said.',
    '',
  ].join('\n');
  assert.deepEqual(speakers(text), ['"We will fight every count," -> Anna Brandt']);
});

test('`said I.` before the next quote is the narrator, not an initial of a name', () => {
  const text = ['My uncle looked up from his pipe.', '', '“Who?” said I. “The old priest.” He nodded.', '', 'The R. I. P. card hung on the door.', ''].join('\n');
  assert.equal(speakers(text)[0], '“Who?” -> I (the narrator)');
});
