import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { pairQuotes } from '../../server/src/analysis/quotes';
import { scanLines } from '../../server/src/analysis/text';
import { splitBlocks } from '../../server/src/analysis/blocks';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** The quotes as they are written. */
function shown(text: string): string[] {
  return pairQuotes(text, scanLines(text)).quotes.map((q) => text.slice(q.start, q.end));
}

test('a dash-led line with a cue inside it is a quote up to the cue', () => {
  assert.deepEqual(shown('— Not tonight, Ruben, she said quietly.'), ['— Not tonight, Ruben,']);
  assert.deepEqual(shown('-- Shut the gate! cried Abel Stroud from the yard.'), ['-- Shut the gate!']);
  assert.deepEqual(shown('— Where were you? Nora Penn asked.'), ['— Where were you?']);
  assert.deepEqual(shown('— All night, said Abel.'), ['— All night,']);
  // Names set off by commas are spoken to, not speaking: the cue comes after them.
  assert.deepEqual(shown('— Listen to me, Nora, Abel said.'), ['— Listen to me, Nora,']);
  // Words after the cue's comma go on with the quote; after its full stop they are narration.
  assert.deepEqual(shown('— Look at the sky, he said, you silly fool!'), ['— Look at the sky,', 'you silly fool!']);
  assert.deepEqual(shown('— Look at the sky, he said. Then he left.'), ['— Look at the sky,']);
});

test('a dash after a cue and a colon opens a quote to the end of the line', () => {
  assert.deepEqual(shown('Nora turned to the window and said: — The boats are late again.'), ['— The boats are late again.']);
  assert.deepEqual(shown('His sister cried from the cart: -- Come home, Abel!'), ['-- Come home, Abel!']);
  assert.deepEqual(shown('He raised the lamp and intoned: — Rest, all of you.'), ['— Rest, all of you.']);
  // No one speaks what `has been written`.
  assert.deepEqual(shown('Nothing on the ferry clerks has been written: -- the ticket sellers, that is.'), []);
});

test('one sentence a line: a dash-led line whose cue opens the next line', () => {
  assert.deepEqual(shown(joinLines('— Back to the boats!', 'he said sternly.')), ['— Back to the boats!']);
  assert.deepEqual(shown(joinLines('— Back to the boats!', 'The tide was turning.')), []);
  assert.deepEqual(shown(joinLines('— A fine mess!', 'Nora Penn said.')), ['— A fine mess!']);
  assert.deepEqual(shown(joinLines('— A fine mess!', 'Nora Penn walked away.')), []);
});

test('dash-led lines without a cue stay narration: lists and bullets are not quotes', () => {
  const bullets = joinLines(
    'The council agreed on three points:',
    '— Ferries will run every hour from Monday.',
    '-- The harbour office opens at eight.',
    '— Fares stay the same, officials said.',
    '- Parking is free, Mayor Dorn said.',
    '– Boats leave from the north pier, Dorn said.',
    'The deal -- signed on Friday -- runs to May.',
  );
  assert.deepEqual(shown(bullets), []);
});

test('dash dialogue is attributed by its cue, and reads the same after edits', () => {
  const text = joinLines(
    'Abel Stroud came down to the harbour at dusk.',
    '— The boats are late again, Stroud said.',
    'Nora Penn looked up from the nets and said: — They will be in by dark.',
    '— Not tonight!',
    'he said.',
  );
  const model = analyze(text);
  const top = model.quotes.filter((q) => q.depth === 0);
  assert.deepEqual(
    top.map((q) => text.slice(q.start, q.end)),
    ['— The boats are late again,', '— They will be in by dark.', '— Not tonight!'],
  );
  assert.deepEqual(top.map((q) => q.speaker), ['abel-stroud', 'nora-penn', 'abel-stroud']);
  const goesOn = joinLines('At dusk Peter Holm and Martin Vey climbed the tower.', '— Look at the sky, Vey said quietly, you silly fool!');
  assert.deepEqual(
    analyze(goesOn).quotes.map((q) => q.speaker),
    ['martin-vey', 'martin-vey'],
  );
  // The cue on the next line is read ahead: typing it, or taking it away, changes the line before.
  const inc = new IncrementalAnalyzer();
  const without = text.replace('he said.', 'The tide turned.');
  for (const t of [without, text, without, text.replace('said:', 'waited:')]) assert.deepEqual(inc.update(t), analyze(t));
});

test('a cue on the line after a block’s last line is read ahead: edits there re-read the quote', () => {
  // One long sentence over many lines, so that blocks are cut before some cue lines.
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(i % 2 === 0 ? `— Row ${i} is done, boss,` : `he said to rower ${i} and`);
  const text = lines.join('\n');
  const firsts = splitBlocks(text, scanLines(text)).filter((l) => l < lines.length && lines[l].startsWith('he said'));
  assert.ok(firsts.length > 0, 'some block opens with a cue line');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  for (const l of firsts.slice(0, 3)) {
    const at = text.indexOf(`\n${lines[l]}\n`) + 1;
    const edited = text.slice(0, at) + 'It' + text.slice(at + 2);
    assert.deepEqual(inc.update(edited), analyze(edited));
    assert.deepEqual(inc.update(text), analyze(text));
  }
});
