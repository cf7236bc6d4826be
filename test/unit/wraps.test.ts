/**
 * Names across the line breaks of a hard-wrapped paragraph: they read as across a space,
 * never across a blank line, a speaker label, a short line or a heading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { joinLines } from '../support/text';
import { softWrap } from '../../server/src/analysis/name-wraps';
import { scanLines } from '../../server/src/analysis/text';

function shown(text: string): string[] {
  const m = analyze(text);
  const kind = new Map(m.actors.map((a) => [a.id, a.kind]));
  return m.mentions.map((x) => `${text.slice(x.start, x.end).replace(/\s+/g, ' ')} ${kind.get(x.actor)}`);
}

const WRAPPED = joinLines(
  'MS. KOWAL:  Good afternoon.  The Secretary spoke this morning with the',
  'Prime Minister of the Netherlands about the talks, as you know, and the',
  'President has been clear that the United States will stand with Dana',
  'Whitlock and the Coastal Restoration Task Force on the question of the',
  'Harbor Bridge.',
);

test('a name cut by the wrap of a paragraph reads as one name', () => {
  const wrapped = shown(WRAPPED);
  assert.deepEqual(wrapped, shown(WRAPPED.replace(/\n/g, ' ')));
  assert.ok(wrapped.includes('United States place'));
  assert.ok(wrapped.includes('Dana Whitlock person'));
});

test('no name runs across a blank line, a speaker label or a short line', () => {
  assert.ok(!shown(joinLines('We will meet the people of the great city of Lisbon and of New', '', 'York is next.')).includes('New York place'));
  const label = shown(joinLines('MS. KOWAL:  We spoke at length with the delegation from the Federal', 'MR. BERG:  Thank you.'));
  assert.ok(!label.some((x) => x.startsWith('Federal MR')));
  assert.ok(!shown(joinLines('Wikinews interviews the writer Ilse Varga', 'Ilse Varga', 'What are you working on?')).includes('Ilse Varga Ilse Varga person'));
});

test('editing the line after a wrap gives what a fresh analysis gives', () => {
  const long = Array.from({ length: 40 }, () => WRAPPED.replace('MS. KOWAL:  ', '')).join('\n');
  const inc = new IncrementalAnalyzer();
  inc.update(long);
  for (const edit of ['Whitlock', 'States', 'Harbor']) {
    const at = long.indexOf(edit, long.length >> 1);
    const next = long.slice(0, at) + 'x' + long.slice(at);
    assert.deepStrictEqual(inc.update(next), analyze(next));
    assert.deepStrictEqual(inc.update(long), analyze(long));
  }
});

test('a line that ends with a written-out break (`\\`) is no wrap', () => {
  const text = joinLines('title: "Press Gaggle by Deputy Press Secretary Dana Whitlock and Advisor\\', '  \\ Marta Quin En Route Lisbon"', '', 'MS. WHITLOCK:  Good morning.');
  assert.equal(softWrap(text, scanLines(text), 0), false);
  const prose = joinLines('We spoke this morning with Secretary Whitlock about the harbor and', 'the bridge over the river, which will open in the spring of next year.');
  assert.equal(softWrap(prose, scanLines(prose), 0), true);
});
